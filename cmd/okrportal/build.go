package main

import "context"

type buildCommand struct{ env env }

func (c *buildCommand) Run(ctx context.Context, args []string) error {
	return usageError{"build is not implemented yet"}
}
