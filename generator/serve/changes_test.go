package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
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

func TestMemSiteDiff(t *testing.T) {
	old := &memSite{
		files:  map[string][]byte{"a": []byte("1"), "b": []byte("2"), "gone": []byte("3")},
		static: map[string]staticFile{"s": {size: 1}, "t": {size: 1}},
	}
	next := &memSite{
		files:  map[string][]byte{"a": []byte("1"), "b": []byte("changed"), "new": []byte("4")},
		static: map[string]staticFile{"s": {size: 1}, "t": {size: 2}},
	}
	// b changed, gone removed, new added, t changed.
	if n := next.diff(old); n != 4 {
		t.Errorf("diff = %d, want 4", n)
	}
	if &next.files["a"][0] != &old.files["a"][0] {
		t.Error("an unchanged file does not share the old copy")
	}
	if n := next.diff(nil); n != 5 {
		t.Errorf("diff against nothing = %d, want 5", n)
	}
}
