package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata/")

// fixtureDir writes testdata/check/<name>.txtar to a temporary folder and
// returns its path.
func fixtureDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	a, err := txtar.ParseFile(filepath.Join("testdata", "check", name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := txtar.FS(a)
	if err == nil {
		err = os.CopyFS(dir, fsys)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// runCommand runs okrportal in-process with args and returns its exit
// code, standard output and standard error.
func runCommand(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
	return code, stdout.String(), stderr.String()
}

// TestCheckGolden compares `okrportal check` on each fixture portal in
// each format with testdata/check/<fixture>.<format>.golden. Run
// `go test ./cmd/okrportal -run TestCheckGolden -update` to rewrite them.
func TestCheckGolden(t *testing.T) {
	for _, fixture := range []string{"clean", "warnings", "errors"} {
		for _, format := range []string{"text", "json", "github"} {
			t.Run(fixture+"/"+format, func(t *testing.T) {
				// as in CI: from the repository's root, the portal in content/
				dir := fixtureDir(t, fixture)
				golden, err := filepath.Abs(filepath.Join("testdata", "check", fixture+"."+format+".golden"))
				if err != nil {
					t.Fatal(err)
				}
				t.Chdir(filepath.Dir(dir))
				code, stdout, stderr := runCommand("check", "-s", filepath.Base(dir), "--today", "2026-11-20", "--format", format)
				got := fmt.Sprintf("exit %d\n-- stdout --\n%s-- stderr --\n%s", code, stdout, stderr)
				if *updateGolden {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("output differs from %s (run with -update to accept it)\ngot:\n%s\nwant:\n%s", golden, got, want)
				}
			})
		}
	}
}

func TestCheckExitCodes(t *testing.T) {
	clean, warnings, broken := fixtureDir(t, "clean"), fixtureDir(t, "warnings"), fixtureDir(t, "errors")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a substring of standard error
	}{
		{"clean", []string{"check", "-s", clean}, 0, "0 errors, 0 warnings (1 objective checked)"},
		{"clean, strict", []string{"check", "--strict", "-s", clean}, 0, "0 errors, 0 warnings"},
		{"warnings", []string{"check", "-s", warnings}, 0, "0 errors, 7 warnings (2 objectives checked)"},
		{"warnings, strict", []string{"check", "-s", warnings, "--strict"}, 1, "0 errors, 7 warnings (2 objectives checked)"},
		{"errors", []string{"check", "-s", broken}, 1, "5 errors, 1 warning\n"},
		{"errors, json", []string{"check", "-s", broken, "--format=json"}, 1, ""},
		{"help", []string{"check", "--help"}, 0, "Usage: okrportal check"},
		{"short help", []string{"check", "-h"}, 0, "--strict"},
		{"unknown flag", []string{"check", "--bogus"}, 2, "unknown flag: --bogus"},
		{"unknown format", []string{"check", "-s", clean, "--format", "xml"}, 2, `--format "xml" is not one of text, json, github`},
		{"argument", []string{"check", clean}, 2, "check takes no arguments"},
		{"bad date", []string{"check", "-s", clean, "--today", "20-11-2026"}, 2, `--today "20-11-2026" is not a date`},
		{"no portal.yaml", []string{"check", "-s", t.TempDir()}, 3, "has no portal.yaml"},
		{"no command", nil, 2, "Usage:"},
		{"unknown command", []string{"chekc"}, 2, `unknown command "chekc"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if len(args) > 0 && args[0] == "check" && !hasArg(args, "--today") {
				args = append(args, "--today", "2026-11-20")
			}
			code, stdout, stderr := runCommand(args...)
			if code != tt.code || !strings.Contains(stderr+stdout, tt.stderr) { // --help prints to stdout
				t.Errorf("exit %d, want %d\nstderr:\n%s\nwant it to contain %q\nstdout:\n%s", code, tt.code, stderr, tt.stderr, stdout)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		code, stdout, _ := runCommand(arg)
		if code != 0 || !strings.Contains(stdout, "okrportal <command> [flags]") || !strings.Contains(stdout, "check") {
			t.Errorf("okrportal %s: exit %d, stdout:\n%s", arg, code, stdout)
		}
	}
}

// TestCheckOutputIsStable: the same input gives the same output.
func TestCheckOutputIsStable(t *testing.T) {
	dir := fixtureDir(t, "errors")
	_, first, _ := runCommand("check", "-s", dir, "--today", "2026-11-20", "--format", "json")
	for i := 0; i < 3; i++ {
		if _, again, _ := runCommand("check", "-s", dir, "--today", "2026-11-20", "--format", "json"); again != first {
			t.Fatalf("run %d differs:\n%s\nfirst:\n%s", i+2, again, first)
		}
	}
}

func hasArg(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Paths are relative to the working directory in every format, whatever
// -s says, as a compiler's are.
func TestCheckPathsRelativeToWorkDir(t *testing.T) {
	dir := fixtureDir(t, "errors") // …/content
	root := filepath.Dir(dir)
	tests := []struct{ cwd, source, format, want string }{
		{root, "content", "text", "content/okrs/2026-Q4/eng/deploys.md:7:5: error: [unknown-field]"},
		{root, "./content/", "github", "::error file=content/okrs/2026-Q4/eng/deploys.md,line=7,col=5,"},
		{root, dir, "json", `"file": "content/okrs/2026-Q4/eng/deploys.md"`},
		{dir, ".", "text", "okrs/2026-Q4/eng/deploys.md:7:5: error: [unknown-field]"},
		{filepath.Join(dir, "okrs"), "..", "text", "2026-Q4/eng/deploys.md:7:5: error: [unknown-field]"},
	}
	for _, tt := range tests {
		t.Run(tt.source+"/"+tt.format, func(t *testing.T) {
			t.Chdir(tt.cwd)
			code, stdout, _ := runCommand("check", "-s", tt.source, "--format", tt.format, "--today", "2026-11-20")
			if code != 1 || !strings.Contains(stdout, tt.want) {
				t.Errorf("exit %d, stdout:\n%s\nwant a line with %q", code, stdout, tt.want)
			}
		})
	}
}
