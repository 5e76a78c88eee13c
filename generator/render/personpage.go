package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/html"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
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
		m.Raw(`<header class="page-head">` + "\n" + `<p class="eyebrow">Person</p>` + "\n<h1>")
		m.Text(p.Title)
		m.Raw("</h1>\n" + `<p class="meta">`)
		m.Text(x.Title)
		if x.Team != nil {
			if x.Title != "" {
				m.Raw(` · `)
			}
			m.team(x.Team)
		}
		if mail := pagedata.Mailto(x.Email); mail != "" {
			m.Raw(` · <a href="`)
			m.URL(mail)
			m.Raw(`">`)
			m.Text(x.Email)
			m.Raw(`</a>`)
		}
		m.Raw("</p>\n</header>")
		s.personRoles(m, x)
		m.Raw("\n" + `<section aria-labelledby="owns-h">` + "\n" + `<h2 id="owns-h">Owns</h2>`)
		for _, g := range d.Owns {
			m.Raw("\n<h3>")
			s.periodHeading(m, g.Period)
			m.Raw("</h3>\n")
			s.objectiveRows(m, g.Objectives, p.Period)
			moreNote(m, d.more[g.Period])
		}
		if len(d.Owns) == 0 {
			m.Raw("\n" + `<p class="empty">`)
			m.Text(x.Name)
			m.Raw(` owns no objectives.</p>`)
		}
		m.Raw("\n</section>")
		if len(d.KRs) > 0 {
			m.Raw("\n" + `<section aria-labelledby="krs-h">` + "\n" + `<h2 id="krs-h">Key results`)
			s.currentSub(m)
			m.Raw("</h2>\n" + `<ul class="krs">`)
			for _, k := range d.KRs {
				m.Raw("\n")
				s.keyResultRow(m, k)
			}
			m.Raw("\n</ul>")
			moreNote(m, d.more["krs"])
			m.Raw("\n</section>")
		}
		if len(d.Helps) > 0 {
			m.Raw("\n" + `<section aria-labelledby="helps-h">` + "\n" + `<h2 id="helps-h">Contributes to`)
			s.currentSub(m)
			m.Raw("</h2>\n")
			s.objectiveRows(m, d.Helps, p.Period)
			moreNote(m, d.more["helps"])
			m.Raw("\n</section>")
		}
		if d.Others > 0 {
			m.Raw("\n" + `<p class="meta">And `)
			m.Text(pagedata.Plural(d.Others, "key result or contribution"))
			m.Raw(` in other periods.</p>`)
		}
	})
}

// personRoles appends, after a newline, the teams x leads and is a member
// of and the priorities x owns; nothing without any.
func (s *site) personRoles(m *markup, x *model.Person) {
	if len(x.Leads)+len(x.MemberOf)+len(x.OwnsPriority) == 0 {
		return
	}
	m.Raw("\n" + `<section class="grid-3" aria-label="Roles">`)
	teams := func(heading html.Trusted, ts []*model.Team) {
		if len(ts) == 0 {
			return
		}
		m.Raw("\n<div><h2>")
		m.Trusted(heading)
		m.Raw(`</h2><ul class="rel">`)
		for _, t := range ts {
			m.Raw(`<li>`)
			m.team(t)
			m.Raw(`</li>`)
		}
		m.Raw(`</ul></div>`)
	}
	teams(html.Const("Leads"), x.Leads)
	teams(html.Const("Member of"), x.MemberOf)
	if len(x.OwnsPriority) > 0 {
		m.Raw("\n" + `<div><h2>Owns priorities</h2><ul class="rel">`)
		for _, pr := range x.OwnsPriority {
			m.Raw(`<li><a href="`)
			m.link(pagedata.PriorityPath(pr))
			m.Raw(`">`)
			m.Text(pr.Title)
			m.Raw(`</a></li>`)
		}
		m.Raw(`</ul></div>`)
	}
	m.Raw("\n</section>")
}

// periodHeading appends a link to period pe, tagged when current.
func (s *site) periodHeading(m *markup, pe *model.Period) {
	if pe == nil {
		return
	}
	m.Raw(`<a href="`)
	m.link(pagedata.PeriodPath(pe))
	m.Raw(`">`)
	m.Text(pe.Name)
	m.Raw(`</a>`)
	if pe == s.Current {
		m.Raw(` <span class="tag">current</span>`)
	}
}

// currentSub appends the current period's name as a heading's subtitle.
func (s *site) currentSub(m *markup) {
	if s.Current != nil {
		m.Raw(` <span class="sub">`)
		m.Text(s.Current.Name)
		m.Raw(`</span>`)
	}
}
