package render

import (
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
)

// A portal has as many objective pages as objectives: tens of thousands
// in a large one. With the default theme's layouts, writeObjectivePage
// writes them as layouts/baseof.html and layouts/objective.html would,
// without executing the templates (whose reflection made most of the
// garbage of a build). TestObjectivePageMatchesTemplates holds the two to
// the same bytes. A theme that overrides any layout gets the templates.

// writeObjectivePage writes the objective page pg as the default theme's
// templates lay it out.
func writeObjectivePage(w *fileWriter, pg *page) error {
	defer pg.release()
	d := pg.Data.(*objectiveData)
	var err error
	put := func(html template.HTML, e error) { // at once: a fragment lasts until the next
		if err == nil {
			err = e
		}
		w.WriteString(string(html))
	}
	w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	w.buf.Write(appendRCDATA(w.buf.AvailableBuffer(), pg.DocTitle()))
	w.WriteString("</title>\n")
	put(pg.Chrome("headlinks"))
	w.WriteString("\n</head>\n<body class=\"k-objective\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
	put(pg.Chrome("header"))
	w.WriteString("\n<main id=\"main\" tabindex=\"-1\">")
	put(pg.Breadcrumb())
	w.WriteString("<div class=\"wrap\">\n")
	put(d.Head())
	if body := pg.Site.Body(d.O); body != "" {
		w.WriteString("\n<section class=\"prose why\" aria-labelledby=\"why-h\"><h2 id=\"why-h\">Why</h2>")
		w.WriteString(string(body))
		w.WriteString("</section>")
	}
	w.WriteString("\n\n<section aria-labelledby=\"krs-h\">\n<h2 id=\"krs-h\">Key results</h2>")
	put(d.KeyResults())
	w.WriteString("\n</section>")
	put(d.Foot())
	w.WriteString("\n</div>\n</main>\n")
	put(pg.Chrome("footer"))
	w.WriteString("\n")
	put(pg.Chrome("bodyscripts"))
	w.WriteString("\n</body>\n</html>\n")
	if err != nil {
		return err
	}
	return pg.err
}

// appendRCDATA appends s escaped as html/template escapes text inside
// <title>.
func appendRCDATA(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '+':
			esc = "&#43;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		b = append(append(b, s[last:i]...), esc...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// defaultLayouts reports whether the theme folder dir ("" for none)
// leaves every layout of the default theme as it is.
func defaultLayouts(dir string) bool {
	if dir == "" {
		return true
	}
	overrides := false
	_ = filepath.WalkDir(filepath.Join(dir, "layouts"), func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			overrides = true
			return fs.SkipAll
		}
		return nil
	})
	if _, err := os.Stat(filepath.Join(dir, "layouts")); err != nil && !os.IsNotExist(err) {
		return false // unreadable: let the templates report it
	}
	return !overrides
}
