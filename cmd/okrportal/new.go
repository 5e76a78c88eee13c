package main

import "context"

type newCommand struct{ env env }

func (c *newCommand) Run(ctx context.Context, args []string) error {
	return usageError{"new is not implemented yet"}
}
