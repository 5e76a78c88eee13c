package main

import (
	"fmt"
	"os"
	"time"

	"github.com/okrportal/okrportal/generator/site"
	"github.com/spf13/pflag"
)

// loadFlags are the flags shared by build, serve and check.
type loadFlags struct {
	source string
	today  string
	drafts bool
}

func (l *loadFlags) register(fs *pflag.FlagSet, drafts bool) {
	fs.StringVarP(&l.source, "source", "s", "content", "the portal's source folder")
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
