package render

import (
	"errors"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
)

// A portal has as many objective pages as objectives, and thousands of
// team and person pages. With the default theme's layouts, these are
// written as layouts/baseof.html and layouts/<kind>.html would write
// them, calling the same fragment builders, without executing the
// templates (whose reflection made most of the garbage of a build).
// TestDefaultPagesMatchTemplates holds the two to the same bytes. A theme
// that overrides any layout gets the templates.

// writeDefaultPage writes pg as baseof.html lays out a page, its "main"
// block written by main, which hands each fragment to put.
func writeDefaultPage(w *fileWriter, pg *page, main func(put func(template.HTML, error))) error {
	defer pg.release()
	var err error
	put := func(html template.HTML, e error) { // at once: a fragment lasts until the next
		if err == nil {
			err = e
		}
		w.WriteString(string(html))
	}
	w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	w.buf.Write(appendEscaped(w.buf.AvailableBuffer(), pg.DocTitle())) // RCDATA: the same table
	w.WriteString("</title>\n")
	put(pg.Chrome("headlinks"))
	w.WriteString("\n</head>\n<body class=\"k-")
	w.WriteString(pg.Kind) // a fixed word of letters: nothing to escape
	w.WriteString("\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
	put(pg.Chrome("header"))
	w.WriteString("\n<main id=\"main\" tabindex=\"-1\">")
	put(pg.Breadcrumb())
	main(put)
	w.WriteString("\n</main>\n")
	put(pg.Chrome("footer"))
	w.WriteString("\n")
	put(pg.Chrome("bodyscripts"))
	w.WriteString("\n</body>\n</html>\n")
	if err != nil {
		return err
	}
	return pg.err
}

// bodySection puts a page's Markdown body as a section headed title, as
// {{ with .Site.Body … }} does in the page layouts.
func bodySection(put func(template.HTML, error), body template.HTML, open string) {
	if body != "" {
		put(template.HTML(open), nil)
		put(body, nil)
		put("</section>", nil)
	}
}

// writeObjectivePage writes the objective page pg (layouts/objective.html).
func writeObjectivePage(w *fileWriter, pg *page) error {
	d := pg.Data.(*objectiveData)
	return writeDefaultPage(w, pg, func(put func(template.HTML, error)) {
		put("<div class=\"wrap\">\n", nil)
		put(d.Head())
		bodySection(put, pg.Site.Body(d.O), "\n<section class=\"prose why\" aria-labelledby=\"why-h\"><h2 id=\"why-h\">Why</h2>")
		put("\n\n<section aria-labelledby=\"krs-h\">\n<h2 id=\"krs-h\">Key results</h2>", nil)
		put(d.KeyResults())
		put("\n</section>", nil)
		put(d.Foot())
		put("\n</div>", nil)
	})
}

// writeTeamPage writes the team page pg (layouts/team.html).
func writeTeamPage(w *fileWriter, pg *page) error {
	d := pg.Data.(*teamData)
	return writeDefaultPage(w, pg, func(put func(template.HTML, error)) {
		put("<div class=\"wrap\">\n", nil)
		put(d.Head())
		put(d.Work())
		put("\n\n<div class=\"grid-2\">", nil)
		bodySection(put, pg.Site.Body(d.T), "\n<section class=\"prose\" aria-labelledby=\"charter-h\"><h2 id=\"charter-h\">Charter</h2>")
		put("\n", nil)
		put(d.People())
		put("\n</div>", nil)
		put(d.Past())
		put("\n</div>", nil)
	})
}

// writePersonPage writes the person page pg (layouts/person.html).
func writePersonPage(w *fileWriter, pg *page) error {
	d := pg.Data.(*personData)
	return writeDefaultPage(w, pg, func(put func(template.HTML, error)) {
		put("<div class=\"wrap\">\n", nil)
		put(d.Head())
		bodySection(put, pg.Site.Body(d.X), "\n<section class=\"prose\" aria-labelledby=\"about-h\"><h2 id=\"about-h\">About</h2>")
		put("\n</div>", nil)
	})
}

// defaultLayouts reports whether the theme folder dir ("" for none)
// leaves every layout of the default theme as it is: it has no layouts/
// folder, or an empty one.
func defaultLayouts(dir string) bool {
	if dir == "" {
		return true
	}
	entries, err := os.ReadDir(filepath.Join(dir, "layouts"))
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	return err == nil && len(entries) == 0
}
