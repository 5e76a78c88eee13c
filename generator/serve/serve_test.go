package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/site"
)

const (
	testPortal = "testdata/portal"
	objFile    = "okrs/2026-Q4/web/fast.md"
	objPage    = "/objectives/2026-q4/web/fast/"
)

// objective is the source of the test objective with another title.
func objective(title string) string {
	return fmt.Sprintf(`---
title: %s
owner: sam
key_results:
  - title: Checkout p95 load time
    unit: ms
    start: 2400
    target: 900
    checkins:
      - {date: 2026-11-20, value: 1500}
---
Slow checkout loses customers.
`, title)
}

func TestEditReloads(t *testing.T) {
	ts := startServer(t, testPortal)
	ev := ts.events()
	ts.write(objFile, objective("Make checkout instant"))
	waitEvent(t, ev, "reload")
	ts.waitFor(ev, "the new title", ts.pageHas(objPage, http.StatusOK, "Make checkout instant"))
	if !strings.Contains(ts.log.String(), "Rebuilt in") {
		t.Errorf("no rebuild line in the log:\n%s", ts.log.String())
	}
}

func TestAtomicSaves(t *testing.T) {
	saves := []struct {
		name string
		save func(ts *testServer, content string)
	}{
		{"rename over", func(ts *testServer, content string) {
			ts.write(objFile+".tmp", content)
			rename(t, ts.path(objFile+".tmp"), ts.path(objFile))
		}},
		{"vim", func(ts *testServer, content string) {
			ts.write("okrs/2026-Q4/web/4913", "")
			remove(t, ts.path("okrs/2026-Q4/web/4913"))
			ts.write("okrs/2026-Q4/web/.fast.md.swp", "swap")
			rename(t, ts.path(objFile), ts.path(objFile+"~"))
			ts.write(objFile, content)
			remove(t, ts.path(objFile+"~"))
			remove(t, ts.path("okrs/2026-Q4/web/.fast.md.swp"))
		}},
		{"jetbrains", func(ts *testServer, content string) {
			ts.write(objFile+"___jb_tmp___", content)
			rename(t, ts.path(objFile), ts.path(objFile+"___jb_old___"))
			rename(t, ts.path(objFile+"___jb_tmp___"), ts.path(objFile))
			remove(t, ts.path(objFile+"___jb_old___"))
		}},
		{"emacs", func(ts *testServer, content string) {
			ts.write("okrs/2026-Q4/web/#fast.md#", content)
			ts.write(objFile, content)
			remove(t, ts.path("okrs/2026-Q4/web/#fast.md#"))
		}},
	}
	for _, s := range saves {
		t.Run(s.name, func(t *testing.T) {
			ts := startServer(t, testPortal)
			ev := ts.events()
			title := "Saved by " + s.name
			s.save(ts, objective(title))
			ts.waitFor(ev, "the saved title", ts.pageHas(objPage, http.StatusOK, title))
		})
	}
}

func TestNewFoldersAndRemovedPages(t *testing.T) {
	ts := startServer(t, testPortal)
	ev := ts.events()
	ts.write("teams/ops/infra.md", "---\nname: Infrastructure\n---\n")
	ts.write("okrs/2026-Q4/infra/uptime/four-nines.md", "---\ntitle: Reach four nines\nteam: infra\n---\nUptime matters.\n")
	ts.waitFor(ev, "the new team page", ts.pageHas("/teams/ops/infra/", http.StatusOK, "Infrastructure"))
	ts.waitFor(ev, "the new objective page", ts.pageHas("/objectives/2026-q4/infra/uptime/four-nines/", http.StatusOK, "Reach four nines"))

	// A folder made after the first one must be watched as well.
	ts.write("okrs/2026-Q4/infra/uptime/later/more.md", "---\ntitle: Halve the pages\nteam: infra\n---\nSleep.\n")
	ts.waitFor(ev, "the objective in a newer folder", ts.pageHas("/objectives/2026-q4/infra/uptime/later/more/", http.StatusOK, "Halve the pages"))

	// Editing a file of a folder created while serving is seen too.
	ts.write("teams/ops/infra.md", "---\nname: Infra and Ops\n---\n")
	ts.waitFor(ev, "the renamed team", ts.pageHas("/teams/ops/infra/", http.StatusOK, "Infra and Ops"))

	remove(t, ts.path("okrs/2026-Q4/infra/uptime/four-nines.md"))
	ts.waitFor(ev, "a 404 for the removed objective", ts.pageHas("/objectives/2026-q4/infra/uptime/four-nines/", http.StatusNotFound, "</html>"))

	// A folder moved into the tree brings its files.
	outside := t.TempDir()
	os.MkdirAll(outside+"/qa", 0o755)
	os.WriteFile(outside+"/qa/quality.md", []byte("---\nname: Quality\n---\n"), 0o644)
	rename(t, outside+"/qa", ts.path("teams/qa"))
	ts.waitFor(ev, "the moved-in team", ts.pageHas("/teams/qa/quality/", http.StatusOK, "Quality"))
}

