package render

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// maxDescription is the longest page description in bytes, about what
// search results and link previews show.
const maxDescription = 160

// headMeta is the page's <title> (DocTitle), its description (Description)
// as <meta name="description"> and og:description, and the Open Graph
// title, site name and type, a line each: what every page's <head> says
// about it, as one call from the layout (like Hugo's internal opengraph
// template) rather than eight. A theme may write these tags itself with
// .DocTitle, .Description, .Title and .SiteName instead.
func (p *page) headMeta() (template.HTML, error) {
	d := p.Description()
	return p.build(func(m *markup) {
		m.Raw("<title>")
		m.Text(p.DocTitle())
		m.Raw("</title>\n" + `<meta name="description" content="`)
		m.Text(d)
		m.Raw(`">` + "\n" + `<meta property="og:title" content="`)
		m.Text(p.Title)
		m.Raw(`">` + "\n" + `<meta property="og:description" content="`)
		m.Text(d)
		m.Raw(`">` + "\n" + `<meta property="og:site_name" content="`)
		m.Text(p.SiteName())
		m.Raw(`">` + "\n" + `<meta property="og:type" content="website">`)
	})
}

// Description is the page's <meta name="description"> and og:description:
// one plain-text sentence about what the page shows, taken from its
// content (an objective's own description, a team's mission) or made from
// its figures, at most maxDescription bytes. Templates print it through
// html/template, which escapes it.
func (p *page) Description() string {
	return clip(p.describe(), maxDescription)
}

// describe is Description before clipping.
func (p *page) describe() string {
	s := p.Site
	org := s.p.Settings.Organisation
	if org == "" {
		org = s.Title()
	}
	switch d := p.Data.(type) {
	case *objectiveData:
		return describeObjective(d.O)
	case *teamData:
		return firstOr(d.T.Mission, d.T.Body.Text, "Objectives, key results and people of "+d.T.Name+inPeriod(s.Current)+".")
	case *personData:
		return describePerson(d.X, s.Current)
	case *priorityData:
		return firstOr(d.Pr.Summary, d.Pr.Body.Text, "Strategic priority of "+org+": "+d.Pr.Title+", and the objectives that deliver it.")
	}
	switch p.Kind {
	case "home", "strategy":
		if m := s.p.Strategy.Mission; m != "" {
			return org + ": " + m
		}
		return "Objectives and key results of " + org + inPeriod(s.Current) + ", and the strategy they serve."
	case "period":
		if pe := p.Period; pe != nil {
			return describePeriod(pe)
		}
	case "alignment":
		return "How every objective of " + org + inPeriod(p.Period) + " traces up to the strategic priorities."
	case "teams":
		return "The teams of " + org + " and their objectives" + inPeriod(s.Current) + "."
	case "people":
		return "The people of " + org + " and the objectives and key results they own" + inPeriod(s.Current) + "."
	case "periods":
		return "Every OKR period of " + org + ", with its dates, phase and progress."
	case "health":
		return "How healthy the OKRs of " + org + " are" + inPeriod(s.Current) + ": focus, alignment, transparency and engagement."
	case "updates":
		return "The latest check-ins on the key results of " + org + "."
	case "search":
		return "Search the objectives, key results, teams and people of " + org + "."
	case "404":
		return "There is no page at this address."
	}
	return p.Title + " · " + org
}

// inPeriod is " in <period>", or "" without one.
func inPeriod(pe *model.Period) string {
	if pe == nil {
		return ""
	}
	return " in " + pe.Name
}

// describeObjective is the first sentence of o's description or, without
// one, its team, period, status and progress.
func describeObjective(o *model.Objective) string {
	if s := firstSentence(o.Body.Text); s != "" {
		return s
	}
	var b strings.Builder
	b.WriteString("Objective")
	if o.Team != nil {
		b.WriteString(" of " + o.Team.Name)
	}
	if o.Period != nil {
		b.WriteString(" for " + o.Period.Name)
	}
	b.WriteString(": " + pagedata.ObjectiveStatus(o).Label())
	if o.Computed.HasData {
		fmt.Fprintf(&b, ", %d%% progress", int(math.Round(o.Computed.Progress*100)))
	}
	b.WriteString(".")
	return b.String()
}

