// Package render turns a resolved, computed portal into the files of the
// static site of §4 of the spec: one HTML page per home, strategy,
// priority, team, objective, person and period, the alignment, health,
// updates and search pages, okrs.json, search-index.json, feed.xml,
// 404.html and the theme's assets.
//
// Pages are html/template layouts of a theme (the embedded default theme,
// optionally overridden file by file by a theme folder), parsed once per
// Prepare call. Render executes them all in parallel; a Plan from Prepare
// renders one file at a time, on demand (the preview server). Every link
// is relative to the page it is on, so the site works at a domain root,
// under a sub-path and, with file links, from file://.
package render

import (
	"bytes"
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// Options control rendering.
type Options struct {
	// FileLinks makes links end in "…/index.html" instead of "…/", so the
	// site works from file:// and file shares.
	FileLinks bool
	// ThemeDir is an optional folder whose files replace the embedded
	// theme's files of the same path (layouts/… and assets/…).
	ThemeDir string
	// UnsafeHTML lets raw HTML in Markdown through (markdown.New).
	UnsafeHTML bool
	// Workers is the number of pages rendered at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// BuildInfo, e.g. a version, is shown in every page's footer.
	BuildInfo string
	// Findings are the review's warnings (and errors), shown on health/
	// grouped by Diagnostic.Group. Without them the health page lists
	// what it finds itself.
	Findings []diag.Diagnostic
}

// Render renders every file of the site of p and hands each to emit with
// its slash-separated path relative to the site root ("index.html",
// "teams/eng/index.html", "assets/style.css"). emit is called from several
// goroutines at once. The data it is given is valid only until it returns:
// the buffer is reused for the next file, so an emit that keeps the bytes
// must copy them. Render returns the first error of Prepare, of emit, of a
// template or of ctx; after an error no more files are emitted. The same
// portal and options give the same bytes. Render is Prepare followed by
// RenderFile of every file.
func Render(ctx context.Context, p *model.Portal, opts Options, emit func(rel string, data []byte) error) error {
	pl, err := Prepare(ctx, p, opts)
	if err != nil {
		return err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return run(ctx, pl.jobs, workers, emit)
}

// job makes one output file into a buffer.
type job struct {
	rel  string
	make func(buf *bytes.Buffer) error
}

// maxKeptBuffer is the largest buffer a worker keeps for its next page; a
// bigger one (after the alignment page of a huge portal) is dropped.
const maxKeptBuffer = 4 << 20

// run executes jobs on n workers, emitting each result from the worker's
// buffer.
func run(ctx context.Context, jobs []job, n int, emit func(string, []byte) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		next     atomic.Int64
		once     sync.Once
		firstErr error
		wg       sync.WaitGroup
	)
	fail := func(err error) {
		once.Do(func() { firstErr = err; cancel() })
	}
	for range min(n, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := new(bytes.Buffer) // reused: each worker renders one page at a time
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				if buf.Cap() > maxKeptBuffer {
					buf = new(bytes.Buffer)
				}
				if err := runJob(jobs[i], buf, emit); err != nil {
					fail(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}

// runJob renders j into buf and emits buf's bytes, which emit must not
// keep.
func runJob(j job, buf *bytes.Buffer, emit func(string, []byte) error) error {
	buf.Reset()
	if err := j.render(buf); err != nil {
		return err
	}
	return emit(j.rel, buf.Bytes())
}
