package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readFixture(t *testing.T, dir, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCheckinCommand(t *testing.T) {
	const checkout = "okrs/2026-Q4/web/checkout.md"
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of it
		added  string // the line added to checkout.md, if any
	}{
		{"metric", []string{"checkout#kr1", "650", "--note", "CDN", "--date", "2026-11-01"}, 0, "",
			"      - {date: 2026-11-01, value: 650, note: \"CDN\"}\n"},
		{"boolean by title", []string{"payment page", "yes", "--date", "2026-11-02", "--status", "achieved"}, 0, "",
			"    checkins:\n      - {date: 2026-11-02, done: true, status: achieved}\n"},
		{"qualitative percentage", []string{"web/checkout#kr3", "40%", "--date", "2026-11-03", "--confidence", "6"}, 0, "",
			"    checkins:\n      - {date: 2026-11-03, progress: 40, confidence: 6}\n"},
		{"wrong value", []string{"checkout#kr1", "fast"}, 2, "is not a number", ""},
		{"wrong boolean", []string{"checkout#kr2", "40"}, 2, "takes yes, no", ""},
		{"unknown key result", []string{"checkout#kr9", "1"}, 2, "has no key result", ""},
		{"did you mean", []string{"chekout#kr1", "1"}, 2, `did you mean checkout?`, ""},
		{"title did you mean", []string{"payment pagge", "yes"}, 2, "did you mean 2026-q4/web/checkout#kr2", ""},
		{"bad status", []string{"checkout#kr1", "1", "--status", "fine"}, 2, "is not one of", ""},
		{"bad date", []string{"checkout#kr1", "1", "--date", "Nov 1"}, 2, "is not a date", ""},
		{"toml refused", []string{"legacy", "3"}, 1, "only YAML front matter", ""},
		{"no arguments", nil, 2, "usage: okrportal checkin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := fixtureDirIn(t, "checkin", "portal")
			before := readFixture(t, dir, checkout)
			code, _, stderr := runCommand(append([]string{"checkin", "-s", dir}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.stderr)
			}
			after := readFixture(t, dir, checkout)
			if tt.added == "" && after != before {
				t.Errorf("the file changed:\n%s", after)
			}
			if tt.added != "" && !isInsertion(before, after, tt.added) {
				t.Errorf("want only %q added; got\n%s", tt.added, after)
			}
		})
	}
}

// isInsertion reports whether after is before with added inserted once.
func isInsertion(before, after, added string) bool {
	i := strings.Index(after, added)
	return i >= 0 && after[:i]+after[i+len(added):] == before
}

func TestCheckinFromCSVAndDryRun(t *testing.T) {
	dir := fixtureDirIn(t, "checkin", "portal")
	csv := filepath.Join(t.TempDir(), "weekly.csv")
	rows := "\ufeffDate,Ref,Value,Note,Confidence,STATUS\n" +
		"2026-11-08,checkout#kr1,600,\"Edge cache, phase 1\",7,on-track\n" +
		"2026-11-15,checkout#kr1,550,,,\n" +
		"2026-11-15,search,4,,,\n"
	if err := os.WriteFile(csv, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	before := readFixture(t, dir, "okrs/2026-Q4/web/search.md")
	code, stdout, stderr := runCommand("checkin", "-s", dir, "--from", csv, "--dry-run")
	if code != 0 || !strings.Contains(stdout, "+      - {date: 2026-11-15, value: 550}") ||
		!strings.Contains(stdout, "+      - date: 2026-11-15\n+        value: 4\n") {
		t.Fatalf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	if readFixture(t, dir, "okrs/2026-Q4/web/search.md") != before {
		t.Fatal("--dry-run wrote")
	}
	if code, stdout, stderr = runCommand("checkin", "-s", dir, "--from", csv); code != 0 || strings.Count(stdout, "Added") != 3 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	want := "      - {date: 2026-11-08, value: 600, status: on-track, confidence: 7, note: \"Edge cache, phase 1\"}\n" +
		"      - {date: 2026-11-15, value: 550}\n"
	if got := readFixture(t, dir, "okrs/2026-Q4/web/checkout.md"); !strings.Contains(got, want) {
		t.Errorf("checkout.md:\n%s", got)
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("ref,value\ncheckout#kr1,600\nsearch,lots\n"), 0o644)
	if code, _, stderr := runCommand("checkin", "-s", dir, "--from", bad); code != 2 || !strings.Contains(stderr, "row 3:") {
		t.Errorf("bad row: exit %d, %s", code, stderr)
	}
}
