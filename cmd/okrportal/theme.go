package main

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"

	defaulttheme "github.com/okrportal/okrportal/themes/default"
)

const themeSynopsis = `Usage: okrportal theme eject DIR

Write the default theme's files (layouts/, layouts/partials/, assets/) into
DIR, to start a theme of your own: set "theme: DIR" in portal.yaml (a
folder relative to it), then edit or delete files. A file you keep
overrides the default's of the same path; one you delete falls back to it.
Unchanged, the ejected theme builds the same bytes as the default.`

const themeExamples = `  okrportal theme eject content/theme      # then theme: theme in content/portal.yaml`

type themeCommand struct{ env env }

func (c *themeCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "theme", themeSynopsis)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 || fs.Arg(0) != "eject" {
		return usageError{"usage: okrportal theme eject DIR"}
	}
	dir := fs.Arg(1)
	if err := defaulttheme.Eject(dir); errors.Is(err, iofs.ErrExist) {
		return usageError{err.Error()} // a folder in the way is a mistake in the command, as for new and init
	} else if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "wrote the default theme to %s; set \"theme:\" in portal.yaml to use it\n", dir)
	return nil
}