// describePerson names x's role and what x owns in the current period.
func describePerson(x *model.Person, current *model.Period) string {
	b := x.Name
	if x.Title != "" {
		b += ", " + x.Title
	}
	if x.Team != nil {
		b += " (" + x.Team.Name + ")"
	}
	n := 0
	for _, o := range x.Owns {
		if o.Period == current {
			n++
		}
	}
	if current == nil {
		return b + ": objectives, key results and contributions."
	}
	return b + ": owns " + pagedata.Plural(n, "objective") + inPeriod(current) + "."
}

// describePeriod gives a period's dates, objectives and progress.
func describePeriod(pe *model.Period) string {
	b := pe.Name + ", " + pagedata.DateText(pe.Start) + " – " + pagedata.DateText(pe.End) + ": " + pagedata.Plural(len(pe.Objectives), "objective")
	var sum, n float64
	for _, o := range pe.Objectives {
		if o.Computed.HasData {
			sum += o.Computed.Progress
			n++
		}
	}
	if n > 0 {
		b += fmt.Sprintf(", %d%% average progress", int(math.Round(sum/n*100)))
	}
	return b + "."
}

// firstOr is the first sentence of the first non-empty Markdown text of
// texts, or fallback.
func firstOr(a, body, fallback string) string {
	for _, t := range []string{a, body} {
		if s := firstSentence(t); s != "" {
			return s
		}
	}
	return fallback
}

// firstSentence is the first sentence of the first paragraph of the
// Markdown text md as plain text: headings, code blocks, HTML and images
// skipped, link targets and emphasis marks dropped, spaces folded.
func firstSentence(md string) string {
	para := firstParagraph(md)
	if para == "" {
		return ""
	}
	text := foldSpaces(plainMarkdown(para))
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+1 == len(text) || text[i+1] == ' ' && i+2 < len(text) && isUpperStart(text[i+2:]) {
				return text[:i+1]
			}
		}
	}
	return text
}

// isUpperStart reports whether s starts with an upper-case letter or a
// digit, as a new sentence does.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// firstParagraph is the first run of prose lines of md, or "".
func firstParagraph(md string) string {
	var lines []string
	fence := false
	for len(md) > 0 { // line by line, up to the paragraph's end only
		line := md
		if i := strings.IndexByte(md, '\n'); i >= 0 {
			line, md = md[:i], md[i+1:]
		} else {
			md = ""
		}
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		switch {
		case fence:
		case t == "":
			if len(lines) > 0 {
				return strings.Join(lines, " ")
			}
		case strings.HasPrefix(t, "#"), strings.HasPrefix(t, "<"), strings.HasPrefix(t, "!["),
			strings.HasPrefix(t, "|"), strings.HasPrefix(t, "---"), strings.HasPrefix(t, "***"):
			if len(lines) > 0 {
				return strings.Join(lines, " ")
			}
		default:
			t = strings.TrimLeft(t, ">-*+ ")
			lines = append(lines, t)
		}
	}
	return strings.Join(lines, " ")
}

// foldSpaces is strings.Join(strings.Fields(s), " "): the words of s
// (split where unicode.IsSpace) with one space between them, built at once.
func foldSpaces(s string) string {
	b := make([]byte, 0, len(s))
	space := false // a space is due before the next word
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = len(b) > 0
		} else {
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, s[i:i+n]...) // as it is, invalid UTF-8 too
		}
		i += n
	}
	return string(b)
}

// plainMarkdown drops the inline marks of Markdown from s: emphasis and
// code marks, and a link's target, keeping its text.
func plainMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '*', '_', '`', '[', '\\':
			continue
		case ']':
			if i+1 < len(s) && s[i+1] == '(' {
				if end := strings.IndexByte(s[i:], ')'); end > 0 {
					i += end
				}
			}
			continue
		case '<':
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				i += end
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// clip shortens s to at most n bytes at a word boundary, ending it with
// "…" when it cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > n/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:–-") + "…"
}

// canonical is the page's absolute address when portal.yaml sets base_url
// (a folder page's address ends in "/", without index.html; its path
// percent-encoded), or "".
func (p *page) canonical() string {
	base := p.Site.p.Settings.BaseURL
	if base == "" || p.Kind == "404" {
		return ""
	}
	rel := strings.TrimSuffix(p.rel, "index.html")
	return pagedata.TrimSlash(base) + "/" + (&url.URL{Path: rel}).EscapedPath()
}

// SiteName is og:site_name: the portal's title, with the organisation.
func (p *page) SiteName() string {
	t := p.Site.Title()
	if org := p.Site.p.Settings.Organisation; org != "" && !strings.Contains(t, org) {
		t = org + " · " + t
	}
	return t
}
