package render

import (
	"html/template"
	"strings"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// page is what a page template executes with: the shared site, where the
// page sits (for relative links) and the page's own data.
//
// Templates link with the methods: {{ .URL "teams/" }}, {{ .Team $t }},
// {{ .Obj $o }} … each returns a link relative to this page.
type page struct {
	Site   *site
	Kind   string        // layout name, e.g. "team"
	Title  string        // <title> and, usually, the h1
	Period *model.Period // the period the page shows, for the header
	Crumbs []crumb       // breadcrumb, without the page itself
	Data   any           // the page kind's data

	// Set by fill just before the layout runs: fields rather than
	// methods, as a template reaches a field without a reflective call,
	// and every page prints them.
	HeadMeta    template.HTML // <title>, description and Open Graph tags (headMeta)
	Canonical   string        // the absolute address with base_url, else "" (canonical)
	Breadcrumb  template.HTML // the "crumbs" partial (breadcrumb)
	chromeParts               // HeadLinks, Header, Footer and BodyScripts

	rel     string  // output path, e.g. "teams/eng/index.html"
	prefix  string  // "../" per folder level of rel; for 404.html the site root
	scratch *markup // where the page's fragments are built (page.build)
	svg     []byte  // where ChartSVG builds a chart
	err     error   // of an iterator (page.fail)
	chrome  any     // the chromeKey of the page's header and footer
}

// crumb is one step of a breadcrumb.
type crumb struct {
	Title string
	Path  string // site path, e.g. "teams/eng/"
}

// newPage returns a page written to rel (a slash path of a file).
func (s *site) newPage(kind, rel, title string, data any) *page {
	return &page{
		Site:   s,
		Kind:   kind,
		Title:  title,
		Period: s.p.Current,
		Data:   data,
		rel:    rel,
		prefix: strings.Repeat("../", strings.Count(rel, "/")),
	}
}

// URL returns the link from this page to the site path target, e.g.
// "teams/eng/", "assets/style.css" or "objectives/x/#kr-kr1"; "" is the
// home page. Folder links end in "/" or, with file links, "/index.html".
func (p *page) URL(target string) string {
	frag := ""
	if i := strings.IndexByte(target, '#'); i >= 0 {
		target, frag = target[:i], target[i:]
	}
	target = p.prefix + target
	if target == "" || strings.HasSuffix(target, "/") {
		if p.Site.opts.FileLinks {
			target += "index.html"
		} else if target == "" {
			target = "./"
		}
	}
	return target + frag
}

// Home links to the home page.
func (p *page) Home() string { return p.URL("") }

// Obj links to objective o.
func (p *page) Obj(o *model.Objective) string { return p.URL(pagedata.ObjPath(o)) }

// KR links to key result k on its objective's page.
func (p *page) KR(k *model.KeyResult) string { return p.URL(pagedata.KRPath(k)) }

// Team links to team t.
func (p *page) Team(t *model.Team) string { return p.URL(pagedata.TeamPath(t)) }

// Person links to person x.
func (p *page) Person(x *model.Person) string { return p.URL(pagedata.PersonPath(x)) }

// PeriodURL links to period x.
func (p *page) PeriodURL(x *model.Period) string { return p.URL(pagedata.PeriodPath(x)) }

// Priority links to priority x.
func (p *page) Priority(x *model.Priority) string { return p.URL(pagedata.PriorityPath(x)) }

// Asset links to a theme asset, e.g. "style.css".
func (p *page) Asset(name string) string { return p.URL("assets/" + name) }

// Active reports whether the navigation section sec is the one this page
// belongs to.
func (p *page) Active(sec string) bool { return section(p.Kind) == sec }

// section maps a page kind to its navigation section.
func section(kind string) string {
	switch kind {
	case "priority":
		return "strategy"
	case "team":
		return "teams"
	case "person":
		return "people"
	case "period":
		return "periods"
	case "objective":
		return "alignment"
	}
	return kind
}

// file is the output file of the folder page at site path dir.
func file(dir string) string { return dir + "index.html" }

// pair passes the page and a value to a partial template:
// {{ template "card" ($.With .) }}.
type pair struct {
	P *page
	V any
}

// With pairs the page with v.
func (p *page) With(v any) pair { return pair{P: p, V: v} }

// DocTitle is the document's <title>: the page title (but on the home
// page), the portal title and the organisation.
func (p *page) DocTitle() string {
	t := p.Site.Title()
	if p.Kind != "home" {
		t = p.Title + " · " + t
	}
	if org := p.Site.p.Settings.Organisation; org != "" {
		t += " · " + org
	}
	return t
}

// fill sets the fields every page prints, once the page is complete.
func (p *page) fill() {
	var err error
	p.HeadMeta, err = p.headMeta()
	p.fail(err)
	p.Canonical = p.canonical()
	p.Breadcrumb, err = p.breadcrumb()
	p.fail(err)
	p.chrome = chromeKey{p.prefix, p.Period, p.Kind} // in an interface once, not per Chrome call
	parts, err := p.Site.chromeOf(p)
	p.fail(err)
	p.chromeParts = *parts
}

// breadcrumb is the "crumbs" partial: links home and through Crumbs to
// the page's title; "" without crumbs.
func (p *page) breadcrumb() (template.HTML, error) {
	if len(p.Crumbs) == 0 {
		return "", nil
	}
	return p.build(func(m *markup) {
		m.Raw(`<nav class="crumbs wrap" aria-label="Breadcrumb"><ol>` + "\n" + `<li><a href="`)
		m.link("")
		m.Raw(`">Home</a></li>`)
		for _, c := range p.Crumbs {
			m.Raw("\n" + `<li><a href="`)
			m.link(c.Path)
			m.Raw(`">`)
			m.Text(c.Title)
			m.Raw(`</a></li>`)
		}
		m.Raw("\n" + `<li><span aria-current="page">`)
		m.Text(p.Title)
		m.Raw("</span></li>\n</ol></nav>")
	})
}

// chromeKey is what the header and footer may depend on.
type chromeKey struct {
	prefix string
	period *model.Period
	kind   string
}

// chromeParts are the partials of a page's chrome, as fields of the page
// (set by fill) so that a layout prints them without a reflective call:
// {{ .Header }} is {{ .Chrome "header" }}.
type chromeParts struct {
	HeadLinks   template.HTML // "headlinks": the stylesheet, icon and feed links
	Header      template.HTML // "header": the site header and main menu
	Footer      template.HTML // "footer"
	BodyScripts template.HTML // "bodyscripts": the scripts before </body>
}

// chromeOf returns the chrome of page p, rendered once per chromeKey. A
// part the theme does not define is empty: an older theme's own
// chrome.html may lack one its own baseof.html does not print.
func (s *site) chromeOf(p *page) (*chromeParts, error) {
	key := chromeKey{p.prefix, p.Period, p.Kind}
	s.chromeMu.RLock()
	parts := s.chromes[key]
	s.chromeMu.RUnlock()
	if parts != nil {
		return parts, nil
	}
	parts = &chromeParts{}
	for _, part := range []struct {
		name string
		html *template.HTML
	}{{"headlinks", &parts.HeadLinks}, {"header", &parts.Header}, {"footer", &parts.Footer}, {"bodyscripts", &parts.BodyScripts}} {
		if !p.Site.frags.Has(part.name) {
			continue
		}
		h, err := p.Chrome(part.name)
		if err != nil {
			return parts, err
		}
		*part.html = h
	}
	s.chromeMu.Lock()
	s.chromes[key] = parts
	s.chromeMu.Unlock()
	return parts, nil
}

// Chrome renders the partial name ("header", "footer", "headlinks" or
// "bodyscripts"), which may depend
// only on the page's depth, period and kind (and the site): it is rendered
// once per distinct combination and reused.
func (p *page) Chrome(name string) (template.HTML, error) {
	if p.chrome == nil { // a page not filled yet (fill sets it)
		p.chrome = chromeKey{p.prefix, p.Period, p.Kind}
	}
	return p.Site.frags.Render(name, p.chrome, p)
}
