package source

import (
	"path/filepath"
	"testing"
)

// TestJoin: join is filepath.Join for a clean folder and an entry's name.
func TestJoin(t *testing.T) {
	for _, c := range [][2]string{{"/", "a"}, {"/src", "okrs"}, {"/src/okrs/2026-Q4", "x.md"}, {"/a b", "c d.md"}} {
		dir, name := filepath.FromSlash(c[0]), c[1]
		if got, want := join(dir, name), filepath.Join(dir, name); got != want {
			t.Errorf("join(%q, %q) = %q, want %q", dir, name, got, want)
		}
	}
}
