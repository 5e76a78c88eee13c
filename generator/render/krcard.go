package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// The pieces of a key result's card (the theme's partial kr-card.html)
// that are built in Go, as methods of the page the card is on.

// Owners is " · Owner " and the owner, or " · Owners " and every owner,
// each linked; nothing without any. first stands in for an empty list.
func (p *page) Owners(list []*model.Person, first *model.Person) (template.HTML, error) {
	return p.build(func(m *markup) { m.owners(list, first, false) })
}

// People are the people of list, linked and separated by commas.
func (p *page) People(list []*model.Person) (template.HTML, error) {
	return p.build(func(m *markup) { m.people(list, nil) })
}

// KRLinks is, after a newline, what k contributes to and what feeds it;
// nothing without any.
func (p *page) KRLinks(k *model.KeyResult) (template.HTML, error) {
	return p.build(func(m *markup) { m.krLinks(k) })
}

// ChartKey is the key to the lines of the charts of vs's cards, once for
// the page rather than under every chart: check-ins, then the expected
// path or threshold and today's mark where some chart has them; nothing
// when no card has a chart.
func (p *page) ChartKey(vs []krView) template.HTML {
	var charts, expected, threshold, today bool
	for i := range vs {
		if c := vs[i].Chart; c != nil {
			charts = true
			expected = expected || c.RefLabel == expectedLabel
			threshold = threshold || c.RefLabel == threshLabel
			today = today || c.HasToday
		}
	}
	if !charts {
		return ""
	}
	h := "\n" + `<p class="chart-key">Charts: <span class="key series">check-ins</span>`
	if expected {
		h += ` <span class="key ref">` + expectedLabel + `</span>`
	}
	if threshold {
		h += ` <span class="key ref">` + threshLabel + `</span>`
	}
	if today {
		h += ` <span class="key today">today</span>`
	}
	return template.HTML(h + "</p>")
}

// CheckinTable is, after a newline, the table of k's check-ins, newest
// first; nothing without any.
func (p *page) CheckinTable(k *model.KeyResult) (template.HTML, error) {
	if len(k.Checkins) == 0 {
		return "", nil
	}
	return p.build(func(m *markup) { p.Site.checkinTable(m, k) })
}

// checkinTable appends k's check-ins, newest first. The table scrolls
// sideways on a narrow screen, so its wrapper is a named region that takes
// the focus (named by the key result's short id, "Check-ins of kr1",
// unique on the page: its card's heading has the title). A column stays out when no check-in has a value for it (a
// status, a confidence), and the rows leave out the end tags HTML lets
// them: a portal has hundreds of thousands of these rows. The reported
// value is the second column (class "ci" aligns it).
func (s *site) checkinTable(m *markup, k *model.KeyResult) {
	n := len(k.Checkins)
	if n == 0 {
		return
	}
	m.Raw("\n" + `<details class="history"`)
	if n <= 12 {
		m.Raw(` open`)
	}
	m.Raw(">\n" + `<summary>Check-ins <span class="meta">(`)
	m.Int(n)
	m.Raw(`)</span></summary>` + "\n" + `<div class="table-wrap" tabindex="0" role="region" aria-label="Check-ins of `)
	m.Text(k.ID)
	m.Raw(`"><table class="data ci">` + "\n" + `<thead><tr><th>Date<th class="n">Reported`)
	conf, status := pagedata.HasConfidence(k), hasStatus(k.Checkins)
	if conf {
		m.Raw(`<th class="n">Confidence`)
	}
	if status {
		m.Raw(`<th>Status`)
	}
	m.Raw(`<th>Note</thead>` + "\n<tbody>")
	for i := n - 1; i >= 0; i-- {
		c := &k.Checkins[i]
		m.Raw("\n<tr><td>")
		m.Date(c.Date, "2 Jan 2006")
		m.Raw(`<td>`)
		m.Text(pagedata.CheckinValue(k, c))
		if conf {
			m.Raw(`<td class="n">`)
			if c.Confidence != nil {
				m.Text(pagedata.NumText(*c.Confidence) + "/10")
			}
		}
		if status {
			m.Raw(`<td>`)
			if c.Status != "" {
				m.frag(s.frags.statusPillHTML(c.Status))
			}
		}
		m.Raw(`<td>`)
		m.inline(s, c.Note)
	}
	m.Raw("\n</tbody>\n</table></div>\n</details>")
}

// hasStatus reports whether any of cs has a status.
func hasStatus(cs []model.Checkin) bool {
	for i := range cs {
		if cs[i].Status != "" {
			return true
		}
	}
	return false
}

// person appends the "person" partial: a link to x, or "no owner".
func (m *markup) person(x *model.Person) {
	if x == nil {
		m.Raw(`<span class="who none">no owner</span>`)
		return
	}
	m.Raw(`<a class="who" href="`)
	m.link(pagedata.PersonPath(x))
	m.Raw(`">`)
	m.Text(x.Name)
	m.Raw(`</a>`)
}

// team appends the "team" partial: a link to t, or nothing.
func (m *markup) team(t *model.Team) {
	if t == nil {
		return
	}
	m.Raw(`<a class="team" href="`)
	m.link(pagedata.TeamPath(t))
	m.Raw(`">`)
	m.Text(t.Name)
	m.Raw(`</a>`)
}
