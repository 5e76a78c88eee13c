// Package serve is the preview server of `okrportal serve`: it loads the
// portal and prepares its rendering (render.Prepare), serves it over
// HTTP, rendering each file in memory when it is first requested, watches
// the source folder and the theme folder, rebuilds after every burst of
// changes and reloads the open pages through Server-Sent Events. A
// rebuild renders no page, so its cost does not grow with the pages
// nobody looks at. While the content has errors it
// keeps the last good site and answers page requests with a page that
// lists the errors with the offending source lines.
//
// Nothing is written to disk, and the live-reload script exists only in
// the responses of this server, never in the output of `okrportal build`.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/site"
)

// Options configure a preview server.
type Options struct {
	// Site says what to load; its Cache is ignored (the server keeps its
	// own).
	Site site.Options
	// Addr is the host:port to listen on; port 0 picks a free port.
	Addr string
	// BuildInfo is shown in the footer of every page, as in build.
	BuildInfo string
	// Poll, when positive, finds changes by listing the folders at this
	// interval instead of through file system notifications (network
	// drives, WSL). Without it the server polls only when notifications
	// cannot start, every DefaultPoll.
	Poll time.Duration
	// Debounce is how long the server waits for a burst of changes to
	// end before it rebuilds; 0 means 50 ms.
	Debounce time.Duration
	// Log receives one line per build; ErrLog receives the content errors
	// and the server's own problems. Nil writers discard.
	Log, ErrLog io.Writer
	// OnBuild, when set, is called after each build with its report,
	// before the new site is served.
	OnBuild func(Report)
	// AllowHosts are host names to answer besides localhost, loopback
	// addresses and the address listened on (see hosts).
	AllowHosts []string
	// MaxReloadClients caps the open live-reload streams; past it the
	// oldest is closed. 0 means DefaultMaxReloadClients.
	MaxReloadClients int
}

// Server is a running preview server.
type Server struct {
	opts      Options
	sourceDir string // absolute
	url       string
	ln        net.Listener
	http      *http.Server
	hosts     hosts
	builder   *builder
	roots     *roots
	changes   *changes
	hub       *hub
	log       *logger
	state     atomic.Pointer[state]
	gens      atomic.Int64
	startedAt int64
	done      chan struct{}
	err       error // of the HTTP server; read after done
}

// state is what the server serves; replaced as a whole after a build.
type state struct {
	gen       string            // changes whenever what pages show changes
	site      *memSite          // the last good site; nil before the first
	errors    []diag.Diagnostic // the current content errors
	errorPage []byte            // the error page (without reload script)
	overlay   []byte            // the errors, laid over the pages of site
}

// ListenError means the server could not listen on its address, most
// often because the port is in use.
type ListenError struct {
	Addr string
	Err  error
}

func (e *ListenError) Error() string {
	if e.InUse() {
		return fmt.Sprintf("cannot serve on %s: the port is already in use (another okrportal serve?); choose another with -p PORT, or -p 0 for a free one", e.Addr)
	}
	return fmt.Sprintf("cannot serve on %s: %v", e.Addr, e.Err)
}

func (e *ListenError) Unwrap() error { return e.Err }

// InUse reports whether the address was taken.
func (e *ListenError) InUse() bool { return isAddrInUse(e.Err) }

// Start listens on opts.Addr, builds the portal, starts watching and
// serves until ctx is done; Wait returns when the server has shut down.
// Content errors do not stop it (the browser shows them); Start fails
// when it cannot listen (a *ListenError) or when the source folder cannot
// be read at all.
func Start(ctx context.Context, opts Options) (*Server, error) {
	src, err := filepath.Abs(opts.Site.Source)
	if err != nil {
		return nil, err
	}
	// Watched and compared as the real folder (the source may be a
	// symlink, or "." inside one).
	if real, err := filepath.EvalSymlinks(src); err == nil {
		src = real
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, &ListenError{Addr: opts.Addr, Err: err}
	}
	s := &Server{
		opts:      opts,
		sourceDir: src,
		url:       displayURL(ln.Addr().(*net.TCPAddr), opts.Addr),
		ln:        ln,
		hosts:     newHosts(opts.Addr, opts.AllowHosts),
		builder:   &builder{opts: opts.Site, source: src, info: opts.BuildInfo},
		roots:     newRoots(src),
		changes:   newChanges(),
		log:       &logger{out: opts.Log, err: opts.ErrLog},
		startedAt: time.Now().UnixNano(),
		done:      make(chan struct{}),
	}
	s.builder.opts.Cache = nil
	s.hub = newHub(opts.MaxReloadClients, s.log)
	w := s.startWatcher()
	if r := s.rebuild(ctx, nil, true); s.state.Load() == nil && isSourceError(r.Errors) {
		ln.Close()
		stopWatcher(w)
		return nil, errors.New(r.Errors[0].Message)
	}
	// The build found the theme folder: watch it from now on.
	if err := w.sync(); err != nil {
		stopWatcher(w)
		w = s.fallback(err)
	}
	s.http = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.http.RegisterOnShutdown(s.hub.close)
	go s.run(ctx, w)
	return s, nil
}

