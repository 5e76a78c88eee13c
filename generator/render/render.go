package render

import (
	"bytes"
	"context"
	"io"
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
	// FindingsFrom, when set, gives the Findings instead. It is called
	// once, when the first page that shows them (home, health, strategy,
	// a team) is rendered, so a build reviews the portal while the other
	// pages render.
	FindingsFrom func() []diag.Diagnostic
	// Stream, when set, takes the files too big to hold in memory: Render
	// opens a file with it once the file passes a few hundred kilobytes,
	// writes it in pieces and closes it, instead of emitting it. Only
	// Render uses it; RenderFile always gives the whole file.
	Stream func(rel string) (io.WriteCloser, error)

	// executeLayouts makes every page execute its layout, as with a theme
	// of its own: the tests compare it with the faster way (document.go).
	executeLayouts bool
}

// Render renders every file of the site of p and hands each to emit with
// its slash-separated path relative to the site root ("index.html",
// "teams/eng/index.html", "assets/style.css"), or, when it is big and
// opts.Stream is set, writes it there instead. emit is called from several
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
	return run(ctx, pl.jobs, workers, sink{emit: emit, stream: opts.Stream, chunk: streamChunk})
}

// job makes one output file.
type job struct {
	rel  string
	make func(w *fileWriter) error
}

// maxKeptBuffer is the largest buffer a worker keeps for its next page; a
// bigger one (after the alignment page of a huge portal) is dropped.
const maxKeptBuffer = 4 << 20

// sink is where run puts the files: emit each whole, or, when stream is
// not nil, stream those of over chunk bytes.
type sink struct {
	emit   func(string, []byte) error
	stream func(string) (io.WriteCloser, error)
	chunk  int
}

// run executes jobs on n workers, emitting each result from the worker's
// buffer or streaming it.
func run(ctx context.Context, jobs []job, n int, out sink) error {
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
				if err := runJob(jobs[i], buf, out); err != nil {
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
// keep, or streams them.
func runJob(j job, buf *bytes.Buffer, out sink) error {
	buf.Reset()
	w := &fileWriter{buf: buf, rel: j.rel, stream: out.stream, chunk: out.chunk}
	err := j.render(w)
	if ferr := w.finish(out.emit); err == nil {
		err = ferr
	}
	return err
}
