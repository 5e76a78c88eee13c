package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBeginRefusesDangerousDestinations(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	work := filepath.Join(home, "okrs")
	writeTree(t, work, map[string]string{MarkerName: "", "content/portal.yaml": "title: x"})
	t.Chdir(work)

	tests := []struct{ dest, want string }{
		{"/", "root of the filesystem"},
		{home, "home folder"},
		{filepath.Dir(home), "home folder"},
		{".", "current folder"},
		{"./", "current folder"},
		{"..", "home folder"},
		{work, "current folder"},
	}
	for _, tt := range tests {
		// force does not override these refusals, and a marker does not help.
		_, err := Begin(tt.dest, true)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Begin(%q) = %v, want an error mentioning %q", tt.dest, err, tt.want)
		}
	}
	if got := entries(t, home); len(got) != 1 || got[0] != "okrs" {
		t.Errorf("home now holds %v, want only okrs", got)
	}
	// A sibling folder of the source is the normal case.
	if _, err := Begin("public", false); err != nil {
		t.Errorf(`Begin("public") = %v`, err)
	}
}

func TestCheckDestination(t *testing.T) {
	base := t.TempDir()
	source := filepath.Join(base, "project", "content")
	theme := filepath.Join(base, "project", "theme")
	mkdir(t, filepath.Join(source, "static"))
	mkdir(t, theme)
	link := filepath.Join(base, "alias")
	if err := os.Symlink(filepath.Join(base, "project"), link); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	tests := []struct {
		name, dest, want string // want "" = accepted
	}{
		{"sibling", filepath.Join(base, "project", "public"), ""},
		{"elsewhere", filepath.Join(base, "site"), ""},
		{"inside source", filepath.Join(source, "public"), ""},
		{"source itself", source, "source folder"},
		{"source with slash", source + "/", "source folder"},
		{"parent of source", filepath.Join(base, "project"), "source folder"},
		{"grandparent of source", base, "source folder"},
		{"source via symlink", filepath.Join(link, "content"), "source folder"},
		{"parent via symlink", link, "source folder"},
		{"inside static", filepath.Join(source, "static", "out"), "static/"},
		{"static itself", filepath.Join(source, "static"), "static/"},
		{"theme", theme, "theme"},
		{"root", "/", "root of the filesystem"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckDestination(tt.dest, source, theme)
			if tt.want == "" && err != nil {
				t.Errorf("CheckDestination(%q) = %v, want nil", tt.dest, err)
			}
			if tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("CheckDestination(%q) = %v, want an error mentioning %q", tt.dest, err, tt.want)
			}
		})
	}
}

func TestCheckDestinationRelative(t *testing.T) {
	project := t.TempDir()
	mkdir(t, filepath.Join(project, "content"))
	t.Chdir(project)
	if err := CheckDestination("public", "content"); err != nil {
		t.Errorf("default layout refused: %v", err)
	}
	if err := CheckDestination("content", "content"); err == nil {
		t.Error("destination equal to source accepted")
	}
	if err := CheckDestination(".", "content"); err == nil {
		t.Error("destination . containing the source accepted")
	}
	if err := CheckDestination("content/../content/", "./content"); err == nil {
		t.Error("unclean spelling of the source accepted")
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		dir, path string
		want      bool
	}{
		{"/a", "/a", true},
		{"/a", "/a/b", true},
		{"/a", "/a/..b", true},
		{"/a", "/ab", false},
		{"/a/b", "/a", false},
		{"/", "/x", true},
	}
	for _, tt := range tests {
		if got := within(tt.dir, tt.path); got != tt.want {
			t.Errorf("within(%q, %q) = %v, want %v", tt.dir, tt.path, got, tt.want)
		}
	}
}
