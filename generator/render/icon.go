package render

import (
	"encoding/base64"
	"html/template"
	"os"
	"path/filepath"

	"github.com/okrportal/okrportal/generator/model"
)

// themeIcon is the site path of the theme's own page icon.
const themeIcon = "assets/favicon.svg"

// maxInlineIcon is the largest picture the 404 page inlines as its icon;
// a bigger one gives way to the theme's icon.
const maxInlineIcon = 16 << 10

// themeFavicon returns the theme's assets/favicon.svg, or nil.
func themeFavicon(th *themeSet) []byte {
	for _, a := range th.Assets {
		if a.Path == themeIcon {
			return a.Data
		}
	}
	return nil
}

// pageIcon is the icon every page links to: a site path and its MIME type.
type pageIcon struct {
	Path string // e.g. "assets/favicon.svg" or "img/logo.png"
	Type string // e.g. "image/svg+xml"
}

// Icon is the pages' icon: portal.yaml's favicon, else its logo when that
// is an SVG or PNG picture, else the theme's assets/favicon.svg; the zero
// pageIcon when there is none. Linking to an icon keeps browsers from
// asking for /favicon.ico, which a static site does not have.
func (s *site) Icon() pageIcon {
	set := s.p.Settings
	if set.Favicon != "" {
		return pageIcon{set.Favicon, model.IconType(set.Favicon)}
	}
	if t := model.IconType(set.Logo); t == "image/svg+xml" || t == "image/png" {
		return pageIcon{set.Logo, t}
	}
	if s.favicon != nil {
		return pageIcon{themeIcon, "image/svg+xml"}
	}
	return pageIcon{}
}

// TypeAttr is the icon's type attribute, type="image/svg+xml", made of
// a MIME type of model.IconType (a constant), so that html/template
// prints it as it is rather than with its "+" escaped.
func (ic pageIcon) TypeAttr() template.HTMLAttr {
	if ic.Type == "" {
		return ""
	}
	return template.HTMLAttr(`type="` + ic.Type + `"`)
}

// InlineIcon is the pages' icon as a data: URL, for the 404 page, which a
// server may send for any path, so that a relative link could miss: the
// portal's own icon when it is at most maxInlineIcon bytes, else the
// theme's; "" without either. The URL is made here, from the bytes of a
// file, base64-encoded, so it cannot carry markup.
func (s *site) InlineIcon() template.URL {
	ic := s.Icon()
	data, typ := s.favicon, "image/svg+xml"
	if ic.Path != themeIcon && ic.Path != "" && s.p.StaticDir != "" {
		if b, err := os.ReadFile(filepath.Join(s.p.StaticDir, filepath.FromSlash(ic.Path))); err == nil && len(b) <= maxInlineIcon {
			data, typ = b, ic.Type
		}
	}
	if data == nil {
		return ""
	}
	return template.URL("data:" + typ + ";base64," + base64.StdEncoding.EncodeToString(data))
}