// While the content has errors the last good pages are served, with the
// errors laid over them; the overlay goes with the next good build.
func TestErrorsShowAndClear(t *testing.T) {
	ts := startServer(t, testPortal)
	ev := ts.events()
	broken := strings.Replace(objective("Fast <script>alert(1)</script>"), "owner:", "ownr:", 1)
	ts.write(objFile, broken)
	ts.waitFor(ev, "the error overlay", ts.pageHas("/", http.StatusOK, objFile+":3"))
	resp, body := ts.get(objPage)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("objective page while broken: status %d, want the last good page", resp.StatusCode)
	}
	for _, want := range []string{`id="okrportal-errors"`, `unknown field`, `ownr: sam`, `Fast &lt;script&gt;alert(1)&lt;/script&gt;`,
		`data-gen=`, scriptPath, "Make checkout fast"} {
		if !strings.Contains(body, want) {
			t.Errorf("page while broken lacks %q", want)
		}
	}
	if strings.Contains(body, "<script>alert(1)") {
		t.Error("the overlay shows content unescaped")
	}
	if resp, body := ts.get("/no/such/page/"); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, `id="okrportal-errors"`) {
		t.Errorf("404 page while broken: status %d, overlay %v", resp.StatusCode, strings.Contains(body, `id="okrportal-errors"`))
	}
	if !strings.Contains(ts.log.String(), objFile+":3") {
		t.Errorf("the terminal does not show the error:\n%s", ts.log.String())
	}
	// Assets of the last good site are still served.
	if resp, _ := ts.get("/assets/style.css"); resp.StatusCode != http.StatusOK {
		t.Errorf("style.css while broken: status %d", resp.StatusCode)
	}
	ts.write(objFile, objective("Fixed again"))
	ts.waitFor(ev, "the portal back", ts.pageHas(objPage, http.StatusOK, "Fixed again"))
	for _, path := range []string{"/", objPage} {
		if resp, body := ts.get(path); resp.StatusCode != http.StatusOK || strings.Contains(body, "okrportal-errors") {
			t.Errorf("%s after the fix: status %d, overlay still there: %v", path, resp.StatusCode, strings.Contains(body, "okrportal-errors"))
		}
	}
}

func TestStartsWithErrors(t *testing.T) {
	dir := t.TempDir() + "/src"
	copyTree(t, testPortal, dir)
	os.WriteFile(dir+"/"+objFile, []byte("---\ntitle: [unclosed\n---\n"), 0o644)
	ts := serveDir(t, dir)
	resp, body := ts.get("/")
	if resp.StatusCode != http.StatusInternalServerError || !strings.Contains(body, objFile) {
		t.Fatalf("GET / = %d, want the error page naming %s:\n%s", resp.StatusCode, objFile, body)
	}
	if resp, _ := ts.get("/assets/style.css"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("style.css before any good build: status %d, want 404", resp.StatusCode)
	}
	ev := ts.events()
	ts.write(objFile, objective("Now it parses"))
	ts.waitFor(ev, "the portal", ts.pageHas(objPage, http.StatusOK, "Now it parses"))
}

