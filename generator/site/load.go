// Package site runs the pipeline: read the source folder, resolve it into
// the model, compute the values of §3, and (in Build) render and write the
// output folder. Commands call this package; it holds no state of its own
// between calls except what a caller passes in (a source cache).
package site

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/resolve"
	"github.com/okrportal/okrportal/generator/source"
)

// Options say what to load.
type Options struct {
	Source string    // the source folder
	Today  time.Time // the build date; zero means Today()
	Drafts bool      // keep draft objectives
	// Cache, when set, keeps parsed files between loads (serve).
	Cache *source.Cache
	// Listed, when set, is called with the paths of the source files once
	// the folder is listed, before any is read (the build command sizes
	// its memory from it).
	Listed func(paths []string)
	// Loaded, when set, is called once the portal is loaded (or its
	// loading failed): the build command lets the collector run as usual
	// again after collecting only at the memory limit while loading.
	Loaded func()
}

// Load reads, resolves and computes the portal in opts.Source. Content
// problems go to the returned list (check HasErrors before rendering); the
// error is for a source folder that cannot be read at all.
func Load(ctx context.Context, opts Options) (*model.Portal, *diag.List, error) {
	if opts.Loaded != nil {
		defer opts.Loaded()
	}
	list := &diag.List{}
	if opts.Today.IsZero() {
		t, err := TodayFromEnv(os.Getenv)
		if err != nil {
			return nil, list, err
		}
		opts.Today = t
	}
	folder, err := source.ReadWith(ctx, opts.Source, list,
		source.ReadOptions{Cache: opts.Cache, NewDecode: resolve.NewDecode, Listed: opts.Listed})
	if err != nil {
		return nil, list, err
	}
	p := resolve.Resolve(folder, resolve.Options{Today: opts.Today, Drafts: opts.Drafts}, list)
	if !list.HasErrors() {
		compute.Compute(p, list)
	}
	return p, list, nil
}

// Today is the build date: SOURCE_DATE_EPOCH when set (reproducible
// builds), else the current date, as midnight UTC. A malformed
// SOURCE_DATE_EPOCH is ignored here; commands use TodayFromEnv.
func Today() time.Time {
	t, err := TodayFromEnv(os.Getenv)
	if err != nil {
		return Day(time.Now())
	}
	return t
}

// TodayFromEnv is Today with the environment read through getenv, and an
// error naming SOURCE_DATE_EPOCH when it is set but not a whole number of
// seconds since 1970.
func TodayFromEnv(getenv func(string) string) (time.Time, error) {
	s := getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return Day(time.Now()), nil
	}
	secs, err := strconv.ParseInt(s, 10, 64)
	if err != nil || secs < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970-01-01 (e.g. $(date +%%s)); fix it or unset it", s)
	}
	return Day(time.Unix(secs, 0)), nil
}

// Day truncates t to its calendar day, midnight UTC.
func Day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// ParseToday parses a --today value (YYYY-MM-DD).
func ParseToday(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s)
}
