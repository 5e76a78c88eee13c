package main

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"
)

// The exit codes 0, 1, 2 and 3 of every command are checked by the scripts
// in testdata/script; these tests check what a script cannot do on cue.

const demoPortal = "../../content"

var updateGolden = flag.Bool("update", false, "rewrite the files that a failing cmp of a script compares with")

// runCommand runs okrportal in-process with args and returns its exit
// code, standard output and standard error.
func runCommand(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
	return code, stdout.String(), stderr.String()
}

// A build stopped by Ctrl-C exits 130 and says what it left behind, not
// "context canceled" (TestSIGTERMEndsABuild sends a real signal).
func TestInterruptedBuildExits130(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"build", "-s", demoPortal, "-d", filepath.Join(t.TempDir(), "out")}, env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
	out := stdout.String() + stderr.String()
	if code != exitInterrupted || !strings.Contains(out, "build interrupted") || strings.Contains(out, "context canceled") {
		t.Errorf("exit %d, want %d with %q (and not %q) in:\n%s", code, exitInterrupted, "build interrupted", "context canceled", out)
	}
}
