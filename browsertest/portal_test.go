package browsertest

import (
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	gen "github.com/okrportal/okrportal/generator/site"
)

// buildDate is the build date of both portals, as in the demo's docs.
var buildDate = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)

// largeObjectives is the size of the generated portal; OKRPORTAL_BROWSER_OBJECTIVES
// changes it.
func largeObjectives(t *testing.T) int {
	s := os.Getenv("OKRPORTAL_BROWSER_OBJECTIVES")
	if s == "" {
		return 10000
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("OKRPORTAL_BROWSER_OBJECTIVES=%q: want a positive number", s)
	}
	return n
}

// settings are portal.yaml keys that a test build overrides.
type settings struct {
	baseURL   string // "" removes base_url
	fileLinks bool
}

// demoSource copies the demo portal (../content) into dir and sets its
// portal.yaml as s says; it returns the copy's folder.
func demoSource(t *testing.T, dir string, s settings) string {
	t.Helper()
	src := filepath.Join(dir, "src")
	if err := os.CopyFS(src, os.DirFS("../content")); err != nil {
		t.Fatal(err)
	}
	setPortal(t, src, s)
	return src
}

// largeSource writes a synthetic portal of n objectives into dir with
// ../bench/synth.py and sets its portal.yaml as s says.
func largeSource(t *testing.T, dir string, n int, s settings) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		unavailable(t, "python3 (for bench/synth.py) not on PATH")
	}
	out, err := exec.Command(py, "../bench/synth.py", "--objectives", strconv.Itoa(n), "--out", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("bench/synth.py: %v\n%s", err, out)
	}
	os.RemoveAll(filepath.Join(dir, "hugo"))
	src := filepath.Join(dir, "okrportal")
	setPortal(t, src, s)
	return src
}

var (
	baseURLLine   = regexp.MustCompile(`(?m)^base_url:.*\n`)
	fileLinksLine = regexp.MustCompile(`(?m)^file_links:.*\n`)
)

// setPortal rewrites base_url and file_links in src/portal.yaml.
func setPortal(t *testing.T, src string, s settings) {
	t.Helper()
	path := filepath.Join(src, "portal.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = baseURLLine.ReplaceAll(data, nil)
	data = fileLinksLine.ReplaceAll(data, nil)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		data = append(data, '\n')
	}
	if s.baseURL != "" {
		data = append(data, "base_url: "+s.baseURL+"\n"...)
	}
	data = append(data, "file_links: "+strconv.FormatBool(s.fileLinks)+"\n"...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// build builds the portal in src into dest through the generator's own
// API, as `okrportal build --today 2026-11-20` does, and fails on any
// content error.
func build(t *testing.T, src, dest string) {
	t.Helper()
	start := time.Now()
	res, list, err := gen.Build(context.Background(), gen.BuildOptions{
		Options: gen.Options{Source: src, Today: buildDate},
		Dest:    dest,
	})
	if err != nil {
		for _, d := range list.Errors() {
			t.Log(d)
		}
		t.Fatalf("build %s: %v", src, err)
	}
	t.Logf("built %d pages, %d objectives in %v", res.Pages, res.Objectives, time.Since(start).Round(time.Millisecond))
}

// htmlPages lists the site's HTML files relative to root, in walk order
// (sorted by path).
func htmlPages(t *testing.T, root string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && filepath.Ext(path) == ".html" {
			rel, _ := filepath.Rel(root, path)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}
