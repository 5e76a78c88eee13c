package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The README's benchmarks start from bench/synth.py: its organisation must
// be a portal without errors.
func TestBenchSynthWritesAValidPortal(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3 to run bench/synth.py")
	}
	out := t.TempDir()
	if msg, err := exec.Command(python, filepath.Join("..", "..", "bench", "synth.py"), "--objectives", "48", "--out", out).CombinedOutput(); err != nil {
		t.Fatalf("synth.py: %v\n%s", err, msg)
	}
	code, _, stderr := runCommand("check", "-s", filepath.Join(out, "okrportal"), "--today", "2026-11-20")
	if code != 0 || !strings.Contains(stderr, "0 errors") || !strings.Contains(stderr, "(48 objectives checked)") {
		t.Errorf("check of the synthetic portal: exit %d\n%s", code, stderr)
	}
}
