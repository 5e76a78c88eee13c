package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The secret is a file outside the source and theme folders; no build may
// put it into the site.
const secret = "root:x:0:0:secret"

func TestBuildReadsNothingOutsideTheSourceAndTheme(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, src, outside string)
		wantErr string // "" for a build that succeeds
	}{
		{"static/ a symlink to a folder outside", func(t *testing.T, src, outside string) {
			link(t, outside, filepath.Join(src, "static"))
		}, ""},
		{"a file of static/ linked from outside", func(t *testing.T, src, outside string) {
			link(t, filepath.Join(outside, "passwd"), filepath.Join(src, "static", "passwd"))
		}, ""},
		{"a theme asset linked from outside", func(t *testing.T, src, outside string) {
			addTheme(t, src)
			link(t, filepath.Join(outside, "passwd"), filepath.Join(src, "theme", "assets", "passwd"))
		}, "symlink leading outside"},
		{"a theme layout linked from outside", func(t *testing.T, src, outside string) {
			addTheme(t, src)
			link(t, filepath.Join(outside, "passwd"), filepath.Join(src, "theme", "layouts", "partials", "x.html"))
		}, "symlink leading outside"},
		{"a FIFO among the theme assets", func(t *testing.T, src, _ string) {
			addTheme(t, src)
			if err := makeFIFO(filepath.Join(src, "theme", "assets", "pipe.css")); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
		}, "not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := copyTree(t, "../../content")
			outside := t.TempDir()
			if err := os.WriteFile(filepath.Join(outside, "passwd"), []byte(secret), 0o644); err != nil {
				t.Fatal(err)
			}
			tt.setup(t, src, outside)
			dest := filepath.Join(t.TempDir(), "public")
			err := build(t, src, dest, false)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("build: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("build = %v, want an error containing %q", err, tt.wantErr)
			}
			for name, data := range snapshot(t, filepath.Dir(dest)) {
				if strings.Contains(data, secret) {
					t.Errorf("%s holds the file from outside", name)
				}
			}
		})
	}
}

// addTheme makes src use an (empty) theme folder of its own.
func addTheme(t *testing.T, src string) {
	t.Helper()
	for _, dir := range []string{"theme/assets", "theme/layouts/partials"} {
		if err := os.MkdirAll(filepath.Join(src, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.OpenFile(filepath.Join(src, "portal.yaml"), os.O_APPEND|os.O_WRONLY, 0)
	if err == nil {
		_, err = f.WriteString("\ntheme: theme\n")
		f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
}

func link(t *testing.T, target, name string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, name); err != nil {
		t.Skipf("symlinks: %v", err)
	}
}

func TestBuildFromASymlinkedSource(t *testing.T) {
	src := copyTree(t, "../../content")
	clink := filepath.Join(t.TempDir(), "clink")
	link(t, src, clink)
	res, _, err := Build(t.Context(), BuildOptions{Options: Options{Source: clink, Today: testToday}, Dest: filepath.Join(t.TempDir(), "public")})
	if err != nil {
		t.Fatal(err)
	}
	if res.Objectives == 0 || res.Teams == 0 {
		t.Errorf("built %d objectives and %d teams from a symlinked source folder", res.Objectives, res.Teams)
	}
}

// A destination inside okrs/ receives the .md files of static/; the next
// build must not read them back as objectives.
func TestDestinationInsideTheSourceIsNotReadBack(t *testing.T) {
	src := copyTree(t, "../../content")
	if err := os.MkdirAll(filepath.Join(src, "static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "static", "notes.md"), []byte("---\ntitle: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(src, "okrs", "public")
	for i := range 2 {
		if err := build(t, src, dest, false); err != nil {
			t.Fatalf("build %d: %v", i+1, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "notes.md")); errors.Is(err, os.ErrNotExist) {
		t.Error("static/notes.md was not copied")
	}
}

// okrs.json neutralises dangerous URLs as the pages do.
func TestExportNeutralisesDangerousURLs(t *testing.T) {
	src := copyTree(t, "../../content")
	edit := func(rel, old, new string) {
		t.Helper()
		path := filepath.Join(src, rel)
		data, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(data), old) {
			t.Fatalf("%s: %v, or no %q in it", rel, err, old)
		}
		if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("okrs/2026-Q4/platform/fast-deploys.md", "url: https://jira.brightlane.example/browse/PLAT-1390", "url: \"JavaScript:alert(document.cookie)\"")
	edit("teams/customer/onboarding.md", "url: https://wiki.brightlane.example/onboarding/playbook", "url: \" javascript:alert(1)\"")
	dest := filepath.Join(t.TempDir(), "public")
	if err := build(t, src, dest, false); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dest, "okrs.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(string(data)), "javascript:") {
		t.Error("okrs.json keeps a javascript: URL")
	}
	if !strings.Contains(string(data), "PLAT-1441") {
		t.Error("okrs.json lost a safe URL")
	}
}
