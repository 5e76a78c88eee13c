package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// snapshot maps every path under dir (slash-separated, relative) to a
// description of the entry: its mode and, for files, content; for symlinks,
// target.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	snap := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		desc := info.Mode().String()
		switch {
		case info.Mode().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			desc += " " + string(data)
		case info.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			desc += " -> " + target
		}
		snap[filepath.ToSlash(rel)] = desc
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// writeTree creates files (slash-separated path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	list, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name())
	}
	return names
}

func mustBegin(t *testing.T, dest string, force bool) *Writer {
	t.Helper()
	w, err := Begin(dest, force)
	if err != nil {
		t.Fatalf("Begin(%q, %v): %v", dest, force, err)
	}
	t.Cleanup(func() { _ = w.Abort() })
	return w
}

func TestWritePathRejection(t *testing.T) {
	w := mustBegin(t, filepath.Join(t.TempDir(), "public"), false)
	tests := []struct {
		rel string
		ok  bool
	}{
		{"index.html", true},
		{"teams/eng/platform/index.html", true},
		{".well-known/security.txt", true},
		{"x/.okrportal", true},
		{"a..b/c...", true},
		{"", false},
		{"/etc/passwd", false},
		{"..", false},
		{".", false},
		{"../x", false},
		{"a/../../x", false},
		{"a/..", false},
		{"./a", false},
		{"a/./b", false},
		{"a//b", false},
		{"a/", false},
		{`a\b`, false},
		{`..\x`, false},
		{"a\x00b", false},
		{MarkerName, false},
	}
	for _, tt := range tests {
		err := w.Write(tt.rel, []byte("x"))
		if tt.ok && err != nil {
			t.Errorf("Write(%q) = %v, want success", tt.rel, err)
		}
		if !tt.ok && !errors.Is(err, ErrInvalidPath) {
			t.Errorf("Write(%q) = %v, want ErrInvalidPath", tt.rel, err)
		}
	}
	if got, want := w.Files(), 5; got != want {
		t.Errorf("Files() = %d, want %d", got, want)
	}
}

func TestCommitSwapsInNewBuild(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	writeTree(t, dest, map[string]string{MarkerName: "old marker", "old.html": "old", "teams/a/index.html": "old a"})

	w := mustBegin(t, dest, false)
	for rel, data := range map[string]string{"index.html": "home", "teams/b/index.html": "b"} {
		if err := w.Write(rel, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		".":                  "drwxr-xr-x",
		MarkerName:           "-rw-r--r-- " + markerText,
		"index.html":         "-rw-r--r-- home",
		"teams":              "drwxr-xr-x",
		"teams/b":            "drwxr-xr-x",
		"teams/b/index.html": "-rw-r--r-- b",
	}
	if got := snapshot(t, dest); !reflect.DeepEqual(got, want) {
		t.Errorf("after Commit dest = %v, want %v", got, want)
	}
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{"public"}) {
		t.Errorf("parent holds %v, want only public (no temporary or old folders)", got)
	}
	if err := w.Abort(); err != nil {
		t.Errorf("Abort after Commit = %v, want nil", err)
	}
	if err := w.Write("late.html", nil); !errors.Is(err, ErrClosed) {
		t.Errorf("Write after Commit = %v, want ErrClosed", err)
	}
	if err := w.Commit(); !errors.Is(err, ErrClosed) {
		t.Errorf("second Commit = %v, want ErrClosed", err)
	}
}

func TestAbortLeavesOldOutputByteIdentical(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	writeTree(t, dest, map[string]string{MarkerName: markerText, "index.html": "old home", "a/b/c.css": "body{}"})
	before := snapshot(t, dest)

	w := mustBegin(t, dest, false)
	if err := w.Write("index.html", []byte("new home")); err != nil {
		t.Fatal(err)
	}
	if err := w.Write("new/page.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if after := snapshot(t, dest); !reflect.DeepEqual(after, before) {
		t.Errorf("after Abort dest = %v, want unchanged %v", after, before)
	}
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{"public"}) {
		t.Errorf("parent holds %v, want only public", got)
	}
	if err := w.Commit(); !errors.Is(err, ErrClosed) {
		t.Errorf("Commit after Abort = %v, want ErrClosed", err)
	}
	if err := w.Abort(); err != nil {
		t.Errorf("second Abort = %v, want nil", err)
	}
}

func TestBeginDestinationStates(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dest string)
		force   bool
		wantErr string // "" for success
	}{
		{"missing", func(*testing.T, string) {}, false, ""},
		{"missing parents", func(*testing.T, string) {}, false, ""},
		{"empty", func(t *testing.T, dest string) { mkdir(t, dest) }, false, ""},
		{"marked", func(t *testing.T, dest string) { writeTree(t, dest, map[string]string{MarkerName: "", "x": "y"}) }, false, ""},
		{"unmarked", func(t *testing.T, dest string) { writeTree(t, dest, map[string]string{"notes.txt": "mine"}) }, false, "--force"},
		{"unmarked forced", func(t *testing.T, dest string) { writeTree(t, dest, map[string]string{"notes.txt": "mine"}) }, true, ""},
		{"marker is a folder", func(t *testing.T, dest string) { writeTree(t, dest, map[string]string{MarkerName + "/x": ""}) }, false, "--force"},
		{"file", func(t *testing.T, dest string) { writeTree(t, filepath.Dir(dest), map[string]string{"public": "x"}) }, true, "not a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "site", "public")
			if tt.name != "missing parents" {
				mkdir(t, filepath.Dir(dest))
			}
			tt.setup(t, dest)
			w, err := Begin(dest, tt.force)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), dest) {
					t.Fatalf("Begin = %v, want an error naming %q and containing %q", err, dest, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Begin = %v", err)
			}
			if err := w.Write("index.html", []byte("new")); err != nil {
				t.Fatal(err)
			}
			if err := w.Commit(); err != nil {
				t.Fatal(err)
			}
			want := map[string]string{".": "drwxr-xr-x", MarkerName: "-rw-r--r-- " + markerText, "index.html": "-rw-r--r-- new"}
			if got := snapshot(t, dest); !reflect.DeepEqual(got, want) {
				t.Errorf("dest = %v, want %v", got, want)
			}
		})
	}
}

func mkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestCommitKeepsFolderPermissions(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	writeTree(t, dest, map[string]string{MarkerName: ""})
	if err := os.Chmod(dest, 0o750); err != nil {
		t.Fatal(err)
	}
	w := mustBegin(t, dest, false)
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(dest); err != nil || info.Mode().Perm() != 0o750 {
		t.Errorf("dest mode = %v, %v; want 0750 kept", info.Mode(), err)
	}
}

func TestUnmarkedRefusalIsErrUnmarked(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "docs")
	writeTree(t, dest, map[string]string{"precious.txt": "keep me"})
	before := snapshot(t, dest)
	_, err := Begin(dest, false)
	if !errors.Is(err, ErrUnmarkedDestination) {
		t.Fatalf("Begin = %v, want ErrUnmarkedDestination", err)
	}
	if after := snapshot(t, dest); !reflect.DeepEqual(after, before) {
		t.Errorf("refused Begin changed dest: %v", after)
	}
}

func TestCommitRechecksDestination(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	w := mustBegin(t, dest, false)
	// Someone puts their own files there while the build runs.
	writeTree(t, dest, map[string]string{"precious.txt": "keep me"})
	before := snapshot(t, dest)
	if err := w.Commit(); !errors.Is(err, ErrUnmarkedDestination) {
		t.Fatalf("Commit = %v, want ErrUnmarkedDestination", err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if after := snapshot(t, dest); !reflect.DeepEqual(after, before) {
		t.Errorf("refused Commit changed dest: %v", after)
	}
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{"public"}) {
		t.Errorf("parent holds %v, want only public", got)
	}
}

func TestSymlinkedDestinationKeepsLink(t *testing.T) {
	parent := t.TempDir()
	real := filepath.Join(parent, "www")
	writeTree(t, real, map[string]string{MarkerName: "", "old.html": "old"})
	link := filepath.Join(parent, "public")
	if err := os.Symlink("www", link); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	w := mustBegin(t, link, false)
	if err := w.Write("new.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if target, err := os.Readlink(link); err != nil || target != "www" {
		t.Errorf("link = %q, %v; want it still pointing to www", target, err)
	}
	got := snapshot(t, real)
	if _, ok := got["new.html"]; !ok || got["old.html"] != "" {
		t.Errorf("www = %v, want the new build", got)
	}
}

func TestWriteTwiceIsAnError(t *testing.T) {
	w := mustBegin(t, filepath.Join(t.TempDir(), "public"), false)
	if err := w.Write("a/index.html", []byte("1")); err != nil {
		t.Fatal(err)
	}
	if err := w.Write("a/index.html", []byte("2")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second Write = %v, want fs.ErrExist", err)
	}
	if err := w.Write("a/index.html/x", []byte("3")); err == nil {
		t.Error("Write below a file succeeded")
	}
}

func TestConcurrentWrites(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	w := mustBegin(t, dest, false)
	const workers, perWorker = 8, 100
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for g := range workers {
		wg.Go(func() {
			for i := range perWorker {
				// Folders shared between workers, files unique.
				rel := fmt.Sprintf("objectives/p%d/t%d/o%d-%d/index.html", i%3, i%7, g, i)
				if err := w.Write(rel, []byte(rel)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if got := w.Files(); got != workers*perWorker {
		t.Errorf("Files() = %d, want %d", got, workers*perWorker)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	files := 0
	for rel, desc := range snapshot(t, dest) {
		if strings.HasSuffix(rel, "index.html") {
			files++
			if want := "-rw-r--r-- " + rel; desc != want {
				t.Errorf("%s = %q, want %q", rel, desc, want)
			}
		}
	}
	if files != workers*perWorker {
		t.Errorf("dest has %d pages, want %d", files, workers*perWorker)
	}
}

// TestCreateWritesInPieces checks Create: the file is written in pieces,
// counted once closed, checked like Write's paths, and refused after
// Commit.
func TestCreateWritesInPieces(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	w, err := Begin(dest, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Create("../escape.json"); !errors.Is(err, ErrInvalidPath) {
		t.Errorf("Create(../escape.json) = %v, want ErrInvalidPath", err)
	}
	f, err := w.Create("data/big.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, piece := range []string{"[1,", "2,", "3]\n"} {
		if _, err := f.Write([]byte(piece)); err != nil {
			t.Fatal(err)
		}
	}
	if w.Files() != 0 {
		t.Errorf("Files() = %d before Close, want 0", w.Files())
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if w.Files() != 1 {
		t.Errorf("Files() = %d after Close, want 1", w.Files())
	}
	if _, err := w.Create("data/big.json"); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second Create of the same file = %v, want fs.ErrExist", err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dest, "data", "big.json"))
	if err != nil || string(got) != "[1,2,3]\n" {
		t.Errorf("data/big.json = %q, %v; want the pieces in order", got, err)
	}
	if _, err := w.Create("late.json"); !errors.Is(err, ErrClosed) {
		t.Errorf("Create after Commit = %v, want ErrClosed", err)
	}
}
