package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
)

// The person page, built in Go (see markup): a large portal has thousands
// of people. The layout adds the "about" text: {{ .Data.Head }}.

// Head is a person page up to the "about" text: who they are, their roles,
// the objectives they own per period and, this period, the key results
// they own and the objectives they contribute to.
func (d *personData) Head() (template.HTML, error) {
	p := d.page
	return p.build(func(m *markup) {
		s, x := p.Site, d.X
		m.raw(`<header class="page-head">` + "\n" + `<p class="eyebrow">Person</p>` + "\n<h1>")
		m.text(p.Title)
		m.raw("</h1>\n" + `<p class="meta">`)
		m.text(x.Title)
		if x.Team != nil {
			if x.Title != "" {
				m.raw(` · `)
			}
			m.team(x.Team)
		}
		if mail := mailto(x.Email); mail != "" {
			m.raw(` · <a href="`)
			m.url(mail)
			m.raw(`">`)
			m.text(x.Email)
			m.raw(`</a>`)
		}
		m.raw("</p>\n</header>")
		s.personRoles(m, x)
		m.raw("\n" + `<section aria-labelledby="owns-h">` + "\n" + `<h2 id="owns-h">Owns</h2>`)
		for _, g := range d.Owns {
			m.raw("\n<h3>")
			s.periodHeading(m, g.Period)
			m.raw("</h3>\n")
			s.objectiveRows(m, g.Objectives, p.Period)
		}
		if len(d.Owns) == 0 {
			m.raw("\n" + `<p class="empty">`)
			m.text(x.Name)
			m.raw(` owns no objectives.</p>`)
		}
		m.raw("\n</section>")
		if len(d.KRs) > 0 {
			m.raw("\n" + `<section aria-labelledby="krs-h">` + "\n" + `<h2 id="krs-h">Key results`)
			s.currentSub(m)
			m.raw("</h2>\n" + `<ul class="krs">`)
			for _, k := range d.KRs {
				m.raw("\n")
				s.keyResultRow(m, k)
			}
			m.raw("\n</ul>\n</section>")
		}
		if len(d.Helps) > 0 {
			m.raw("\n" + `<section aria-labelledby="helps-h">` + "\n" + `<h2 id="helps-h">Contributes to`)
			s.currentSub(m)
			m.raw("</h2>\n")
			s.objectiveRows(m, d.Helps, p.Period)
			m.raw("\n</section>")
		}
		if d.Others > 0 {
			m.raw("\n" + `<p class="meta">And `)
			m.text(plural(d.Others, "key result or contribution"))
			m.raw(` in other periods.</p>`)
		}
	})
}

// personRoles appends, after a newline, the teams x leads and is a member
// of and the priorities x owns; nothing without any.
func (s *site) personRoles(m *markup, x *model.Person) {
	if len(x.Leads)+len(x.MemberOf)+len(x.OwnsPriority) == 0 {
		return
	}
	m.raw("\n" + `<section class="grid-3" aria-label="Roles">`)
	teams := func(heading constant, ts []*model.Team) {
		if len(ts) == 0 {
			return
		}
		m.raw("\n<div><h2>")
		m.raw(heading)
		m.raw(`</h2><ul class="rel">`)
		for _, t := range ts {
			m.raw(`<li>`)
			m.team(t)
			m.raw(`</li>`)
		}
		m.raw(`</ul></div>`)
	}
	teams("Leads", x.Leads)
	teams("Member of", x.MemberOf)
	if len(x.OwnsPriority) > 0 {
		m.raw("\n" + `<div><h2>Owns priorities</h2><ul class="rel">`)
		for _, pr := range x.OwnsPriority {
			m.raw(`<li><a href="`)
			m.link(priorityPath(pr))
			m.raw(`">`)
			m.text(pr.Title)
			m.raw(`</a></li>`)
		}
		m.raw(`</ul></div>`)
	}
	m.raw("\n</section>")
}

// periodHeading appends a link to period pe, tagged when current.
func (s *site) periodHeading(m *markup, pe *model.Period) {
	if pe == nil {
		return
	}
	m.raw(`<a href="`)
	m.link(periodPath(pe))
	m.raw(`">`)
	m.text(pe.Name)
	m.raw(`</a>`)
	if pe == s.Current {
		m.raw(` <span class="tag">current</span>`)
	}
}

// currentSub appends the current period's name as a heading's subtitle.
func (s *site) currentSub(m *markup) {
	if s.Current != nil {
		m.raw(` <span class="sub">`)
		m.text(s.Current.Name)
		m.raw(`</span>`)
	}
}
