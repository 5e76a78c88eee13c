package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/site"
)

const buildSynopsis = `Usage: okrportal build [-s DIR] [-d DIR] [--today DATE] [--drafts] [--force] [--quiet] [--cpuprofile FILE]

Build the portal in the source folder into a static site. The site is
written to a temporary folder beside the destination and swapped in only
when the build succeeds, so a failed build leaves the previous site as it
was. A non-empty destination that okrportal did not create is refused
unless --force is given. --cpuprofile writes a CPU profile of the build
for go tool pprof.`

type buildCommand struct{ env env }

func (c *buildCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "build", buildSynopsis)
	var load loadFlags
	load.register(fs, true)
	dest := fs.StringP("destination", "d", "public", "the output `folder`")
	force := fs.Bool("force", false, "replace a non-empty destination that okrportal did not create")
	quiet := fs.BoolP("quiet", "q", false, "print nothing but errors")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the build to `FILE` (for go tool pprof)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("build takes no arguments (got %q); use -s DIR and -d DIR", fs.Arg(0))}
	}
	opts, err := load.options()
	if err != nil {
		return err
	}
	c.env.memory.install(&opts)
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	res, list, err := site.Build(ctx, site.BuildOptions{Options: opts, Dest: *dest, Force: *force, BuildInfo: "okrportal " + versionString()})
	printDiagnostics(c.env, list, *quiet)
	if errors.Is(err, site.ErrContent) {
		return contentError{fmt.Sprintf("build failed: %d errors; nothing was written", list.Count(diag.Error))}
	}
	if err != nil {
		return interrupted(ctx, err, "build")
	}
	if !*quiet {
		fmt.Fprintf(c.env.stdout, "Built %s (%s, %s) in %s → %s\n", count(res.Pages, "page"), count(res.Objectives, "objective"),
			count(res.Teams, "team"), fmtDuration(res.Duration), *dest)
	}
	return nil
}

// printDiagnostics prints errors always and warnings unless quiet.
func printDiagnostics(e env, list *diag.List, quiet bool) {
	if list == nil {
		return
	}
	for _, d := range list.Sorted() {
		if d.Severity == diag.Error || !quiet {
			fmt.Fprintln(e.stderr, d.String())
		}
	}
}

// startCPUProfile starts profiling the process's CPU use into the file
// name; stop ends the profile and closes the file.
func startCPUProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
