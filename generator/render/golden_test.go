package render

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/review"
)

var inlineCSS = regexp.MustCompile(`(?s)<style>.*?</style>`)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const goldenDir = "testdata/golden"

// TestGolden compares every page and data file of the sample portal (not
// the theme's assets) with testdata/golden; -update rewrites them.
func TestGolden(t *testing.T) {
	// The findings are the review's, as a build passes them.
	p := samplePortal()
	findings := &diag.List{}
	review.Review(p, findings)
	files := renderAll(t, p, Options{BuildInfo: "test", Findings: findings.Sorted()})
	// 404.html inlines the stylesheet; the golden file keeps a stand-in so
	// that it changes only when the page does.
	files["404.html"] = inlineCSS.ReplaceAll(files["404.html"], []byte("<style>/* style.css */</style>"))
	if *update {
		if err := os.RemoveAll(goldenDir); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]bool{}
	for _, rel := range sortedKeys(files) {
		if strings.HasPrefix(rel, "assets/") {
			continue
		}
		seen[rel] = true
		path := filepath.Join(goldenDir, filepath.FromSlash(rel))
		if *update {
			writeSite(t, goldenDir, map[string][]byte{rel: files[rel]})
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v (run go test -update)", rel, err)
			continue
		}
		if !bytes.Equal(files[rel], want) {
			t.Errorf("%s differs from %s (run go test -update and review the diff)", rel, path)
		}
	}
	_ = filepath.WalkDir(goldenDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(goldenDir, p)
			if !seen[filepath.ToSlash(rel)] {
				t.Errorf("golden file %s is no longer emitted", rel)
			}
		}
		return nil
	})
}

// TestDeterministic renders twice with different worker counts and
// expects the same bytes.
func TestDeterministic(t *testing.T) {
	a := renderAll(t, samplePortal(), Options{Workers: 1})
	b := renderAll(t, samplePortal(), Options{Workers: 8})
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for rel, data := range a {
		if !bytes.Equal(data, b[rel]) {
			t.Errorf("%s differs between renders", rel)
		}
	}
}

func TestEveryPageKindIsEmitted(t *testing.T) {
	files := renderAll(t, samplePortal(), Options{})
	for _, rel := range []string{
		"index.html", "strategy/index.html", "priorities/delight/index.html", "alignment/index.html",
		"teams/index.html", "teams/eng/platform/index.html", "objectives/2026-q4/platform/fast-deploys/index.html",
		"people/index.html", "people/ines-garcia/index.html", "periods/index.html", "periods/2026-q3/index.html",
		"health/index.html", "updates/index.html", "feed.xml", "search/index.html", "search-index.json",
		"okrs.json", "404.html", "assets/style.css", "assets/search.js",
	} {
		if _, ok := files[rel]; !ok {
			t.Errorf("%s not emitted", rel)
		}
	}
	if _, ok := files["assets/search-index.js"]; ok {
		t.Error("search-index.js emitted without file links")
	}
}

var (
	headingRe = regexp.MustCompile(`<h([1-6])[\s>]`)
	needHead  = []string{`<!DOCTYPE html>`, `<html lang="en">`, `<meta charset="utf-8">`, `name="viewport"`, `<main id="main"`, `class="skip" href="#main"`}
)

// TestPageStructure checks what every page must have: the HTML5 head, one
// h1, headings that never skip a level going down, and unique ids.
func TestPageStructure(t *testing.T) {
	files := renderAll(t, samplePortal(), Options{})
	for _, rel := range sortedKeys(files) {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		page := string(files[rel])
		for _, s := range needHead {
			if !strings.Contains(page, s) {
				t.Errorf("%s: missing %s", rel, s)
			}
		}
		prev := 0
		h1 := 0
		for _, m := range headingRe.FindAllStringSubmatch(page, -1) {
			level := int(m[1][0] - '0')
			if level == 1 {
				h1++
			}
			if level > prev+1 {
				t.Errorf("%s: h%d follows h%d", rel, level, prev)
			}
			prev = level
		}
		if h1 != 1 {
			t.Errorf("%s: %d h1 elements", rel, h1)
		}
		ids := map[string]bool{}
		for _, m := range attrID.FindAllStringSubmatch(page, -1) {
			if ids[m[1]] {
				t.Errorf("%s: duplicate id %q", rel, m[1])
			}
			ids[m[1]] = true
		}
		if strings.Contains(page, "ZgotmplZ") {
			t.Errorf("%s: html/template refused a value (ZgotmplZ)", rel)
		}
	}
}

func TestThemeOverride(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, data string) {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("assets/style.css", "body{color:hotpink}")
	write("assets/logo.svg", "<svg></svg>")
	write("layouts/partials/footer.html", `{{ define "footer" }}<footer>Custom footer for {{ .Site.Title }}</footer>{{ end }}`)
	write("layouts/404.html", `{{ define "main" }}<h1>Lost?</h1>{{ end }}`)
	write("layouts/objective.html", `{{ define "main" }}<h1>Our own objective page</h1>{{ end }}`)
	files := renderAll(t, samplePortal(), Options{ThemeDir: dir})
	if got := string(files["objectives/2026-q4/platform/fast-deploys/index.html"]); !strings.Contains(got, "<h1>Our own objective page</h1>") ||
		!strings.Contains(got, "Custom footer") {
		t.Error("the objective layout or the footer partial was not used on an objective page")
	}
	if got := string(files["assets/style.css"]); got != "body{color:hotpink}" {
		t.Errorf("style.css = %q, want the override", got)
	}
	if _, ok := files["assets/logo.svg"]; !ok {
		t.Error("an extra asset of the theme folder is not emitted")
	}
	if _, ok := files["assets/search.js"]; !ok {
		t.Error("an asset the theme folder does not override is missing")
	}
	if !strings.Contains(string(files["teams/eng/index.html"]), "<footer>Custom footer for OKRs</footer>") {
		t.Error("the footer partial was not overridden")
	}
	if !strings.Contains(string(files["404.html"]), "<h1>Lost?</h1>") {
		t.Error("the 404 layout was not overridden")
	}
	if !strings.Contains(string(files["index.html"]), `<nav class="main"`) {
		t.Error("the header partial of the embedded theme is missing")
	}

	write("layouts/team.html", `{{ define "main" }}{{ .Nope }}{{ end }}`)
	err := Render(context.Background(), samplePortal(), Options{ThemeDir: dir}, func(string, []byte) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "teams/") {
		t.Errorf("a broken layout gave %v, want an error naming the page", err)
	}
	write("layouts/team.html", `{{ define "main" }}{{ end `)
	if err := Render(context.Background(), samplePortal(), Options{ThemeDir: dir}, func(string, []byte) error { return nil }); err == nil {
		t.Error("a layout that does not parse gave no error")
	}
	if err := Render(context.Background(), samplePortal(), Options{ThemeDir: filepath.Join(dir, "missing")}, func(string, []byte) error { return nil }); err == nil {
		t.Error("a missing theme folder gave no error")
	}
}

func TestEmitErrorStopsRender(t *testing.T) {
	boom := errors.New("disk full")
	n := 0
	err := Render(context.Background(), samplePortal(), Options{Workers: 1}, func(rel string, _ []byte) error {
		n++
		if n == 3 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("Render returned %v, want the emit error", err)
	}
	if n != 3 {
		t.Errorf("emit called %d times after failing, want it to stop at 3", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Render(ctx, samplePortal(), Options{}, func(string, []byte) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Render returned %v", err)
	}
}
