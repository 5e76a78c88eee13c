package main

import "context"

type serveCommand struct{ env env }

func (c *serveCommand) Run(ctx context.Context, args []string) error {
	return usageError{"serve is not implemented yet"}
}
