package render

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// portal.yaml's logo and accent reach every page of the default theme
// without a template of one's own.
func TestLogoAndAccent(t *testing.T) {
	p := samplePortal()
	p.Settings.Logo = "img/logo.svg"
	p.Settings.Accent = "rgb(11 95 255)"
	files := renderAll(t, p, Options{})
	for _, rel := range []string{"index.html", "teams/eng/platform/index.html", "objectives/2026-q4/platform/fast-deploys/index.html"} {
		got := string(files[rel])
		depth := strings.Repeat("../", strings.Count(rel, "/"))
		if !strings.Contains(got, `<img class="logo" src="`+depth+`img/logo.svg" alt="">`) {
			t.Errorf("%s: no logo", rel)
		}
		if !strings.Contains(got, "<style>:root{--brand-bg:rgb(11 95 255)}</style>") {
			t.Errorf("%s: no accent", rel)
		}
	}
	if plain := string(renderAll(t, samplePortal(), Options{})["index.html"]); strings.Contains(plain, `class="logo"`) || strings.Contains(plain, "--brand-bg:") {
		t.Error("a portal without logo and accent shows them")
	}
}

var iconLink = regexp.MustCompile(`<link rel="icon" href="([^"]*)"(?: type="([^"]*)")?>`)

// Every page links to an icon, so that browsers do not ask for
// /favicon.ico: portal.yaml's favicon, else an SVG or PNG logo, else the
// theme's; the 404 page has it inline.
func TestPageIcon(t *testing.T) {
	static := t.TempDir()
	if err := os.WriteFile(filepath.Join(static, "icon.png"), []byte("\x89PNG"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, favicon, logo string
		want, wantType      string // on teams/eng/index.html
		want404             string // the start of the 404 page's icon
	}{
		{"theme", "", "", "../../assets/favicon.svg", "image/svg+xml", "data:image/svg+xml;base64,PHN2Zy"},
		{"favicon", "icon.png", "img/logo.svg", "../../icon.png", "image/png", "data:image/png;base64,iVBORw=="},
		{"svg logo", "", "img/logo.svg", "../../img/logo.svg", "image/svg+xml", "data:image/svg+xml;base64,PHN2Zy"},
		{"jpeg logo", "", "img/logo.jpg", "../../assets/favicon.svg", "image/svg+xml", "data:image/svg+xml;base64,PHN2Zy"},
	}
	for _, tt := range tests {
		p := samplePortal()
		p.StaticDir = static
		p.Settings.Favicon, p.Settings.Logo = tt.favicon, tt.logo
		files := renderAll(t, p, Options{})
		m := iconLink.FindStringSubmatch(string(files["teams/eng/index.html"]))
		if m == nil || m[1] != tt.want || m[2] != tt.wantType {
			t.Errorf("%s: icon link %q, want href %q type %q", tt.name, m, tt.want, tt.wantType)
		}
		m = iconLink.FindStringSubmatch(strings.ReplaceAll(string(files["404.html"]), "&#43;", "+"))
		if m == nil || !strings.HasPrefix(m[1], tt.want404) {
			t.Errorf("%s: 404 icon %q, want %s…", tt.name, m, tt.want404)
		}
		if !strings.Contains(string(files["assets/favicon.svg"]), "<svg") {
			t.Errorf("%s: no theme favicon emitted", tt.name)
		}
	}
}

var (
	metaDesc  = regexp.MustCompile(`<meta name="description" content="([^"]*)">`)
	canonical = regexp.MustCompile(`<link rel="canonical" href="([^"]*)">`)
)

// Every page describes itself in a sentence of its content, for search
// results and link previews, with Open Graph tags; with base_url it names
// its own absolute address.
func TestPageHead(t *testing.T) {
	p := samplePortal()
	p.Settings.BaseURL = "https://okrs.example.com/sub"
	files := renderAll(t, p, Options{FileLinks: true})
	for rel, data := range files {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		page := string(data)
		m := metaDesc.FindStringSubmatch(page)
		if m == nil || m[1] == "" || len(m[1]) > maxDescription+10 {
			t.Errorf("%s: description %q", rel, m)
			continue
		}
		if !iconLink.MatchString(page) {
			t.Errorf("%s: no icon link (browsers would ask for /favicon.ico)", rel)
		}
		for _, prop := range []string{"og:title", "og:description", "og:site_name", "og:type"} {
			if !strings.Contains(page, `<meta property="`+prop+`" content="`) {
				t.Errorf("%s: no %s", rel, prop)
			}
		}
		c := canonical.FindStringSubmatch(page)
		want := "https://okrs.example.com/sub/" + strings.ReplaceAll(strings.TrimSuffix(rel, "index.html"), "é", "%C3%A9")
		switch {
		case rel == "404.html" && c != nil:
			t.Errorf("404.html: canonical %q", c[1])
		case rel != "404.html" && (c == nil || c[1] != want):
			t.Errorf("%s: canonical %q, want %s", rel, c, want)
		case rel != "404.html" && !strings.Contains(page, `<meta property="og:url" content="`+want+`">`):
			t.Errorf("%s: no og:url %s", rel, want)
		}
	}
	if got := string(renderAll(t, samplePortal(), Options{})["index.html"]); strings.Contains(got, `rel="canonical"`) || strings.Contains(got, "og:url") {
		t.Error("a page names its address without base_url")
	}
}

func TestDescriptionText(t *testing.T) {
	long := strings.Repeat("word ", 60)
	tests := []struct{ md, want string }{
		{"", ""},
		{"# Why\n\nWe ship *weekly*. Then [more](https://x.example) follows.", "We ship weekly."},
		{"```\ncode\n```\nAn ETA of 4.5 hours, e.g. this one. Next.", "An ETA of 4.5 hours, e.g. this one."},
		{"<b>x</b>\n\nSay \"hi\" & <go>", "Say \"hi\" &"},
		{"- first item\n- second item", "first item second item"},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.md); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.md, got, tt.want)
		}
	}
	if got := clip(long, maxDescription); len(got) > maxDescription || !strings.HasSuffix(got, "word…") {
		t.Errorf("clip: %q (%d bytes)", got, len(got))
	}
	if got := clip("ééééé", 6); got != "é…" {
		t.Errorf("clip cuts a rune: %q", got)
	}
}

// FuzzFoldSpaces holds foldSpaces to what it stands in for.
func FuzzFoldSpaces(f *testing.F) {
	for _, s := range []string{"", " ", "a", "  a  b\t\nc ", "x\u00a0y\u2003 z", "é  ü", "\xff a \xfe", "a\u0085b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}
