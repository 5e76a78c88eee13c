package render

import (
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
