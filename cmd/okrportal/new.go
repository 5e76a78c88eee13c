package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/okrportal/okrportal/generator/scaffold"
	"github.com/okrportal/okrportal/generator/site"
)

const newSynopsis = `Usage: okrportal new team|objective|priority|person ID [-s DIR]

Create a file for a new entity from a template, ready to fill in. The ID
may be a name as you would write it: it becomes a file name in lower case
ASCII, and the name is kept as typed. An objective's team and period must
exist. An existing file is never overwritten.`

const newExamples = `  okrportal new team engineering/platform     # teams/engineering/platform.md
  okrportal new person "Inés García"          # people/ines-garcia.md, name: "Inés García"
  okrportal new priority reliability          # priorities/reliability.md
  okrportal new objective platform/fast-deploys
      # okrs/<this quarter>/platform/fast-deploys.md
  okrportal new objective 2027-Q1/platform/fast-deploys -s content`

type newCommand struct{ env env }

func (c *newCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "new", newSynopsis)
	src := new(string)
	sourceFlag(fs, src)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 || !slices.Contains(scaffold.Kinds, fs.Arg(0)) {
		return usageError{"usage: okrportal new " + strings.Join(scaffold.Kinds, "|") + " ID (see 'okrportal new --help')"}
	}
	today, err := site.TodayFromEnv(c.env.getenv)
	if err != nil {
		return usageError{err.Error()}
	}
	path, err := scaffold.New(*src, fs.Arg(0), fs.Arg(1), today)
	if errors.Is(err, scaffold.ErrNoPortal) {
		return err // exit 3, as for the other commands
	}
	if err != nil {
		// Exit code 1 means "the content has errors"; a name that is
		// taken, an unknown team or period is a mistake in the command.
		return usageError{err.Error()}
	}
	fmt.Fprintf(c.env.stdout, "Created %s\n", path)
	return nil
}
