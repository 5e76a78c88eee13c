package main

import (
	"errors"
	"fmt"
	iofs "io/fs"
	"os"
	"time"

	"github.com/okrportal/okrportal/generator/site"
	"github.com/okrportal/okrportal/generator/source"
	"github.com/spf13/pflag"
)

// loadFlags are the flags shared by build, serve and check.
type loadFlags struct {
	source string
	today  string
	drafts bool
}

func (l *loadFlags) register(fs *pflag.FlagSet, drafts bool) {
	sourceFlag(fs, &l.source)
	fs.StringVar(&l.today, "today", "", "build as if today were `DATE` (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else today")
	if drafts {
		fs.BoolVar(&l.drafts, "drafts", false, "include objectives marked draft: true")
	}
}

// options turns the flags into site options.
func (l *loadFlags) options() (site.Options, error) {
	opts := site.Options{Source: l.source, Drafts: l.drafts}
	if l.today != "" {
		t, err := site.ParseToday(l.today)
		if err != nil {
			return opts, usageError{fmt.Sprintf("--today %q is not a date; write it as YYYY-MM-DD", l.today)}
		}
		opts.Today = t
	} else {
		t, err := site.TodayFromEnv(os.Getenv)
		if err != nil {
			return opts, usageError{err.Error()}
		}
		opts.Today = t
	}
	return opts, nil
}

func fmtDuration(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

// count formats n with a noun, plural unless n is 1.
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// defaultSource is the source folder when -s is not given.
const defaultSource = "content"

// sourceFlag registers -s/--source, the portal's source folder, into p.
func sourceFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVarP(p, "source", "s", defaultSource,
		"the portal's source folder; without -s, the current folder when it has portal.yaml and no content/")
}

// sourceHere makes the working folder the source when -s was not given,
// content/ does not exist and the working folder is itself a portal (it has
// portal.yaml): a command run inside the folder `okrportal init` made just
// works, as git does in its repository.
func sourceHere(fs *pflag.FlagSet) {
	f := fs.Lookup("source")
	if f == nil || f.Changed {
		return
	}
	if _, err := os.Stat(defaultSource); !errors.Is(err, iofs.ErrNotExist) {
		return
	}
	if info, err := os.Stat(source.PortalFile); err == nil && info.Mode().IsRegular() {
		_ = f.Value.Set(".")
	}
}
