package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
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

// CheckinTable is, after a newline, the table of k's check-ins, newest
// first; nothing without any.
func (p *page) CheckinTable(k *model.KeyResult) (template.HTML, error) {
	if len(k.Checkins) == 0 {
		return "", nil
	}
	return p.build(func(m *markup) { p.Site.checkinTable(m, k) })
}

// checkinTable appends k's check-ins, newest first.
func (s *site) checkinTable(m *markup, k *model.KeyResult) {
	n := len(k.Checkins)
	if n == 0 {
		return
	}
	m.raw("\n" + `<details class="history"`)
	if n <= 12 {
		m.raw(` open`)
	}
	m.raw(">\n" + `<summary>Check-ins <span class="meta">(`)
	m.int(n)
	conf := hasConfidence(k)
	m.raw(`)</span></summary>` + "\n" + `<div class="table-wrap"><table class="data">` + "\n" +
		`<thead><tr><th scope="col">Date</th><th scope="col" class="n">Reported</th>`)
	if conf {
		m.raw(`<th scope="col" class="n">Confidence</th>`)
	}
	m.raw(`<th scope="col">Status</th><th scope="col">Note</th></tr></thead>` + "\n<tbody>")
	for i := n - 1; i >= 0; i-- {
		c := &k.Checkins[i]
		m.raw("\n" + `<tr><td><time datetime="`)
		m.b = c.Date.AppendFormat(m.b, "2006-01-02")
		m.raw(`">`)
		m.b = c.Date.AppendFormat(m.b, "2 Jan 2006")
		m.raw(`</time></td><td class="n">`)
		m.text(checkinValue(k, c))
		if conf {
			m.raw(`</td><td class="n">`)
			if c.Confidence != nil {
				m.text(numText(*c.Confidence) + "/10")
			}
		}
		m.raw(`</td><td>`)
		if c.Status != "" {
			m.frag(s.frags.statusPillHTML(c.Status))
		}
		m.raw(`</td><td>`)
		m.value(s.Inline(c.Note))
		m.raw(`</td></tr>`)
	}
	m.raw("\n</tbody>\n</table></div>\n</details>")
}

// person appends the "person" partial: a link to x, or "no owner".
func (m *markup) person(x *model.Person) {
	if x == nil {
		m.raw(`<span class="who none">no owner</span>`)
		return
	}
	m.raw(`<a class="who" href="`)
	m.link(personPath(x))
	m.raw(`">`)
	m.text(x.Name)
	m.raw(`</a>`)
}

// team appends the "team" partial: a link to t, or nothing.
func (m *markup) team(t *model.Team) {
	if t == nil {
		return
	}
	m.raw(`<a class="team" href="`)
	m.link(teamPath(t))
	m.raw(`">`)
	m.text(t.Name)
	m.raw(`</a>`)
}
