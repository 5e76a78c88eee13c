package render

import (
	"html/template"
	"strconv"

	"github.com/okrportal/okrportal/generator/model"
)

// The sections of a team page, built in Go (see markup): a large portal
// has thousands of teams. The layout puts them together: {{ .Data.Head }},
// {{ .Data.Work }}, the charter, {{ .Data.People }} and {{ .Data.Past }}.

// build runs f on a builder for the page's links and returns the result.
func (d *teamData) build(f func(m *markup, s *site)) (template.HTML, error) {
	return d.page.build(func(m *markup) { f(m, d.page.Site) })
}

// Head is the page header (parent, name, mission, lead, members and
// sub-teams) and the current period at a glance.
func (d *teamData) Head() (template.HTML, error) {
	return d.build(func(m *markup, s *site) {
		t := d.T
		m.raw(`<header class="page-head">` + "\n" + `<p class="eyebrow">Team`)
		if t.Parent != nil {
			m.raw(` in <a href="`)
			m.link(teamPath(t.Parent))
			m.raw(`">`)
			m.text(t.Parent.Name)
			m.raw(`</a>`)
		}
		m.raw("</p>\n<h1>")
		m.text(d.page.Title)
		m.raw("</h1>\n")
		if t.Mission != "" {
			m.raw(`<p class="lead">`)
			m.value(s.Inline(t.Mission))
			m.raw(`</p>`)
		}
		m.raw("\n" + `<p class="meta">Lead: `)
		m.person(t.Lead)
		if len(t.Members) > 0 {
			m.raw(` · `)
			m.text(plural(len(t.Members), "member"))
		}
		if len(t.Children) > 0 {
			m.raw(` · `)
			m.text(plural(len(t.Children), "sub-team"))
		}
		m.raw("</p>\n</header>\n\n")
		s.teamGlance(m, d)
	})
}

// teamGlance appends the team's current period at a glance: progress,
// status counts and what needs attention.
func (s *site) teamGlance(m *markup, d *teamData) {
	now := d.Now
	m.raw(`<section class="panel now" aria-labelledby="now-h">` + "\n" + `<h2 id="now-h">`)
	if s.Current != nil {
		m.text(s.Current.Name)
	} else {
		m.raw(`This period`)
	}
	m.raw(` at a glance</h2>`)
	if len(now.Objectives) == 0 {
		m.raw("\n" + `<p class="empty">This team has no objectives`)
		if s.Current != nil {
			m.raw(` in `)
			m.text(s.Current.Name)
		}
		m.raw(".</p>\n</section>")
		return
	}
	m.raw("\n" + `<div class="now-grid">` + "\n<div>\n" + `<div class="big">`)
	m.frag(s.frags.meterHTML(now.judge.summaryMeterArgs(now.Sum, now.period, now.today)))
	m.raw("</div>\n" + `<p class="meta">Progress of `)
	if now.Sum.NoData > 0 {
		m.text("the " + strconv.Itoa(now.Sum.WithData) + " of " + plural(now.Sum.Objectives, "objective") + " that have data")
	} else {
		m.text(plural(now.Sum.Objectives, "objective"))
	}
	m.raw("</p>\n")
	s.counts(m, statusCounts(now.Sum))
	m.raw("\n</div>\n<div>\n<h3>Needs attention</h3>")
	if len(d.Attention) == 0 {
		m.raw("\n" + `<p class="ok"><span aria-hidden="true">✓</span> Nothing at risk, and every key result is up to date.</p>`)
	} else {
		m.raw("\n" + `<ul class="attention">`)
		for _, a := range d.Attention {
			m.raw("\n" + `<li><a href="`)
			m.linkObj(a.K.Objective, a.K)
			m.raw(`">`)
			m.text(a.K.Title)
			m.raw(`</a> <span class="why">`)
			m.text(a.Reason)
			m.raw(`</span></li>`)
		}
		m.raw("\n</ul>")
	}
	m.raw("\n</div>\n</div>\n</section>")
}

// counts appends the "counts" partial: the status counts with their pills.
func (s *site) counts(m *markup, cs []statusCount) {
	m.raw(`<ul class="counts">`)
	for _, c := range cs {
		m.raw("\n<li>")
		m.frag(s.frags.statusPillHTML(c.status))
		m.raw(` <strong>`)
		m.int(c.N)
		m.raw(`</strong></li>`)
	}
	m.raw("\n</ul>")
}

