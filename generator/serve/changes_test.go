package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/site"
)

func TestSkipName(t *testing.T) {
	tests := map[string]bool{
		"fast.md":             false,
		"portal.yaml":         false,
		"logo.svg":            false,
		".fast.md.swp":        true,
		"fast.md.swp":         true,
		"fast.md~":            true,
		"4913":                true,
		"#fast.md#":           true,
		".#fast.md":           true,
		"fast.md.tmp":         true,
		"fast.md___jb_tmp___": true,
		"fast.md___jb_old___": true,
		".git":                true,
		".DS_Store":           true,
		"fast.md.kate-swp":    false, // hidden as .fast.md.kate-swp in practice
		".goutputstream-ABC":  true,
		"2026-Q4":             false,
		"sub.folder":          false,
	}
	for name, want := range tests {
		if got := skipName(name); got != want {
			t.Errorf("skipName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestRootsRelevant(t *testing.T) {
	src := filepath.FromSlash("/p/content")
	theme := filepath.FromSlash("/p/theme")
	r := newRoots(src, theme, "")
	tests := map[string]bool{
		"/p/content":                            true,
		"/p/content/portal.yaml":                true,
		"/p/content/okrs/2026-Q4/x/y.md":        true,
		"/p/content/okrs/2026-Q4/x/.y.md.swp":   false,
		"/p/content/.git/index":                 false,
		"/p/content/okrs/_drafts/y.md":          false,
		"/p/theme/layouts/home.html":            true,
		"/p/theme/layouts/home.html~":           false,
		"/p/contents/x.md":                      false,
		"/p/public/index.html":                  false,
		"/elsewhere/portal.yaml":                false,
		"/p/content/static/img/logo.png":        true,
		"/p/content/okrs/a.md___jb_old___":      false,
		"/p/content/teams/new-folder":           true,
		"/p/content/teams/new-folder/4913":      false,
		"/p/content/okrs/2026-Q4/web/fast.md.1": true,
	}
	for path, want := range tests {
		if got := r.relevant(filepath.FromSlash(path)); got != want {
			t.Errorf("relevant(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestRootsSetSignalsChanges(t *testing.T) {
	r := newRoots("/a")
	<-r.changed // the first set
	r.set("/a", "")
	select {
	case <-r.changed:
		t.Error("setting the same roots signalled a change")
	default:
	}
	r.set("/a", "/b")
	select {
	case <-r.changed:
	default:
		t.Error("adding a root did not signal")
	}
}

func TestChangesCoalesce(t *testing.T) {
	c := newChanges()
	for i := range 100 {
		c.add(fmt.Sprintf("/f%d", i%10))
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	paths, ok := c.next(ctx, time.Millisecond, time.Second)
	if !ok || len(paths) != 10 {
		t.Fatalf("next = %v, %v; want the 10 distinct paths in one batch", paths, ok)
	}
	cancel()
	if _, ok := c.next(ctx, time.Millisecond, time.Second); ok {
		t.Error("next returned after its context ended")
	}
}

func TestRacyCache(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "x.md")
	os.WriteFile(file, []byte("x"), 0o644)
	info, _ := os.Stat(file)
	m := info.ModTime()
	tests := []struct {
		name       string
		start, end time.Time
		want       bool
	}{
		{"no read yet", time.Time{}, time.Time{}, false},
		{"written during the read", m.Add(-time.Millisecond), m.Add(time.Millisecond), true},
		{"written just after the read", m.Add(-10 * time.Millisecond), m.Add(-5 * time.Millisecond), true},
		{"written long after the read", m.Add(-time.Hour), m.Add(-time.Hour + time.Second), false},
		{"written before the read", m.Add(time.Hour), m.Add(time.Hour + time.Second), false},
	}
	for _, tt := range tests {
		b := &builder{readStart: tt.start, readEnd: tt.end}
		if got := b.racy([]string{file, filepath.Join(dir, "gone.md")}); got != tt.want {
			t.Errorf("%s: racy = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// testSite loads the portal in dir and prepares it as the server does.
func testSite(t *testing.T, dir string) *memSite {
	t.Helper()
	p, list, err := site.Load(context.Background(), site.Options{Source: dir, Today: testToday})
	if err != nil || list.HasErrors() {
		t.Fatalf("loading %s: %v %v", dir, err, list.Errors())
	}
	plan, err := render.Prepare(context.Background(), p, site.RenderOptions(p, nil, "test"))
	if err != nil {
		t.Fatal(err)
	}
	return newMemSite(plan, p.StaticDir)
}

func TestPageChanges(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "src")
	copyTree(t, testPortal, dir)
	old := testSite(t, dir)
	if added, removed := old.pageChanges(nil); added != old.pages || removed != 0 || old.pages == 0 {
		t.Errorf("against nothing: %d added, %d removed; want all %d added", added, removed, old.pages)
	}
	if added, removed := old.pageChanges(old); added != 0 || removed != 0 {
		t.Errorf("against itself: %d added, %d removed", added, removed)
	}
	// A new team in a new folder brings its team page and the objective
	// page; the removed objective takes its page and that of its owner,
	// who has no file of their own.
	os.MkdirAll(filepath.Join(dir, "teams", "ops"), 0o755)
	os.WriteFile(filepath.Join(dir, "teams", "ops", "infra.md"), []byte("---\nname: Infrastructure\n---\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "okrs", "2026-Q4", "infra"), 0o755)
	os.WriteFile(filepath.Join(dir, "okrs", "2026-Q4", "infra", "up.md"), []byte("---\ntitle: Stay up\nteam: infra\n---\n"), 0o644)
	os.Remove(filepath.Join(dir, filepath.FromSlash(objFile)))
	next := testSite(t, dir)
	added, removed := next.pageChanges(old)
	if added != 2 || removed != 2 {
		t.Errorf("pageChanges = %d added, %d removed; want 2 and 2", added, removed)
	}
	for _, rel := range []string{"teams/ops/infra/index.html", "people/sam/index.html"} {
		if next.plan.Has(rel) == old.plan.Has(rel) {
			t.Errorf("%s: in the old site %v, in the new one %v", rel, old.plan.Has(rel), next.plan.Has(rel))
		}
	}
}

func TestStaticChanged(t *testing.T) {
	base := map[string]staticFile{"s": {size: 1}, "t": {size: 1}}
	tests := []struct {
		name string
		now  map[string]staticFile
		want bool
	}{
		{"same", map[string]staticFile{"s": {size: 1}, "t": {size: 1}}, false},
		{"resized", map[string]staticFile{"s": {size: 1}, "t": {size: 2}}, true},
		{"touched", map[string]staticFile{"s": {size: 1}, "t": {size: 1, mtime: time.Unix(1, 0)}}, true},
		{"added", map[string]staticFile{"s": {size: 1}, "t": {size: 1}, "u": {}}, true},
		{"removed", map[string]staticFile{"s": {size: 1}}, true},
		{"renamed", map[string]staticFile{"s": {size: 1}, "u": {size: 1}}, true},
	}
	for _, tt := range tests {
		if got := staticChanged(base, tt.now); got != tt.want {
			t.Errorf("%s: staticChanged = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPageCacheRendersOnce asks for the same files from many goroutines:
// each is made once, one caller learns it made it, and a failure is
// kept like a success.
func TestPageCacheRendersOnce(t *testing.T) {
	c := &pageCache{files: map[string]*renderedFile{}}
	var made sync.Map // rel → *atomic.Int32
	boom := errors.New("boom")
	mk := func(rel string, w *bytes.Buffer) error {
		n, _ := made.LoadOrStore(rel, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
		if rel == "bad" {
			return boom
		}
		w.WriteString("<" + rel + ">")
		return nil
	}
	rels := []string{"a", "b", "bad"}
	var fresh [3]atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, rel := range rels {
				data, first, err := c.get(rel, mk)
				if first {
					fresh[i].Add(1)
				}
				switch {
				case rel == "bad" && !errors.Is(err, boom):
					t.Errorf("get(bad) = %v, want the render error", err)
				case rel != "bad" && (err != nil || string(data) != "<"+rel+">"):
					t.Errorf("get(%s) = %q, %v", rel, data, err)
				}
			}
		}()
	}
	wg.Wait()
	for i, rel := range rels {
		n, _ := made.Load(rel)
		if got := n.(*atomic.Int32).Load(); got != 1 {
			t.Errorf("%s made %d times, want once", rel, got)
		}
		if got := fresh[i].Load(); got != 1 {
			t.Errorf("%s reported fresh %d times, want once", rel, got)
		}
	}
}

// A site okrportal built inside the source (public/ in a portal folder
// that is its own source) is not watched: no build reads it, and a large
// one would use up the system's watches.
func TestWatcherSkipsOutput(t *testing.T) {
	root := t.TempDir()
	for _, dir := range []string{"okrs/2026-Q4", "public/objectives/a", "static/img"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "public", ".okrportal"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := newFSWatcher(newRoots(root), func(string) {})
	if err != nil {
		t.Fatal(err)
	}
	defer w.w.Close()
	for _, dir := range []string{"", "okrs", "okrs/2026-Q4", "static/img"} {
		if !w.watched[filepath.Join(root, dir)] {
			t.Errorf("%s/ is not watched", dir)
		}
	}
	for _, dir := range []string{"public", "public/objectives/a"} {
		if w.watched[filepath.Join(root, dir)] {
			t.Errorf("%s/ is watched, but it is a built site", dir)
		}
	}
}
