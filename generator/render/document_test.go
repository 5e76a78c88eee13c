package render

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/theme"
)

// TestDocumentIsTheLayout renders portals with every page printed as
// document.go prints it and with every layout executed, and wants the
// same bytes in every file.
func TestDocumentIsTheLayout(t *testing.T) {
	withBase := samplePortal()
	withBase.Settings.BaseURL = `https://okrs.example.com/a b/?x=<1>&y="2"+z`
	hostile := hostilePortal()
	hostile.Settings.BaseURL = "https://okrs.example.com/"
	themeDir := t.TempDir() // a theme of its own crumbs: every layout is executed
	writeThemeFile(t, themeDir, "layouts/partials/crumbs.html", `{{ define "crumbs" }}<p>{{ .Title }}</p>{{ end }}`)
	cases := []struct {
		name string
		p    *model.Portal
		opts Options
	}{
		{"sample", samplePortal(), Options{}},
		{"file links", samplePortal(), Options{FileLinks: true}},
		{"base_url", withBase, Options{}},
		{"hostile", hostile, Options{}},
		{"large", largePortal(300, 20, 60), Options{}},
		{"own crumbs", samplePortal(), Options{ThemeDir: themeDir}},
	}
	for _, c := range cases {
		fast := renderAll(t, c.p, c.opts)
		c.opts.executeLayouts = true
		slow := renderAll(t, c.p, c.opts)
		if len(fast) != len(slow) {
			t.Errorf("%s: %d files, with the layouts executed %d", c.name, len(fast), len(slow))
		}
		for rel, want := range slow {
			if got := fast[rel]; !bytes.Equal(got, want) {
				t.Errorf("%s: %s differs from its layout:\n%s", c.name, rel, firstDifference(got, want))
			}
		}
	}
}

// firstDifference shows where got and want part.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-80)
	return "got  …" + string(got[lo:min(len(got), i+80)]) + "\nwant …" + string(want[lo:min(len(want), i+80)])
}

// TestStandardKinds: with the default theme every page but search's
// (whose layout adds a "scripts" block) is printed around its "main", and
// the objective pages' "main" is printed too; with a theme of its own
// objective.html, no objective page's.
func TestStandardKinds(t *testing.T) {
	th := defaultTheme(t)
	for _, kind := range theme.PageKinds {
		if got, want := th.StandardBase(kind), kind != "search"; got != want {
			t.Errorf("StandardBase(%s) = %v, want %v", kind, got, want)
		}
		if !th.StandardMain(kind) {
			t.Errorf("StandardMain(%s) = false with the default theme", kind)
		}
	}
	dir := t.TempDir()
	writeThemeFile(t, dir, "layouts/objective.html", `{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}`)
	th = themeIn(t, dir)
	if th.StandardMain("objective") || !th.StandardBase("objective") || !th.StandardMain("team") {
		t.Errorf("own objective.html: StandardMain(objective) = %v, StandardBase(objective) = %v, StandardMain(team) = %v",
			th.StandardMain("objective"), th.StandardBase("objective"), th.StandardMain("team"))
	}
	files := renderAll(t, samplePortal(), Options{ThemeDir: dir})
	for rel, data := range files {
		if filepath.Base(filepath.Dir(rel)) != "" && bytes.Contains(data, []byte(`class="k-objective"`)) && !bytes.Contains(data, []byte("<h1>")) {
			t.Errorf("%s does not print the theme's objective.html", rel)
		}
	}
}

// TestThemeWithoutAChromePart: a theme whose chrome.html defines only
// "headlinks", and whose baseof.html prints only that, still builds.
func TestThemeWithoutAChromePart(t *testing.T) {
	dir := t.TempDir()
	writeThemeFile(t, dir, "layouts/partials/chrome.html", `{{ define "headlinks" }}<link rel="stylesheet" href="{{ .Asset "style.css" }}">{{ end }}`)
	writeThemeFile(t, dir, "layouts/baseof.html", `<!DOCTYPE html><html><head>{{ .HeadLinks }}</head><body>{{ template "main" . }}</body></html>`)
	files := renderAll(t, samplePortal(), Options{ThemeDir: dir})
	if page := files["index.html"]; !bytes.Contains(page, []byte(`<link rel="stylesheet" href="assets/style.css">`)) {
		t.Errorf("index.html:\n%.300s", page)
	}
}
