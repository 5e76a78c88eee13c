package render

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	defaulttheme "github.com/okrportal/okrportal/themes/default"
)

// The theme contract: every file of the ejected default theme is used,
// and changing it changes every page that shows it. Each test edits one
// file of an ejected theme and renders the sample portal with it.

var defineRE = regexp.MustCompile(`\{\{-? define "([^"]+)" -?\}\}`)

// ejected returns a fresh copy of the default theme in a folder.
func ejected(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := defaulttheme.Eject(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit replaces the file rel of the theme dir with what change makes of it.
func edit(t *testing.T, dir, rel string, change func(string) string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(rel))
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(change(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEveryThemeTemplateIsUsed marks the start of each template of each
// layout file (each {{ define }}, or the file itself when it defines
// none) and expects the mark on some page.
func TestEveryThemeTemplateIsUsed(t *testing.T) {
	layouts, err := fs.Glob(defaulttheme.FS, "layouts/*.html")
	if err != nil {
		t.Fatal(err)
	}
	partials, _ := fs.Glob(defaulttheme.FS, "layouts/partials/*.html")
	for _, rel := range append(layouts, partials...) {
		b, _ := fs.ReadFile(defaulttheme.FS, rel)
		names := defineRE.FindAllStringSubmatch(string(b), -1)
		if len(names) == 0 {
			names = [][]string{{"", ""}}
		}
		for _, n := range names {
			name := n[1]
			t.Run(strings.TrimPrefix(rel, "layouts/")+"/"+name, func(t *testing.T) {
				dir := ejected(t)
				mark := "XMARK" + strings.NewReplacer("/", "", ".", "", "-", "").Replace(rel+name) + "X"
				edit(t, dir, rel, func(s string) string {
					if name == "" {
						return mark + s
					}
					loc := regexp.MustCompile(`\{\{-? define "` + regexp.QuoteMeta(name) + `" -?\}\}`).FindStringIndex(s)
					return s[:loc[1]] + mark + s[loc[1]:]
				})
				for _, data := range renderAll(t, samplePortal(), Options{ThemeDir: dir}) {
					if strings.Contains(string(data), mark) {
						return
					}
				}
				t.Errorf("%s %q: no page shows a change to it", rel, name)
			})
		}
	}
}

// TestOverridePointsChangeEveryPageThatShowsThem: the card of an
// objective on the home and team pages, the card of a key result on its
// objective's page, and the page shell.
func TestOverridePointsChangeEveryPageThatShowsThem(t *testing.T) {
	want := renderAll(t, samplePortal(), Options{})
	cases := []struct {
		file  string
		shows func(rel, page string) bool // whether the page shows what file makes
	}{
		{"layouts/partials/objective-card.html", func(rel, page string) bool {
			return strings.HasSuffix(rel, ".html") && strings.Contains(page, `<article class="card `)
		}},
		{"layouts/partials/kr-card.html", func(rel, page string) bool {
			return strings.Contains(page, `<article class="krcard"`)
		}},
		{"layouts/baseof.html", func(rel, page string) bool {
			return strings.HasSuffix(rel, ".html")
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			dir := ejected(t)
			edit(t, dir, c.file, func(s string) string {
				return strings.Replace(s, "<article class=\"", "<article data-ours class=\"", 1) + "\n"
			})
			if c.file == "layouts/baseof.html" {
				edit(t, dir, c.file, func(s string) string { return strings.Replace(s, "<body", "<body data-ours", 1) })
			}
			got := renderAll(t, samplePortal(), Options{ThemeDir: dir})
			shown := 0
			for rel, page := range want {
				if !c.shows(rel, string(page)) {
					continue
				}
				shown++
				if !strings.Contains(string(got[rel]), "data-ours") {
					t.Errorf("%s does not show the changed %s", rel, c.file)
				}
			}
			if shown < 2 {
				t.Errorf("only %d pages show %s", shown, c.file)
			}
		})
	}
}

// TestEveryThemeAssetIsEmitted: each file under assets/ reaches the site
// as it is in the theme folder.
func TestEveryThemeAssetIsEmitted(t *testing.T) {
	dir := ejected(t)
	assets, _ := fs.Glob(defaulttheme.FS, "assets/*")
	for _, rel := range assets {
		edit(t, dir, rel, func(s string) string { return s + "/* ours */" })
	}
	got := renderAll(t, samplePortal(), Options{ThemeDir: dir})
	for _, rel := range assets {
		if !strings.HasSuffix(string(got[rel]), "/* ours */") {
			t.Errorf("%s: the theme folder's file is not the one emitted", rel)
		}
	}
}
