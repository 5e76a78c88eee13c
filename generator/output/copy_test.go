package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCopyDir(t *testing.T) {
	base := t.TempDir()
	static := filepath.Join(base, "content", "static")
	writeTree(t, static, map[string]string{"logo.svg": "<svg/>", "img/team/a.png": "png"})
	writeTree(t, base, map[string]string{"secret.txt": "do not publish"})
	mkdir(t, filepath.Join(static, "empty"))
	links := map[string]string{
		"inside.png":     "img/team/a.png",   // copied as a file
		"outside.txt":    "../../secret.txt", // leaves static: skipped
		"absolute.txt":   filepath.Join(base, "secret.txt"),
		"dangling.txt":   "nowhere.txt",    // skipped
		"img/folder":     "team",           // symlink to a folder: skipped
		"img/team/up.sv": "../../logo.svg", // inside: copied
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(static, filepath.FromSlash(name))); err != nil {
			t.Skip("symlinks unavailable:", err)
		}
	}
	dest := filepath.Join(base, "public")
	w := mustBegin(t, dest, false)
	if err := w.CopyDir(static, "static"); err != nil {
		t.Fatal(err)
	}
	if err := w.Write("index.html", []byte("home")); err != nil {
		t.Fatal(err)
	}
	if got, want := w.Files(), 5; got != want {
		t.Errorf("Files() = %d, want %d", got, want)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		".":                     "drwxr-xr-x",
		MarkerName:              "-rw-r--r-- " + markerText,
		"index.html":            "-rw-r--r-- home",
		"static":                "drwxr-xr-x",
		"static/logo.svg":       "-rw-r--r-- <svg/>",
		"static/inside.png":     "-rw-r--r-- png",
		"static/empty":          "drwxr-xr-x",
		"static/img":            "drwxr-xr-x",
		"static/img/team":       "drwxr-xr-x",
		"static/img/team/a.png": "-rw-r--r-- png",
		"static/img/team/up.sv": "-rw-r--r-- <svg/>",
	}
	if got := snapshot(t, dest); !reflect.DeepEqual(got, want) {
		t.Errorf("dest = %v\nwant %v", got, want)
	}
	var skipped []string
	for _, s := range w.Skipped() {
		skipped = append(skipped, s.Path)
	}
	wantSkipped := []string{
		filepath.Join(static, "absolute.txt"), filepath.Join(static, "dangling.txt"),
		filepath.Join(static, "img", "folder"), filepath.Join(static, "outside.txt"),
	}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("Skipped() = %v, want %v", skipped, wantSkipped)
	}
}

func TestCopyDirToRootAndCollisions(t *testing.T) {
	base := t.TempDir()
	static := filepath.Join(base, "static")
	writeTree(t, static, map[string]string{"robots.txt": "ok", "404.html": "mine"})
	w := mustBegin(t, filepath.Join(base, "public"), false)
	if err := w.Write("404.html", []byte("generated")); err != nil {
		t.Fatal(err)
	}
	if err := w.CopyDir(static, ""); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CopyDir over a written page = %v, want fs.ErrExist", err)
	}
}

func TestCopyDirEdgeCases(t *testing.T) {
	base := t.TempDir()
	w := mustBegin(t, filepath.Join(base, "public"), false)
	if err := w.CopyDir(filepath.Join(base, "missing"), "static"); err != nil {
		t.Errorf("CopyDir(missing) = %v, want nil", err)
	}
	writeTree(t, base, map[string]string{"file": "x", "marked/" + MarkerName: "x"})
	if err := w.CopyDir(filepath.Join(base, "file"), ""); err == nil {
		t.Error("CopyDir(a file) succeeded")
	}
	if err := w.CopyDir(filepath.Join(base, "marked"), ""); !errors.Is(err, ErrInvalidPath) {
		t.Errorf("CopyDir of a marker into the root = %v, want ErrInvalidPath", err)
	}
	if err := w.CopyDir(filepath.Join(base, "marked"), "../x"); !errors.Is(err, ErrInvalidPath) {
		t.Errorf("CopyDir with prefix ../x = %v, want ErrInvalidPath", err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := w.CopyDir(filepath.Join(base, "marked"), "m"); !errors.Is(err, ErrClosed) {
		t.Errorf("CopyDir after Abort = %v, want ErrClosed", err)
	}
}
