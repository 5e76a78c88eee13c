package main

import (
	"fmt"
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

// TestSourceBytesEstimatesLargeFolders checks the sampled estimate on a
// folder of more files than are measured.
func TestSourceBytesEstimatesLargeFolders(t *testing.T) {
	dir := t.TempDir()
	for i := range 500 {
		name := filepath.Join(dir, "okrs", string(rune('a'+i%20)), fmt.Sprintf("%d.md", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, make([]byte, 1000+i%7*100), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := int64(0)
	for i := range 500 {
		want += int64(1000 + i%7*100)
	}
	if got := sourceBytes(dir); got < want*9/10 || got > want*11/10 {
		t.Errorf("sourceBytes = %d, want within 10%% of %d", got, want)
	}
}
