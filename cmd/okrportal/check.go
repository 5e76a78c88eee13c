package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/review"
	"github.com/okrportal/okrportal/generator/site"
)

const checkSynopsis = `Usage: okrportal check [-s DIR] [--format text|json|github] [--strict] [--today DATE]

Review the portal's content: errors (unreadable files, unknown fields, wrong
types, unresolved references, cycles, bad periods and dates) and the warnings
of an OKR coach, grouped by strategy, focus, alignment, transparency and
engagement. Drafts are checked too. portal.yaml's check.rules sets a rule
to error, warning or off; a file's check_ignore exempts it from a rule,
with a reason (such findings are listed as "suppressed" by --format json).

Exit status: 0 no errors (warnings allowed unless --strict), 1 errors,
2 usage.`

type checkCommand struct{ env env }

func (c *checkCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "check", checkSynopsis)
	var load loadFlags
	load.register(fs, false)
	format := fs.String("format", "text", "output `format`: text, json or github (workflow annotations)")
	strict := fs.Bool("strict", false, "exit 1 on warnings too")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("check takes no arguments (got %q); use -s DIR for the source folder", fs.Arg(0))}
	}
	if !slices.Contains(diag.Formats, *format) {
		return usageError{fmt.Sprintf("--format %q is not one of %s", *format, strings.Join(diag.Formats, ", "))}
	}
	opts, err := load.options()
	if err != nil {
		return err
	}
	opts.Drafts = true
	c.env.memory.install(&opts)
	p, list, err := site.Load(ctx, opts)
	if err != nil {
		return err
	}
	if !list.HasErrors() {
		review.Review(p, list)
	}
	ds := relativeToWorkDir(list.Sorted(), opts.Source, *format != "text")
	if err := diag.Write(c.env.stdout, *format, ds); err != nil {
		return err
	}
	errs, warns := list.Count(diag.Error), list.Count(diag.Warning)
	if *format == "text" {
		summary := checkSummary(errs, warns, p != nil && !list.HasErrors(), len(p.Objectives))
		if n := list.Count(diag.Suppressed); n > 0 {
			summary += fmt.Sprintf("; %d suppressed by check_ignore (listed by --format json)", n)
		}
		fmt.Fprintln(c.env.stderr, summary)
	}
	if errs > 0 || (*strict && warns > 0) {
		return contentError{}
	}
	return nil
}

// relativeToWorkDir rewrites the diagnostics' paths, which are relative to
// the source folder, to be relative to the working directory, as a
// compiler's are: so that editors, terminals and CI annotations (which run
// from the repository's root) find the files. slash writes them with '/'
// on every system, as GitHub annotations and JSON readers expect.
func relativeToWorkDir(ds []diag.Diagnostic, source string, slash bool) []diag.Diagnostic {
	wd, err := os.Getwd()
	if err != nil {
		wd = ""
	}
	abs, err := filepath.Abs(source)
	if err != nil {
		abs = source
	}
	for i := range ds {
		if ds[i].File == "" {
			continue
		}
		p := filepath.Join(abs, filepath.FromSlash(ds[i].File))
		if rel, err := filepath.Rel(wd, p); err == nil && wd != "" {
			p = rel
		}
		if slash {
			p = filepath.ToSlash(p)
		}
		ds[i].File = p
	}
	return ds
}

func checkSummary(errs, warns int, ok bool, objectives int) string {
	s := count(errs, "error") + ", " + count(warns, "warning")
	if ok {
		s += fmt.Sprintf(" (%s checked)", count(objectives, "objective"))
	}
	return s
}
