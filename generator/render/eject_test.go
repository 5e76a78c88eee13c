package render

import (
	"bytes"
	"testing"

	defaulttheme "github.com/okrportal/okrportal/themes/default"
)

// TestEjectedThemeBuildsTheSameBytes: the default theme written out by
// `okrportal theme eject` and used unchanged as the theme folder gives
// the site the embedded theme gives, with and without file links.
func TestEjectedThemeBuildsTheSameBytes(t *testing.T) {
	dir := t.TempDir()
	if err := defaulttheme.Eject(dir); err != nil {
		t.Fatal(err)
	}
	for _, fileLinks := range []bool{false, true} {
		want := renderAll(t, samplePortal(), Options{FileLinks: fileLinks})
		got := renderAll(t, samplePortal(), Options{FileLinks: fileLinks, ThemeDir: dir})
		if len(got) != len(want) {
			t.Errorf("fileLinks=%v: %d files with the ejected theme, %d without", fileLinks, len(got), len(want))
		}
		for rel, w := range want {
			if !bytes.Equal(got[rel], w) {
				t.Errorf("fileLinks=%v: %s differs with the ejected theme", fileLinks, rel)
			}
		}
	}
	if err := defaulttheme.Eject(dir); err == nil {
		t.Error("a second eject into the same folder overwrote it")
	}
}
