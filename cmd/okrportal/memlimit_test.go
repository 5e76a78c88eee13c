package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSourceBytes(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"portal.yaml": 10, "okrs/q4/eng/a.md": 300, "teams/eng.md": 25} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := sourceBytes(dir); got != 335 {
		t.Errorf("sourceBytes = %d, want 335", got)
	}
	if got := sourceBytes(filepath.Join(dir, "missing")); got != 0 {
		t.Errorf("sourceBytes of a missing folder = %d, want 0", got)
	}
}
