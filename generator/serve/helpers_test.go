package serve

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/site"
)

// waitLimit bounds every wait of the integration tests. Tests wait for
// events, never for time: this only turns a hang into a failure.
const waitLimit = 10 * time.Second

// testToday fixes the build date of the test portals.
var testToday = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// testServer is a server started in-process on a free port, serving a
// copy of a portal in a temporary folder.
type testServer struct {
	t      testing.TB
	dir    string // the source folder
	srv    *Server
	cancel context.CancelFunc
	log    *syncBuffer
}

// startServer copies the portal src into a temporary folder and serves it.
func startServer(t testing.TB, src string, edit ...func(*Options)) *testServer {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "src")
	copyTree(t, src, dir)
	return serveDir(t, dir, edit...)
}

// serveDir serves the portal in dir.
func serveDir(t testing.TB, dir string, edit ...func(*Options)) *testServer {
	t.Helper()
	log := &syncBuffer{}
	opts := Options{
		Site:   site.Options{Source: dir, Today: testToday},
		Addr:   "127.0.0.1:0",
		Log:    log,
		ErrLog: log,
	}
	for _, e := range edit {
		e(&opts)
	}
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := Start(ctx, opts)
	if err != nil {
		cancel()
		t.Fatalf("Start: %v", err)
	}
	ts := &testServer{t: t, dir: dir, srv: srv, cancel: cancel, log: log}
	t.Cleanup(func() {
		cancel()
		if err := srv.Wait(); err != nil {
			t.Errorf("Wait: %v", err)
		}
	})
	return ts
}

// get fetches a path of the site without following redirects.
func (ts *testServer) get(path string) (*http.Response, string) {
	ts.t.Helper()
	return ts.do(http.MethodGet, path)
}

func (ts *testServer) do(method, path string) (*http.Response, string) {
	ts.t.Helper()
	req, err := http.NewRequest(method, strings.TrimSuffix(ts.srv.URL(), "/")+path, nil)
	if err != nil {
		ts.t.Fatal(err)
	}
	client := &http.Client{
		Timeout:       waitLimit,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := client.Do(req)
	if err != nil {
		ts.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		ts.t.Fatalf("%s %s: reading the body: %v", method, path, err)
	}
	return resp, string(body)
}

// write writes a file of the source folder, creating its folders.
func (ts *testServer) write(rel, content string) {
	ts.t.Helper()
	path := filepath.Join(ts.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		ts.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		ts.t.Fatal(err)
	}
}

// path is the absolute path of a file of the source folder.
func (ts *testServer) path(rel string) string {
	return filepath.Join(ts.dir, filepath.FromSlash(rel))
}

// events subscribes to the reload stream and returns its events once the
// server has greeted the connection.
func (ts *testServer) events() <-chan sseEvent {
	ts.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ts.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(ts.srv.URL(), "/")+eventsPath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		ts.t.Fatalf("subscribing: %v", err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		ts.t.Fatalf("events Content-Type = %q", ct)
	}
	ch := make(chan sseEvent, 4096)
	go readEvents(resp.Body, ch)
	if ev := waitEvent(ts.t, ch, "hello"); ev.data == "" {
		ts.t.Fatal("hello without a generation")
	}
	return ch
}

// sseEvent is one Server-Sent Event.
type sseEvent struct{ name, data string }

// readEvents parses the event stream r into ch until it ends, then
// closes ch.
func readEvents(r io.ReadCloser, ch chan<- sseEvent) {
	defer close(ch)
	defer r.Close()
	sc := bufio.NewScanner(r)
	var ev sseEvent
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if ev.name != "" {
				select {
				case ch <- ev:
				default: // the test stopped reading
				}
			}
			ev = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			ev.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			ev.data = strings.TrimPrefix(line, "data: ")
		}
	}
}

// waitEvent returns the next event of the given name.
func waitEvent(t testing.TB, ch <-chan sseEvent, name string) sseEvent {
	t.Helper()
	return waitEventFor(t, ch, name, waitLimit)
}

// waitEventFor is waitEvent with another limit.
func waitEventFor(t testing.TB, ch <-chan sseEvent, name string, limit time.Duration) sseEvent {
	t.Helper()
	timeout := time.NewTimer(limit)
	defer timeout.Stop()
	for {
		select {
		case ev, ok := <-ch:
			if !ok {
				t.Fatalf("the event stream ended while waiting for %q", name)
			}
			if ev.name == name {
				return ev
			}
		case <-timeout.C:
			t.Fatalf("no %q event within %s", name, limit)
		}
	}
}

// waitFor waits, one reload event at a time, until check holds. A change
// may take more than one rebuild (an editor's save is several file
// operations), so the first reload need not show the final content.
func (ts *testServer) waitFor(ch <-chan sseEvent, what string, check func() bool) {
	ts.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !check() {
		if time.Now().After(deadline) {
			ts.t.Fatalf("gave up waiting for %s\nserver log:\n%s", what, ts.log.String())
		}
		waitEvent(ts.t, ch, "reload")
	}
}

// pageHas returns a check that GET path answers status with a body
// containing want.
func (ts *testServer) pageHas(path string, status int, want string) func() bool {
	return func() bool {
		resp, body := ts.get(path)
		return resp.StatusCode == status && strings.Contains(body, want)
	}
}

// copyTree copies the folder src to dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