func TestBurstOfWrites(t *testing.T) {
	ts := startServer(t, testPortal)
	ev := ts.events()
	const n = 200
	for i := range n {
		ts.write(objFile, objective(fmt.Sprintf("Burst %d", i)))
	}
	last := fmt.Sprintf("Burst %d", n-1)
	ts.waitFor(ev, "the last write", ts.pageHas(objPage, http.StatusOK, last))
	if resp, _ := ts.get("/"); resp.StatusCode != http.StatusOK {
		t.Errorf("home after the burst: status %d", resp.StatusCode)
	}
}

func TestThemeFolderIsWatched(t *testing.T) {
	dir := t.TempDir() + "/src"
	copyTree(t, testPortal, dir)
	theme := t.TempDir() // outside the source folder
	os.MkdirAll(theme+"/assets", 0o755)
	os.WriteFile(theme+"/assets/style.css", []byte("body { color: red }\n"), 0o644)
	os.WriteFile(dir+"/portal.yaml", []byte("title: Test OKRs\ncurrent_period: 2026-Q4\ntheme: "+theme+"\n"), 0o644)
	ts := serveDir(t, dir)
	if _, body := ts.get("/assets/style.css"); !strings.Contains(body, "color: red") {
		t.Fatalf("the theme's style.css is not served: %q", body)
	}
	ev := ts.events()
	os.WriteFile(theme+"/assets/style.css", []byte("body { color: green }\n"), 0o644)
	ts.waitFor(ev, "the edited theme", ts.pageHas("/assets/style.css", http.StatusOK, "color: green"))
}

func TestPolling(t *testing.T) {
	ts := startServer(t, testPortal, func(o *Options) { o.Poll = 10 * time.Millisecond })
	ev := ts.events()
	ts.write(objFile, objective("Found by polling"))
	ts.waitFor(ev, "the polled change", ts.pageHas(objPage, http.StatusOK, "Found by polling"))
	ts.write("teams/new/sub.md", "---\nname: Polled Team\n---\n")
	ts.waitFor(ev, "the polled new folder", ts.pageHas("/teams/new/sub/", http.StatusOK, "Polled Team"))
}

// brokenWatcher fails at once, as fsnotify does when the system runs out
// of watches.
type brokenWatcher struct{}

func (brokenWatcher) run(context.Context) error { return errors.New("out of watches") }

func (brokenWatcher) sync() error { return nil }

func TestFallsBackToPolling(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, testPortal, dir)
	log := &syncBuffer{}
	s := &Server{sourceDir: dir, roots: newRoots(dir), changes: newChanges(), log: &logger{err: log}}
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	done := make(chan struct{})
	go func() { defer close(done); s.watch(ctx, brokenWatcher{}) }()
	defer func() { cancel(); <-done }()
	// First the catch-up: everything may have changed while switching.
	if paths, ok := s.changes.next(ctx, time.Millisecond, 10*time.Millisecond); !ok || !slices.Contains(paths, dir) {
		t.Fatalf("no catch-up rebuild after the fallback (%v)", paths)
	}
	target := filepath.Join(dir, filepath.FromSlash(objFile))
	os.WriteFile(target, []byte(objective("Polled after the fallback")), 0o644)
	for {
		paths, ok := s.changes.next(ctx, time.Millisecond, 10*time.Millisecond)
		if !ok {
			t.Fatalf("the poller did not report %s", target)
		}
		if slices.Contains(paths, target) {
			break
		}
	}
	if !strings.Contains(log.String(), "polling every") {
		t.Errorf("the fallback was not announced: %q", log.String())
	}
}

