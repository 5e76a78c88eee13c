package main

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"
)

// fixtureDirIn writes the files of testdata/<folder>/<name>.txtar to a
// temporary folder and returns its path.
func fixtureDirIn(t *testing.T, folder, name string) string {
	t.Helper()
	a, err := txtar.ParseFile(filepath.Join("testdata", folder, name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "content")
	for _, f := range a.Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
