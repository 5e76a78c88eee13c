package site

import (
	"context"
	"errors"
	"io"
	"sync/atomic"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/output"
	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/review"
)

// BuildOptions say what to build and where.
type BuildOptions struct {
	Options
	Dest      string // the output folder
	Force     bool   // replace a non-empty folder that okrportal did not create
	BuildInfo string // shown in the footer, e.g. the version
}

// Result describes a finished build.
type Result struct {
	Pages      int // HTML pages written
	Files      int // all files written
	Objectives int
	Teams      int
	Duration   time.Duration
}

// ErrContent is returned when the content has errors; they are in the list.
var ErrContent = errors.New("the content has errors")

// Build loads the portal and writes the site into opts.Dest. The site is
// rendered into a fresh sibling folder and swapped in only when everything
// succeeded: after a failed build the previous output is untouched.
func Build(ctx context.Context, opts BuildOptions) (*Result, *diag.List, error) {
	start := time.Now()
	if err := output.CheckDestination(opts.Dest, opts.Source); err != nil {
		return nil, &diag.List{}, err
	}
	p, list, err := Load(ctx, opts.Options)
	if err != nil {
		return nil, list, err
	}
	if list.HasErrors() {
		return nil, list, ErrContent
	}
	w, err := output.Begin(opts.Dest, opts.Force)
	if err != nil {
		return nil, list, err
	}
	pages, err := write(ctx, p, list, opts, w)
	if err != nil {
		w.Abort()
		return nil, list, err
	}
	if err := w.Commit(); err != nil {
		w.Abort()
		return nil, list, err
	}
	return &Result{Pages: pages, Files: w.Files(), Objectives: len(p.Objectives), Teams: len(p.Teams), Duration: time.Since(start)}, list, nil
}

// RenderOptions are the render options for p. The health page's findings
// are what `check` prints for the same portal: the warnings found while
// loading it (loaded, e.g. future-checkin) and the review's, without those
// a file's check_ignore suppresses.
func RenderOptions(p *model.Portal, loaded *diag.List, buildInfo string) render.Options {
	opts := renderOptions(p, buildInfo)
	opts.Findings = findings(p, loaded)
	return opts
}

// renderOptionsReviewing is RenderOptions with the review running in the
// background: the pages that show its findings wait for it, the others
// render meanwhile. The review only reads the portal.
func renderOptionsReviewing(p *model.Portal, loaded *diag.List, buildInfo string) render.Options {
	done := make(chan []diag.Diagnostic, 1)
	go func() { done <- findings(p, loaded) }()
	opts := renderOptions(p, buildInfo)
	opts.FindingsFrom = func() []diag.Diagnostic { return <-done } // called once
	return opts
}

// findings are the warnings of loaded and the review's, as check shows them.
func findings(p *model.Portal, loaded *diag.List) []diag.Diagnostic {
	list := &diag.List{}
	if loaded != nil {
		for _, d := range loaded.Sorted() {
			if d.Severity == diag.Warning {
				list.Add(d)
			}
		}
	}
	review.Review(p, list)
	return list.Shown()
}

// renderOptions are the render options for p but the findings.
func renderOptions(p *model.Portal, buildInfo string) render.Options {
	return render.Options{
		FileLinks:  p.Settings.FileLinks,
		ThemeDir:   p.ThemeDir,
		UnsafeHTML: p.Settings.UnsafeHTML,
		BuildInfo:  buildInfo,
	}
}

func write(ctx context.Context, p *model.Portal, loaded *diag.List, opts BuildOptions, w *output.Writer) (int, error) {
	var pages atomic.Int64
	emit := func(rel string, data []byte) error {
		if isPage(rel) {
			pages.Add(1)
		}
		return w.Write(rel, data)
	}
	ropts := renderOptionsReviewing(p, loaded, opts.BuildInfo)
	ropts.Stream = func(rel string) (io.WriteCloser, error) { // the biggest files, in pieces
		if isPage(rel) {
			pages.Add(1)
		}
		return w.Create(rel)
	}
	if err := render.Render(ctx, p, ropts, emit); err != nil {
		return 0, err
	}
	if p.StaticDir != "" {
		if err := ctx.Err(); err != nil { // interrupted: copy nothing more
			return 0, err
		}
		if err := w.CopyDir(p.StaticDir, ""); err != nil {
			return 0, err
		}
	}
	return int(pages.Load()), nil
}

func isPage(rel string) bool {
	return len(rel) > 5 && rel[len(rel)-5:] == ".html"
}
