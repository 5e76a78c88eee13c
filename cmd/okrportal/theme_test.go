package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestThemeEject(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "theme")
	code, stdout, stderr := runCommand("theme", "eject", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, dir) {
		t.Errorf("stdout = %q, want the folder named", stdout)
	}
	for _, f := range []string{"layouts/baseof.html", "layouts/objective.html", "assets/style.css"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	if code, _, _ := runCommand("theme", "eject", dir); code == 0 {
		t.Error("ejecting over an ejected theme succeeded")
	}
	if code, _, _ := runCommand("theme", "export", dir); code != 2 {
		t.Errorf("theme export: exit %d, want 2", code)
	}
}
