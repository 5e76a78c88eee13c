package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/okrportal/okrportal/generator/scaffold"
	"github.com/okrportal/okrportal/generator/site"
)

const newSynopsis = `Usage: okrportal new team|objective|priority|person ID [-s DIR]

Create a file for a new entity from a template, ready to fill in:
  okrportal new team engineering/platform     → teams/engineering/platform.md
  okrportal new person ines                   → people/ines.md
  okrportal new priority reliability          → priorities/reliability.md
  okrportal new objective platform/fast-deploys
      → okrs/<this quarter>/platform/fast-deploys.md (or give PERIOD/TEAM/SLUG)
An existing file is never overwritten.`

type newCommand struct{ env env }

func (c *newCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "new", newSynopsis)
	src := fs.StringP("source", "s", "content", "the portal's source folder")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 || !slices.Contains(scaffold.Kinds, fs.Arg(0)) {
		return usageError{"usage: okrportal new " + strings.Join(scaffold.Kinds, "|") + " ID"}
	}
	path, err := scaffold.New(*src, fs.Arg(0), fs.Arg(1), site.Today())
	if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "Created %s\n", path)
	return nil
}
