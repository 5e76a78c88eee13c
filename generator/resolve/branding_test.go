package resolve

import "testing"

func TestBrandingSettings(t *testing.T) {
	p := loadClean(t, "-- portal.yaml --\nlogo: logo.svg\naccent: \"#0b5fff\"\n-- static/logo.svg --\n<svg></svg>\n", "2026-11-20")
	if p.Settings.Logo != "logo.svg" || p.Settings.Accent != "#0b5fff" {
		t.Errorf("logo %q, accent %q", p.Settings.Logo, p.Settings.Accent)
	}
	p = loadClean(t, "-- portal.yaml --\nlogo: static/img/logo.png\naccent: rgb(11 95 255 / 50%)\n-- static/img/logo.png --\npng\n", "2026-11-20")
	if p.Settings.Logo != "img/logo.png" || p.Settings.Accent != "rgb(11 95 255 / 50%)" {
		t.Errorf("logo %q, accent %q", p.Settings.Logo, p.Settings.Accent)
	}
	_, list := load(t, "-- portal.yaml --\ntitle: T\naccent: \"red;}body{display:none\"\nlogo: ../secret.svg\n-- static/a.txt --\nx\n", "2026-11-20")
	assertErrors(t, list,
		"portal.yaml:2: [invalid-value] is not a CSS colour",
		"portal.yaml:3: [invalid-value] must be a file under static/")
	_, list = load(t, "-- portal.yaml --\nlogo: missing.svg\n-- static/a.txt --\nx\n", "2026-11-20")
	assertErrors(t, list, "portal.yaml:1: [invalid-value] there is no file static/missing.svg")
}

// favicon: is checked like logo: and must be a picture browsers take as
// an icon.
func TestFaviconSetting(t *testing.T) {
	p := loadClean(t, "-- portal.yaml --\nfavicon: static/img/icon.png\n-- static/img/icon.png --\npng\n", "2026-11-20")
	if p.Settings.Favicon != "img/icon.png" {
		t.Errorf("favicon %q", p.Settings.Favicon)
	}
	_, list := load(t, "-- portal.yaml --\ntitle: T\nfavicon: icon.gif\n-- static/icon.gif --\ngif\n", "2026-11-20")
	assertErrors(t, list, "portal.yaml:2: [invalid-value] must be an .svg, .png or .ico picture")
	_, list = load(t, "-- portal.yaml --\nfavicon: /etc/icon.svg\n-- static/a.txt --\nx\n", "2026-11-20")
	assertErrors(t, list, "portal.yaml:1: [invalid-value] favicon \"/etc/icon.svg\" must be a file under static/")
	_, list = load(t, "-- portal.yaml --\nfavicon: none.svg\n-- static/a.txt --\nx\n", "2026-11-20")
	assertErrors(t, list, "portal.yaml:1: [invalid-value] there is no file static/none.svg; put the favicon there")
}