func TestShutdownWithOpenStream(t *testing.T) {
	dir := t.TempDir() + "/src"
	copyTree(t, testPortal, dir)
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := Start(ctx, Options{Site: site.Options{Source: dir, Today: testToday}, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{t: t, dir: dir, srv: srv, log: &syncBuffer{}}
	ev := ts.events()
	cancel()
	if err := srv.Wait(); err != nil {
		t.Fatalf("Wait: %v", err)
	}
	for range ev { // the stream ends with the server
	}
}

func TestPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, err = Start(context.Background(), Options{Site: site.Options{Source: testPortal, Today: testToday}, Addr: ln.Addr().String()})
	var le *ListenError
	if !errors.As(err, &le) || !le.InUse() {
		t.Fatalf("Start on a taken port: %v, want a ListenError in use", err)
	}
	if !strings.Contains(le.Error(), "-p 0") {
		t.Errorf("the message does not say how to fix it: %s", le)
	}
}

func TestUnreadableSource(t *testing.T) {
	_, err := Start(context.Background(), Options{Site: site.Options{Source: t.TempDir() + "/missing"}, Addr: "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("Start on a missing folder: %v", err)
	}
}

func rename(t *testing.T, from, to string) {
	t.Helper()
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

// TestBuildOutputHasNoReloadScript guards the other side: the script
// belongs to served pages only.
func TestBuildOutputHasNoReloadScript(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	_, _, err := site.Build(context.Background(), site.BuildOptions{Options: site.Options{Source: testPortal, Today: testToday}, Dest: dest})
	if err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(dest, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, _ := os.ReadFile(path); strings.Contains(string(data), "_okrportal") {
				t.Errorf("%s mentions the live-reload endpoints", path)
			}
		}
		return nil
	})
}

func TestStaticOnlyChangeSkipsRendering(t *testing.T) {
	var mu sync.Mutex
	var last Report
	ts := startServer(t, testPortal, func(o *Options) {
		o.OnBuild = func(r Report) { mu.Lock(); last = r; mu.Unlock() }
	})
	ev := ts.events()
	ts.write("static/hello.txt", "hello again, longer than before")
	ts.waitFor(ev, "the new static file", ts.pageHas("/hello.txt", http.StatusOK, "hello again"))
	ts.write("static/img/new.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
	ts.waitFor(ev, "a static file in a new folder", ts.pageHas("/img/new.svg", http.StatusOK, "<svg"))
	mu.Lock()
	if last.Load != 0 || last.Prepare != 0 || last.Pages == 0 {
		t.Errorf("a static-only change loaded or prepared the portal: %+v", last)
	}
	mu.Unlock()
	// A page edit after that still renders.
	ts.write(objFile, objective("After static"))
	ts.waitFor(ev, "the page edit", ts.pageHas(objPage, http.StatusOK, "After static"))
}

// TestRenderErrorOnRequest checks a theme layout that parses but fails
// when executed: pages render on request, so the build succeeds, the
// pages of that layout answer with the error page (the error reaching
// the terminal once), the others are served, and fixing the theme
// brings the pages back.
func TestRenderErrorOnRequest(t *testing.T) {
	dir := t.TempDir() + "/src"
	copyTree(t, testPortal, dir)
	theme := t.TempDir()
	os.MkdirAll(theme+"/layouts", 0o755)
	os.WriteFile(theme+"/layouts/team.html", []byte(`{{ define "main" }}{{ .Nope }}{{ end }}`), 0o644)
	os.WriteFile(dir+"/portal.yaml", []byte("title: Test OKRs\ncurrent_period: 2026-Q4\ntheme: "+theme+"\n"), 0o644)
	ts := serveDir(t, dir)
	for range 2 {
		resp, body := ts.get("/teams/web/")
		if resp.StatusCode != http.StatusInternalServerError || !strings.Contains(body, "teams/web/index.html") || !strings.Contains(body, scriptPath) {
			t.Fatalf("GET /teams/web/ = %d, want the error page naming the page, with the reload script:\n%s", resp.StatusCode, body)
		}
	}
	if n := strings.Count(ts.log.String(), "render teams/web/index.html"); n != 1 {
		t.Errorf("the render error is in the log %d times, want once:\n%s", n, ts.log.String())
	}
	if resp, _ := ts.get(objPage); resp.StatusCode != http.StatusOK {
		t.Errorf("objective page with a broken team layout: status %d", resp.StatusCode)
	}
	ev := ts.events()
	os.Remove(theme + "/layouts/team.html")
	ts.waitFor(ev, "the team page back", ts.pageHas("/teams/web/", http.StatusOK, "Web Team"))
}
