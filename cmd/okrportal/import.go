package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/sheet"
	"github.com/okrportal/okrportal/generator/site"
)

const importSynopsis = `Usage: okrportal import FILE [-s DIR] [--from TOOL] [--map 'Column=field']... [--date DATE] [--today DATE] [--dry-run] [--force]

Turn a spreadsheet (CSV, or the first sheet of an XLSX workbook) into the
portal's files: one row per key result, the objective's columns repeated,
rows with a date as its check-ins (--date: every row). Start from
docs/import-template.csv; docs/importing.md lists the columns. Writes
okrs/<period>/<team>/<objective>.md, and teams/ and people/ files for teams
and people the portal lacks; never replaces a file without --force. Ends
with the report of 'okrportal check'.

Exit status: 0 imported and no errors, 1 problems in the sheet (nothing
written) or errors in the portal, 2 usage or files in the way, 3 I/O.`

const importExamples = `  okrportal import okrs.csv -s content --dry-run    # show what it would write
  okrportal import okrs.xlsx -s content --date today   # current values are this week's
  okrportal import export.csv --map 'KR Name=key result' --map 'Comments='
  okrportal import goals.xlsx --from peoplebox -s content`

type importCommand struct{ env env }

func (c *importCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "import", importSynopsis)
	var load loadFlags
	load.register(fs, false)
	from := fs.String("from", "", "read the file of another `TOOL`: "+strings.Join(sheet.PresetNames(), ", "))
	maps := fs.StringArray("map", nil, "read the column TITLE as FIELD (`'TITLE=FIELD'`; 'TITLE=' ignores it); repeatable")
	fs.Lookup("map").DefValue = ""
	dry := fs.Bool("dry-run", false, "print the files it would write, and write nothing")
	force := fs.Bool("force", false, "replace files that exist")
	date := fs.String("date", "", "make rows without a date check-ins of `DATE` (YYYY-MM-DD, or today) instead of values written on the key result")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"import takes one argument, the sheet: okrportal import FILE.csv|FILE.xlsx -s DIR"}
	}
	preset, mapping, err := c.mapping(*from, *maps)
	if err != nil {
		return err
	}
	opts, err := load.options()
	if err != nil {
		return err
	}
	so := sheet.Options{Date: opts.Today.Format(time.DateOnly)}
	if *date != "" {
		d, err := checkinDate(*date, opts.Today)
		if err != nil {
			return err
		}
		so.Date, so.Undated = d, true
	}
	files, err := c.plan(ctx, fs.Arg(0), preset, mapping, opts, so)
	if err != nil {
		return err
	}
	if *dry {
		return c.dryRun(opts.Source, files, *force)
	}
	if err := sheet.Apply(opts.Source, files, *force); errors.Is(err, sheet.ErrExist) {
		return usageError{err.Error()}
	} else if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "Wrote %s into %s. Checking it:\n", count(len(files), "file"), opts.Source)
	return (&checkCommand{env: c.env}).Run(ctx, []string{"-s", opts.Source, "--today", opts.Today.Format(time.DateOnly)})
}

// mapping returns the preset and its mapping with --map's on top.
func (c *importCommand) mapping(from string, maps []string) (sheet.Preset, sheet.Mapping, error) {
	var p sheet.Preset
	if from != "" {
		var ok bool
		if p, ok = sheet.Presets[from]; !ok {
			return p, nil, usageError{fmt.Sprintf("--from %q is not one of %s", from, strings.Join(sheet.PresetNames(), ", "))}
		}
	}
	m := p.Mapping()
	extra, err := sheet.ParseMapping(maps)
	if err != nil {
		return p, nil, usageError{err.Error()}
	}
	for k, v := range extra {
		m[k] = v
	}
	return p, m, nil
}

// plan reads the sheet and returns the files to write; problems in the
// sheet are printed and make a content error.
func (c *importCommand) plan(ctx context.Context, name string, preset sheet.Preset, m sheet.Mapping, opts site.Options, so sheet.Options) ([]sheet.File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	t, err := sheet.ReadTable(name, data)
	if err != nil {
		return nil, contentError{err.Error()}
	}
	opts.Drafts = true
	p, _, err := site.Load(ctx, opts)
	if err != nil {
		return nil, err
	}
	for _, per := range p.Periods {
		if per.Declared {
			so.Declared = append(so.Declared, per.Name)
		}
	}
	t, probs := preset.Table(t)
	var objs []*sheet.Objective
	if len(probs) == 0 {
		objs, probs = sheet.Parse(t, m, so)
	}
	files, more := sheet.Plan(name, objs, sheet.KnownIn(p))
	if probs = append(probs, more...); len(probs) > 0 {
		for _, pr := range probs {
			fmt.Fprintln(c.env.stderr, pr.Error())
		}
		return nil, contentError{fmt.Sprintf("%s in %s; nothing was written", count(len(probs), "problem"), name)}
	}
	return files, nil
}

// checkinDate reads --date: YYYY-MM-DD, or "today" for the build date.
func checkinDate(s string, today time.Time) (string, error) {
	if s == "today" {
		return today.Format(time.DateOnly), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return "", usageError{fmt.Sprintf("--date %q is not a date; write it as YYYY-MM-DD, or today", s)}
	}
	return t.Format(time.DateOnly), nil
}

// dryRun prints the files the import would write and ends as the real
// run would: with a usage error when files exist and force is not set, so
// that a dry run never promises what the real one refuses.
func (c *importCommand) dryRun(root string, files []sheet.File, force bool) error {
	exist := map[string]bool{}
	for _, p := range sheet.Existing(root, files) {
		exist[p] = true
	}
	for _, f := range files {
		note := "new"
		if exist[f.Path] {
			note = "exists: replaced only with --force"
		}
		fmt.Fprintf(c.env.stdout, "=== %s (%s)\n%s\n", f.Path, note, f.Content)
	}
	if len(exist) > 0 && !force {
		return usageError{fmt.Sprintf("dry run: %s already exist; the import would write nothing without --force (which replaces them, check-ins added since included: export first to keep them)",
			count(len(exist), "file"))}
	}
	fmt.Fprintf(c.env.stdout, "Dry run: would write %s into %s.\n", count(len(files), "file"), root)
	return nil
}