// Links are, each after a newline when there is any, what the team's
// objectives align to and what aligns to them, the dependencies both
// ways, what the team contributes to and its sub-teams.
func (d *teamData) Links() (template.HTML, error) {
	return d.build(func(m *markup, s *site) {
		if len(d.Up)+len(d.Down) > 0 {
			m.raw("\n" + `<section class="grid-2" aria-label="Alignment">`)
			s.relationColumn(m, "We align to", d.Up, "Our objectives align to no parent objective.")
			s.relationColumn(m, "Aligned to us", d.Down, "No objective aligns to ours yet.")
			m.raw("\n</section>")
		}
		if len(d.Needs)+len(d.NeededBy) > 0 {
			m.raw("\n" + `<section class="grid-2" aria-label="Dependencies">`)
			s.relationColumn(m, "We depend on", d.Needs, "No dependencies.")
			s.relationColumn(m, "Depending on us", d.NeededBy, "No one depends on our objectives.")
			m.raw("\n</section>")
		}
		if len(d.Contributions) > 0 {
			m.raw("\n" + `<section aria-labelledby="contrib-h">` + "\n" + `<h2 id="contrib-h">We contribute to</h2>` + "\n")
			s.objectiveRows(m, d.Contributions, d.page.Period)
			m.raw("\n</section>")
		}
		if len(d.Subteams) > 0 {
			m.raw("\n" + `<section aria-labelledby="sub-h">` + "\n" + `<h2 id="sub-h">Sub-teams</h2>` + "\n" + `<ul class="tree teams flat">`)
			for _, n := range d.Subteams {
				m.raw("\n" + `<li class="tnode team"><div class="tsum leaf">`)
				s.teamLine(m, n)
				m.raw(`</div></li>`)
			}
			m.raw("\n</ul>\n</section>")
		}
	})
}

// relationColumn appends one column of a grid of relations: a heading and
// the relations, or none when there are none.
func (s *site) relationColumn(m *markup, heading constant, rs []relation, none constant) {
	m.raw("\n<div>\n<h2>")
	m.raw(heading)
	m.raw("</h2>\n")
	if len(rs) > 0 {
		s.relations(m, rs)
	} else {
		m.raw(`<p class="empty">`)
		m.raw(none)
		m.raw(`</p>`)
	}
	m.raw("\n</div>")
}

// People are the team's lead and members, and its links.
func (d *teamData) People() (template.HTML, error) {
	return d.build(func(m *markup, s *site) {
		t := d.T
		m.raw(`<section aria-labelledby="people-h">` + "\n" + `<h2 id="people-h">People</h2>` + "\n" + `<ul class="people-list">`)
		if t.Lead != nil {
			m.raw("\n<li>")
			m.person(t.Lead)
			m.raw(` <span class="tag">lead</span>`)
			m.personTitle(t.Lead)
			m.raw(`</li>`)
		}
		for _, x := range t.Members {
			if x != t.Lead {
				m.raw("\n<li>")
				m.person(x)
				m.personTitle(x)
				m.raw(`</li>`)
			}
		}
		m.raw("\n</ul>")
		if len(t.Links) > 0 {
			m.raw("\n<h3>Links</h3>\n" + `<ul class="links">`)
			for _, l := range t.Links {
				m.raw("\n<li>")
				if u := safeLink(l.URL); u != "" {
					m.raw(`<a href="`)
					m.url(u)
					m.raw(`" rel="noopener">`)
					m.text(l.Title)
					m.raw(`</a>`)
				} else {
					m.text(l.Title)
				}
				m.raw(`</li>`)
			}
			m.raw("\n</ul>")
		}
		m.raw("\n</section>")
	})
}

// personTitle appends x's job title after a space, if any.
func (m *markup) personTitle(x *model.Person) {
	if x.Title != "" {
		m.raw(` <span class="meta">`)
		m.text(x.Title)
		m.raw(`</span>`)
	}
}

// Past is, after a newline, the team's objectives of other periods, a
// collapsed group per period; "" without any.
func (d *teamData) Past() (template.HTML, error) {
	if len(d.Other) == 0 {
		return "", nil
	}
	return d.build(func(m *markup, s *site) {
		m.raw("\n" + `<section aria-labelledby="past-h">` + "\n" + `<h2 id="past-h">Other periods</h2>`)
		for _, g := range d.Other {
			m.raw("\n" + `<details class="period-group">` + "\n<summary><strong>")
			if g.Period != nil {
				m.text(g.Period.Name)
			}
			m.raw(`</strong> <span class="meta">`)
			m.text(plural(len(g.Objectives), "objective"))
			m.raw("</span></summary>\n")
			s.objectiveRows(m, g.Objectives, d.page.Period)
			m.raw("\n</details>")
		}
		m.raw("\n</section>")
	})
}
