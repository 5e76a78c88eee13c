package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/sheet"
	"github.com/okrportal/okrportal/generator/site"
)

const exportSynopsis = `Usage: okrportal export [-s DIR] [--format csv|xlsx] [-o FILE]

Write the portal's objectives, key results and check-ins as a spreadsheet
with the columns 'okrportal import' reads: one row per key result, then one
per further check-in. Import it back and you get the same objectives; what
a row cannot carry (milestones, initiatives, a key result's aligns_to) is
listed in docs/importing.md. Drafts are included.

Exit status: 0 written, 1 the portal has errors, 2 usage, 3 I/O.`

const exportExamples = `  okrportal export -o okrs.csv                    # the demo in content/ as CSV
  okrportal export -s okrs --format xlsx -o okrs.xlsx
  okrportal export | grep 2026-Q4`

type exportCommand struct{ env env }

func (c *exportCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "export", exportSynopsis)
	src := new(string)
	sourceFlag(fs, src)
	format := fs.String("format", "", "spreadsheet `format`: csv or xlsx (default: from -o's extension, else csv)")
	out := fs.StringP("output", "o", "", "write to `FILE` instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("export takes no arguments (got %q); use -s DIR and -o FILE", fs.Arg(0))}
	}
	if *format == "" {
		*format = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
		if !slices.Contains(sheet.Formats, *format) {
			*format = "csv"
		}
	}
	if !slices.Contains(sheet.Formats, *format) {
		return usageError{fmt.Sprintf("--format %q is not one of %s", *format, strings.Join(sheet.Formats, ", "))}
	}
	objs, err := c.load(ctx, *src)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := sheet.Write(&buf, *format, sheet.Header(), sheet.Rows(objs)); err != nil {
		return err
	}
	if *out == "" {
		_, err := c.env.stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}

// load reads the portal twice: as of a date after every check-in, and as
// of one before any, for the values written on the key results.
func (c *exportCommand) load(ctx context.Context, src string) ([]*sheet.Objective, error) {
	var ps [2]*model.Portal
	for i, day := range []time.Time{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)} {
		p, list, err := site.Load(ctx, site.Options{Source: src, Today: day, Drafts: true})
		if err != nil {
			return nil, err
		}
		if list.HasErrors() {
			return nil, contentError{fmt.Sprintf("%s has errors; run 'okrportal check -s %s' and fix them first", src, src)}
		}
		ps[i] = p
	}
	return sheet.FromPortal(ps[0], ps[1]), nil
}
