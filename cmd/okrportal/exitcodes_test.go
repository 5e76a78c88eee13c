package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const demoPortal = "../../content"

func TestExitCodes(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		ctx    context.Context
		epoch  string
		args   []string
		code   int
		want   string
		refuse string // must not be in the output
	}{
		{"ok", context.Background(), "", []string{"check", "-s", demoPortal}, exitOK, "0 errors", ""},
		{"usage", context.Background(), "", []string{"build", "--nope"}, exitUsage, "unknown flag", ""},
		{"malformed SOURCE_DATE_EPOCH", context.Background(), "yesterday", []string{"check", "-s", demoPortal}, exitUsage, "SOURCE_DATE_EPOCH", ""},
		{"unreadable source", context.Background(), "", []string{"build", "-s", filepath.Join(t.TempDir(), "missing"), "-d", filepath.Join(t.TempDir(), "out")}, exitEnvironment, "cannot read the source folder", ""},
		{"unwritable destination", context.Background(), "", []string{"build", "-s", demoPortal, "-d", filepath.Join(file, "out")}, exitEnvironment, "destination", ""},
		{"interrupted build", canceled, "", []string{"build", "-s", demoPortal, "-d", filepath.Join(t.TempDir(), "out")}, exitInterrupted, "build interrupted", "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("SOURCE_DATE_EPOCH", tt.epoch)
			var stdout, stderr bytes.Buffer
			code := run(tt.ctx, tt.args, env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
			out := stdout.String() + stderr.String()
			if code != tt.code || !strings.Contains(out, tt.want) || tt.refuse != "" && strings.Contains(out, tt.refuse) {
				t.Errorf("exit %d, want %d with %q (and not %q) in:\n%s", code, tt.code, tt.want, tt.refuse, out)
			}
		})
	}
}

// check reports the files it skips, with why.
func TestCheckReportsSkippedFiles(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src")
	files := map[string]string{
		"portal.yaml":           "title: T\n",
		"teams/eng.md":          "---\nname: Eng\n---\n",
		"teams/eng/notes.txt":   "not read",
		"okrs/2026-Q4/eng/a.md": "---\ntitle: A\nkey_results:\n  - {title: k, target: 1}\n---\n",
	}
	for rel, text := range files {
		path := filepath.Join(src, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("/etc", filepath.Join(src, "static")); err != nil {
		t.Skip(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"check", "-s", src, "--today", "2026-11-27"}, env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
	for _, want := range []string{
		"static: warning: [skipped] \"static\" is not read: symlink leading outside the folder",
		"teams/eng/notes.txt: warning: [skipped] \"teams/eng/notes.txt\" is not read: not a Markdown file",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("check output lacks %q:\n%s", want, stdout.String())
		}
	}
	if code != exitOK {
		t.Errorf("exit %d, want %d (skipped files are warnings)", code, exitOK)
	}
}

// new and init refuse a malformed SOURCE_DATE_EPOCH as the other commands
// do, instead of silently using the clock.
func TestNewAndInitRefuseAMalformedEpoch(t *testing.T) {
	getenv := func(k string) string {
		if k == "SOURCE_DATE_EPOCH" {
			return "yesterday"
		}
		return ""
	}
	for _, args := range [][]string{{"init", filepath.Join(t.TempDir(), "p")}, {"new", "team", "x", "-s", demoPortal}} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), args, env{stdout: &stdout, stderr: &stderr, getenv: getenv})
		if code != exitUsage || !strings.Contains(stderr.String(), "SOURCE_DATE_EPOCH") {
			t.Errorf("%v: exit %d, want %d naming SOURCE_DATE_EPOCH:\n%s", args, code, exitUsage, stderr.String())
		}
	}
}
