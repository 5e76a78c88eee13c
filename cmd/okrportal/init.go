package main

import (
	"context"
	"fmt"

	"github.com/okrportal/okrportal/generator/scaffold"
	"github.com/okrportal/okrportal/generator/site"
)

const initSynopsis = `Usage: okrportal init DIR

Create a new portal source folder in DIR (which must be missing or empty)
with settings, a strategy, two priorities, a team, a person and a first
objective for the current quarter. Then: okrportal serve -s DIR`

type initCommand struct{ env env }

func (c *initCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "init", initSynopsis)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"init takes one argument, the new folder: okrportal init DIR"}
	}
	dir := fs.Arg(0)
	files, err := scaffold.Init(dir, site.Today())
	if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "Created a portal in %s (%d files). Next:\n  okrportal serve -s %s\n", dir, len(files), dir)
	return nil
}
