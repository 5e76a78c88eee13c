package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// demoSkeleton copies the demo portal without its objectives.
func demoSkeleton(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "portal")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "content"))); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "okrs")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// export → import → export on the demo gives the same sheet, through the
// commands; and import keeps its promises about existing files.
func TestImportExportCommands(t *testing.T) {
	tmp := t.TempDir()
	first, second := filepath.Join(tmp, "demo.csv"), filepath.Join(tmp, "again.csv")
	if code, _, stderr := runCommand("export", "-s", "../../content", "-o", first); code != 0 {
		t.Fatalf("export: exit %d\n%s", code, stderr)
	}
	dir := demoSkeleton(t)
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", first, "-s", dir, "--dry-run"}, 0, "=== okrs/2026-Q4/platform/fast-deploys.md (new)\n---\ntitle: Make shipping any service to production fast and boring"},
		{[]string{"import", first, "-s", dir, "--today", "2026-11-30"}, 0, "Wrote 48 files into " + dir + ". Checking it:"},
		{[]string{"import", first, "-s", dir}, 2, "files exist: okrs/2026/leadership/grow-arr.md, okrs/2026/leadership/trusted-platform.md, okrs/2026-Q3/support/backlog.md and 45 more; pass --force"},
		{[]string{"import", first, "-s", dir, "--dry-run"}, 2, "(exists: replaced only with --force)"},
		{[]string{"import", first, "-s", dir, "--dry-run"}, 2, "the import would write nothing without --force"},
		{[]string{"import", first, "-s", dir, "--dry-run", "--force"}, 0, "Dry run: would write 48 files"},
		{[]string{"import", first, "-s", dir, "--force", "--today", "2026-11-30"}, 0, "0 errors"},
		{[]string{"export", "-s", dir, "-o", second}, 0, ""},
	}
	for _, s := range steps {
		code, stdout, stderr := runCommand(s.args...)
		if code != s.code || !strings.Contains(stdout+stderr, s.want) {
			t.Fatalf("okrportal %s: exit %d\n%s%s\nwant exit %d and …%s", strings.Join(s.args, " "), code, stdout, stderr, s.code, s.want)
		}
	}
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if string(a) != string(b) || len(a) < 1000 {
		t.Errorf("the second export differs from the first (%d and %d bytes)", len(a), len(b))
	}
}

func TestImportExportExitCodes(t *testing.T) {
	dir := demoSkeleton(t)
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("period,team,objective,key result,target\n2026-Q4,web,Grow,Signups,ten\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", bad, "-s", dir}, 1, `bad.csv:2:E (target): target "ten" is not a number`},
		{[]string{"import", bad, "-s", dir}, 1, "1 problem in " + bad + "; nothing was written"},
		{[]string{"import", "missing.csv", "-s", dir}, 3, "missing.csv"},
		{[]string{"import", bad, "-s", filepath.Join(dir, "nowhere")}, 3, "nowhere"},
		{[]string{"import", bad, "--from", "viva", "-s", dir}, 2, `--from "viva" is not one of peoplebox`},
		{[]string{"import", bad, "--map", "nothing", "-s", dir}, 2, `write it as 'Column Title=field'`},
		{[]string{"import", "-s", dir}, 2, "import takes one argument"},
		{[]string{"export", "--format", "pdf", "-s", dir}, 2, `--format "pdf" is not one of csv, xlsx`},
		{[]string{"export", "-s", fixtureDirIn(t, "import", "errors")}, 1, "has errors; run 'okrportal check"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCommand(tt.args...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
			t.Errorf("okrportal %s: exit %d\n%s%s\nwant exit %d and …%s", strings.Join(tt.args, " "), code, stdout, stderr, tt.code, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "okrs")); err == nil {
		t.Error("a failed import wrote files")
	}
}
