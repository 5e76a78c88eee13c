package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/html"
	"github.com/okrportal/okrportal/generator/theme"
)

// Every page of the default theme is baseof.html around the kind's
// "main", and the objective and person pages, the most numerous (10,000
// and thousands in a portal of 10,000 objectives), have a "main" that
// only prints what the page builds.
// Executing a template costs a reflective call per action, more than
// building the page's parts did; so while the theme's templates are the
// default theme's (theme.StandardBase, theme.StandardMain), exec prints
// the document here, the same bytes (TestDocumentIsTheLayout checks it),
// and executes only the kind's "main", or for an objective or person page
// not even that. A theme that overrides baseof.html, "crumbs", a "head" or
// "scripts" block, or objective.html or person.html, gets its templates
// executed.

// pageWriter tells exec how to print a page of a kind.
type pageWriter struct {
	standardBase bool                               // print the document around "main" here
	goMain       func(p *page, w *fileWriter) error // print "main" here; nil: execute it
}

// pageWriterOf is how exec prints the pages of kind with the theme th.
func (s *site) pageWriterOf(th *themeSet, kind string) pageWriter {
	if s.opts.executeLayouts {
		return pageWriter{}
	}
	pw := pageWriter{standardBase: th.StandardBase(kind)}
	if th.StandardMain(kind) {
		pw.goMain = goMain(kind)
	}
	return pw
}

// exec renders pg with the page set t, as pw says.
func exec(t *template.Template, pw pageWriter, w *fileWriter, pg *page) error {
	defer pg.release()
	pg.fill()
	var err error
	if pw.standardBase {
		err = pg.writeDocument(t, pw.goMain, w)
	} else {
		err = theme.Execute(t, w, pg)
	}
	if err != nil {
		return err
	}
	return pg.err
}

// writeDocument prints the page as the default baseof.html does, with
// "main" printed by goMain or, when nil, executed from t.
func (p *page) writeDocument(t *template.Template, goMain func(*page, *fileWriter) error, w *fileWriter) error {
	w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w.WriteString(string(p.HeadMeta))
	if p.Canonical != "" {
		var hw html.Writer
		hw.Raw("\n<link rel=\"canonical\" href=\"")
		hw.URL(p.Canonical)
		hw.Raw("\">\n<meta property=\"og:url\" content=\"")
		hw.Text(p.Canonical)
		hw.Raw("\">")
		w.Write(hw.Bytes())
	}
	w.WriteString("\n")
	w.WriteString(string(p.HeadLinks))
	w.WriteString("\n</head>\n<body class=\"k-")
	w.WriteString(template.HTMLEscapeString(p.Kind))
	w.WriteString("\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
	w.WriteString(string(p.Header))
	w.WriteString("\n<main id=\"main\" tabindex=\"-1\">")
	w.WriteString(string(p.Breadcrumb))
	var err error
	if goMain != nil {
		err = goMain(p, w)
	} else {
		err = t.ExecuteTemplate(w, "main", p)
	}
	if err != nil {
		return err
	}
	w.WriteString("\n</main>\n")
	w.WriteString(string(p.Footer))
	w.WriteString("\n")
	w.WriteString(string(p.BodyScripts))
	w.WriteString("\n</body>\n</html>\n")
	return nil
}

// goMain prints the "main" of the default layout of kind, for the kinds
// with the most pages; nil for the others.
func goMain(kind string) func(*page, *fileWriter) error {
	switch kind {
	case "objective":
		return writeObjectiveMain
	case "person":
		return writePersonMain
	}
	return nil
}

// writeObjectiveMain prints the "main" of the default objective.html.
func writeObjectiveMain(p *page, w *fileWriter) error {
	d := p.Data.(*objectiveData)
	if err := writeTop(p, w, d.Head, d.O, "\n<section class=\"prose why\" aria-labelledby=\"why-h\"><h2 id=\"why-h\">Why</h2>"); err != nil {
		return err
	}
	w.WriteString("\n\n<section aria-labelledby=\"krs-h\">\n<h2 id=\"krs-h\">Key results</h2>")
	if len(d.KRs) > 0 {
		w.WriteString(string(p.ChartKey(d.KRs)))
		cards, err := p.KRCards(d.KRs)
		if err != nil {
			return err
		}
		w.WriteString(string(cards))
	} else {
		w.WriteString("\n<p class=\"empty\">No key results yet.</p>")
	}
	w.WriteString("\n</section>")
	foot, err := d.Foot()
	if err != nil {
		return err
	}
	w.WriteString(string(foot))
	w.WriteString("\n</div>")
	return nil
}

// writePersonMain prints the "main" of the default person.html.
func writePersonMain(p *page, w *fileWriter) error {
	d := p.Data.(*personData)
	if err := writeTop(p, w, d.Head, d.X, "\n<section class=\"prose\" aria-labelledby=\"about-h\"><h2 id=\"about-h\">About</h2>"); err != nil {
		return err
	}
	w.WriteString("\n</div>")
	return nil
}

// writeTop prints how a default "main" opens: the wrap, the header the
// page builds (head) and, when entity has a body, the body in a section
// that open starts.
func writeTop(p *page, w *fileWriter, head func() (template.HTML, error), entity any, open string) error {
	h, err := head()
	if err != nil {
		return err
	}
	w.WriteString("<div class=\"wrap\">\n")
	w.WriteString(string(h))
	body, err := p.build(func(m *markup) { p.Site.writeBody(m, entity) })
	if err != nil {
		return err
	}
	if body != "" {
		w.WriteString(open)
		w.WriteString(string(body))
		w.WriteString("</section>")
	}
	return nil
}
