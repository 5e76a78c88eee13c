package main

import "context"

type initCommand struct{ env env }

func (c *initCommand) Run(ctx context.Context, args []string) error {
	return usageError{"init is not implemented yet"}
}