// URL is the address of the site, e.g. "http://127.0.0.1:8080/".
func (s *Server) URL() string { return s.url }

// Wait blocks until the server has shut down after its context ended, and
// returns the error that stopped it early, if any.
func (s *Server) Wait() error {
	<-s.done
	return s.err
}

// run serves, watches and rebuilds until ctx is done, then shuts down.
func (s *Server) run(ctx context.Context, w watcher) {
	defer close(s.done)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.watch(ctx, w) }()
	go func() { defer wg.Done(); s.buildLoop(ctx) }()
	served := make(chan error, 1)
	go func() { served <- s.http.Serve(s.ln) }()
	select {
	case <-ctx.Done():
		shutdownCtx, stop := context.WithTimeout(context.Background(), 5*time.Second)
		if err := s.http.Shutdown(shutdownCtx); err != nil {
			s.http.Close()
		}
		stop()
	case err := <-served:
		s.err = err
		cancel()
	}
	wg.Wait()
}

// buildLoop rebuilds after every burst of changes.
func (s *Server) buildLoop(ctx context.Context) {
	quiet := s.opts.Debounce
	if quiet <= 0 {
		quiet = 50 * time.Millisecond
	}
	for {
		paths, ok := s.changes.next(ctx, quiet, 10*quiet)
		if !ok {
			return
		}
		s.rebuild(ctx, paths, false)
	}
}

// startWatcher starts fsnotify, or the poller when asked to poll or when
// fsnotify cannot start.
func (s *Server) startWatcher() watcher {
	if s.opts.Poll > 0 {
		return newPoller(s.roots, s.opts.Poll, s.changes.add)
	}
	w, err := newFSWatcher(s.roots, s.changes.add)
	if err != nil {
		return s.fallback(err)
	}
	return w
}

// fallback announces that notifications failed and returns a poller.
func (s *Server) fallback(err error) watcher {
	s.log.errorf("okrportal: cannot watch for changes (%v); polling every %s instead (set the interval with --poll)\n", err, DefaultPoll)
	return newPoller(s.roots, DefaultPoll, s.changes.add)
}

// watch runs w, switching to polling when it breaks.
func (s *Server) watch(ctx context.Context, w watcher) {
	for {
		err := w.run(ctx)
		if ctx.Err() != nil {
			return
		}
		s.log.errorf("okrportal: watching stopped (%v); polling every %s instead\n", err, DefaultPoll)
		w = newPoller(s.roots, DefaultPoll, s.changes.add)
		s.changes.add(s.sourceDir) // catch up on what happened meanwhile
	}
}

// stopWatcher releases a watcher that will not run.
func stopWatcher(w watcher) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_ = w.run(ctx)
}

func (s *Server) current() *state {
	if st := s.state.Load(); st != nil {
		return st
	}
	return &state{}
}

// newGen returns a generation id unique to this process run, so that a
// page from an earlier run of the server reloads too.
func (s *Server) newGen() string {
	return fmt.Sprintf("%x-%d", s.startedAt, s.gens.Add(1))
}

// isSourceError reports whether errs say the source folder is unreadable.
func isSourceError(errs []diag.Diagnostic) bool {
	return len(errs) == 1 && errs[0].Rule == "source" && errs[0].File == ""
}

// logger serialises the server's output lines.
type logger struct {
	mu       sync.Mutex
	out, err io.Writer
}

func (l *logger) printf(format string, args ...any) { l.write(l.out, format, args...) }

func (l *logger) errorf(format string, args ...any) { l.write(l.err, format, args...) }

func (l *logger) write(w io.Writer, format string, args ...any) {
	if w == nil {
		return
	}
	l.mu.Lock()
	fmt.Fprintf(w, format, args...)
	l.mu.Unlock()
}
