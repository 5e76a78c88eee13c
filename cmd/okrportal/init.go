package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/okrportal/okrportal/generator/scaffold"
	"github.com/okrportal/okrportal/generator/site"
)

const initSynopsis = `Usage: okrportal init DIR [--ci github|gitlab]

Create a new portal source folder in DIR (which must be missing or empty)
with commented settings, a strategy, two priorities, a team, a person and a
first objective for the current quarter; the portal follows today's period.

With --ci, also write a pipeline into the current folder (the repository's
root) that checks the portal on every pull or merge request and publishes
the built site from the main branch: .github/workflows/okrportal.yml for
GitHub Actions and Pages, .gitlab-ci.yml for GitLab CI and Pages.`

const initExamples = `  okrportal init content                  # then: okrportal serve -s content
  okrportal init okrs --ci github          # and .github/workflows/okrportal.yml`

type initCommand struct{ env env }

func (c *initCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "init", initSynopsis)
	ci := fs.String("ci", "", "also write a CI pipeline for `PROVIDER`: github or gitlab")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"init takes one argument, the new folder: okrportal init DIR"}
	}
	dir := fs.Arg(0)
	if *ci != "" && *ci != "github" && *ci != "gitlab" {
		return usageError{fmt.Sprintf("--ci %q is not one of github, gitlab", *ci)}
	}
	today, err := site.TodayFromEnv(c.env.getenv)
	if err != nil {
		return usageError{err.Error()}
	}
	files, err := scaffold.Init(dir, today)
	if err != nil {
		return usageError{err.Error()}
	}
	fmt.Fprintf(c.env.stdout, "Created a portal in %s (%d files).\n", dir, len(files))
	if *ci != "" {
		rel := dir
		if wd, err := os.Getwd(); err == nil && filepath.IsAbs(dir) {
			if r, err := filepath.Rel(wd, dir); err == nil {
				rel = r
			}
		}
		path, err := scaffold.WriteCI(".", *ci, rel)
		if err != nil {
			return usageError{err.Error()}
		}
		fmt.Fprintf(c.env.stdout, "Created %s: it checks %s on pull requests and publishes the site.\n", path, rel)
	}
	fmt.Fprintf(c.env.stdout, "Next:\n  okrportal serve -s %s\n", dir)
	return nil
}
