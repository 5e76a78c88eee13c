package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/okrportal/okrportal/generator/checkin"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/review"
	"github.com/okrportal/okrportal/generator/site"
)

const checkinSynopsis = `Usage: okrportal checkin REF VALUE [--note TEXT] [--confidence N] [--status S] [--date D] [-s DIR]
       okrportal checkin --from FILE.csv [--dry-run] [-s DIR]

Add a check-in to a key result, in its objective's file, changing nothing
else in it. REF is <objective>#krN or <objective>#<kr-id> (the objective
as references name it: its id or a unique trailing part), or words of the
key result's title. VALUE follows its kind: a number (metric, keep-above,
keep-below), yes or no (boolean), a percentage (qualitative, milestones),
or - for none. The date is --date, else SOURCE_DATE_EPOCH, else today.
--from adds one check-in per row of a CSV file with the columns date, ref,
value, note, confidence, status (ref and value required). The portal is
checked afterwards. Only YAML front matter can be edited.

Exit status: 0 added, 1 the portal has errors or the file cannot be
edited safely, 2 usage (unknown key result, wrong value), 3 I/O.`

const checkinExamples = `  okrportal checkin platform/fast-deploys#kr1 23 --note "Build cache landed"
  okrportal checkin "golden-path pipeline" 27 --confidence 7
  okrportal checkin activation#activation 47 --status at-risk --date 2026-11-24
  okrportal checkin fast-deploys#kr3 yes
  okrportal checkin --from weekly.csv --dry-run     # show the diff, write nothing`

type checkinCommand struct{ env env }

// checkinFlags are checkin's flags.
type checkinFlags struct {
	source, note, confidence, status, date, from string
	dryRun                                       bool
}

func (c *checkinCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "checkin", checkinSynopsis)
	var f checkinFlags
	sourceFlag(fs, &f.source)
	fs.StringVar(&f.note, "note", "", "what happened: one line of `TEXT`")
	fs.StringVar(&f.confidence, "confidence", "", "the owner's confidence, `N` from 0 (none) to 10 (certain)")
	fs.StringVar(&f.status, "status", "", "the owner's call `S`: on-track, at-risk, off-track, achieved, missed or dropped")
	fs.StringVar(&f.date, "date", "", "the check-in's `DATE` (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today")
	fs.StringVar(&f.from, "from", "", "add the check-ins of a CSV `FILE`")
	fs.BoolVar(&f.dryRun, "dry-run", false, "show the changes as a diff and write nothing")
	if err := parse(fs, args); err != nil {
		return err
	}
	day, err := c.day(f.date)
	if err != nil {
		return err
	}
	rows, err := c.rows(fs.Args(), f, day)
	if err != nil {
		return err
	}
	// The portal is loaded as a build would: as of SOURCE_DATE_EPOCH,
	// else today, so that a check-in dated later is warned about.
	opts := site.Options{Source: f.source, Drafts: true}
	if opts.Today, err = site.TodayFromEnv(c.env.getenv); err != nil {
		return usageError{err.Error()}
	}
	return c.apply(ctx, opts, rows, f.dryRun)
}

// day is the check-ins' default date.
func (c *checkinCommand) day(flag string) (time.Time, error) {
	if flag != "" {
		t, err := site.ParseToday(flag)
		if err != nil {
			return t, usageError{fmt.Sprintf("--date %q is not a date; write it as YYYY-MM-DD", flag)}
		}
		return t, nil
	}
	t, err := site.TodayFromEnv(c.env.getenv)
	if err != nil {
		return t, usageError{err.Error()}
	}
	return t, nil
}

// rows are the check-ins to add, from the arguments or from --from.
func (c *checkinCommand) rows(args []string, f checkinFlags, day time.Time) ([]checkin.Row, error) {
	if f.from == "" {
		if len(args) != 2 {
			return nil, usageError{"usage: okrportal checkin REF VALUE [--note TEXT] (see 'okrportal checkin --help')"}
		}
		return []checkin.Row{{Ref: args[0], In: checkin.Input{Date: day, Value: args[1], Note: f.note, Confidence: f.confidence, Status: f.status}}}, nil
	}
	if len(args) > 0 || f.note != "" || f.confidence != "" || f.status != "" {
		return nil, usageError{"checkin --from takes no REF, VALUE, --note, --confidence or --status: the CSV's columns give them"}
	}
	file, err := os.Open(f.from)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	rows, err := checkin.ReadCSV(file, day)
	if err != nil {
		return nil, usageError{fmt.Sprintf("%s: %v", f.from, err)}
	}
	return rows, nil
}

// apply loads the portal, adds the check-ins and checks the result.
func (c *checkinCommand) apply(ctx context.Context, opts site.Options, rows []checkin.Row, dryRun bool) error {
	p, list, err := site.Load(ctx, opts)
	if err != nil {
		return err
	}
	if list.HasErrors() {
		c.report(list.Errors(), opts.Source)
		return contentError{"the portal has errors; fix them before adding check-ins"}
	}
	changes, err := checkin.Apply(p, opts.Source, rows)
	var rowErr checkin.RowError
	switch {
	case errors.As(err, &rowErr):
		return usageError{rowErr.Error()}
	case errors.As(err, new(*fs.PathError)):
		return err
	case err != nil:
		return contentError{err.Error()}
	}
	if dryRun {
		for _, ch := range changes {
			fmt.Fprint(c.env.stdout, checkin.Diff(ch.File, ch.Old, ch.New))
		}
		return nil
	}
	if err := checkin.Write(opts.Source, changes); err != nil {
		return err
	}
	for _, ch := range changes {
		for _, kr := range ch.Added {
			fmt.Fprintf(c.env.stdout, "Added a check-in to %s#%s (%s) in %s\n", kr.Objective.ID, kr.ID, kr.Title, ch.File)
		}
	}
	return c.recheck(ctx, opts, changes)
}

// recheck loads the portal again and reports its errors, and the warnings
// about the changed files.
func (c *checkinCommand) recheck(ctx context.Context, opts site.Options, changes []checkin.Change) error {
	p, list, err := site.Load(ctx, opts)
	if err != nil {
		return err
	}
	if !list.HasErrors() {
		review.Review(p, list)
	}
	changed := map[string]bool{}
	for _, ch := range changes {
		changed[ch.File] = true
	}
	var ds []diag.Diagnostic
	for _, d := range list.Sorted() {
		if d.Severity == diag.Error || changed[d.File] {
			ds = append(ds, d)
		}
	}
	c.report(ds, opts.Source)
	if list.HasErrors() {
		return contentError{"the portal has errors after the check-in"}
	}
	return nil
}

func (c *checkinCommand) report(ds []diag.Diagnostic, source string) {
	if len(ds) > 0 {
		_ = diag.Write(c.env.stderr, "text", relativeToWorkDir(ds, source, false))
	}
}
