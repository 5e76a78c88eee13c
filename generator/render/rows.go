package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
)

// Objectives and key results as rows and cards, built in Go (see markup):
// the markup of the default theme's "orow", "orows", "krrow", "card" and
// "relations" partials.

// objectiveRows appends objs as a list of rows on a page of period pe.
func (s *site) objectiveRows(m *markup, objs []*model.Objective, pe *model.Period) {
	m.raw(`<ul class="rows">`)
	for _, o := range objs {
		m.raw("\n")
		s.objectiveRow(m, o, pe)
	}
	m.raw("\n</ul>")
}

// objectiveRow appends o as one row of a list on a page of period pe,
// naming o's period when it is another.
func (s *site) objectiveRow(m *markup, o *model.Objective, pe *model.Period) {
	m.raw(`<li class="orow"><span class="main"><a class="t" href="`)
	m.linkObj(o, nil)
	m.raw(`">`)
	m.text(o.Title)
	m.raw(`</a> <span class="meta">`)
	m.team(o.Team)
	m.raw(` · `)
	m.people(o.Owners, o.Owner)
	m.otherPeriod(o, pe)
	m.raw(`</span></span>`)
	m.frag(s.frags.objectiveMeterHTML(o))
	m.frag(s.frags.objectivePillHTML(o))
	m.raw(`</li>`)
}

// otherPeriod appends " · " and o's period name when it is not pe.
func (m *markup) otherPeriod(o *model.Objective, pe *model.Period) {
	if o.Period != pe && o.Period != nil {
		m.raw(` · `)
		m.text(o.Period.Name)
	}
}

// periodNote appends " (" and o's period name ")" when it is not pe: the
// parent an objective aligns to in a longer period ("Grow ARR (FY2026)").
func (m *markup) periodNote(o *model.Objective, pe *model.Period) {
	if o.Period != pe && o.Period != nil {
		m.raw(` <span class="pername">(`)
		m.text(o.Period.Name)
		m.raw(`)</span>`)
	}
}

// keyResultRow appends k as one row: title, detail, bar and status.
func (s *site) keyResultRow(m *markup, k *model.KeyResult) {
	m.raw(`<li class="kr"><a class="t" href="`)
	m.linkObj(k.Objective, k)
	m.raw(`">`)
	m.text(k.Title)
	m.raw(`</a> <span class="d">`)
	m.text(krDetail(k))
	m.raw(`</span>`)
	m.frag(s.frags.keyResultMeterHTML(k))
	m.frag(s.frags.keyResultPillHTML(k))
	m.raw(`</li>`)
}

// relations appends rows linking our objectives to others'.
func (s *site) relations(m *markup, rs []relation) {
	m.raw(`<ul class="rows rel-rows">`)
	for _, r := range rs {
		m.raw("\n" + `<li class="orow"><span class="main"><a class="t" href="`)
		m.linkObj(r.Theirs, nil)
		m.raw(`">`)
		m.text(r.Theirs.Title)
		m.raw(`</a>`)
		m.periodNote(r.Theirs, r.Ours.Period)
		m.raw(` <span class="meta">`)
		if r.KR != nil {
			m.raw(`via <a href="`)
			m.linkObj(r.KR.Objective, r.KR)
			m.raw(`">`)
			m.text(r.KR.Title)
			m.raw(`</a> · `)
		}
		m.team(r.Theirs.Team)
		m.raw(` · for <a href="`)
		m.linkObj(r.Ours, nil)
		m.raw(`">`)
		m.text(r.Ours.Title)
		m.raw(`</a></span></span>`)
		m.frag(s.frags.objectiveMeterHTML(r.Theirs))
		m.frag(s.frags.objectivePillHTML(r.Theirs))
		m.raw(`</li>`)
	}
	m.raw("\n</ul>")
}

// teamLine appends a team's name, current progress, alerts and lead.
func (s *site) teamLine(m *markup, n *teamNow) {
	m.raw(`<a class="tname" href="`)
	m.link(teamPath(n.Team))
	m.raw(`">`)
	m.text(n.Team.Name)
	m.raw(`</a> <span class="tmeta teamcols">`)
	if len(n.Objectives) > 0 {
		m.frag(s.frags.meterHTML(n.judge.summaryMeterArgs(n.Sum, n.period, n.today)))
		m.raw(`<span class="meta">`)
		m.text(plural(len(n.Objectives), "objective"))
		m.raw(`</span><span class="alerts">`)
		s.alert(m, model.StatusAtRisk, n.AtRisk())
		m.raw(` `)
		s.alert(m, model.StatusOffTrack, n.OffTrack())
		m.raw(`</span>`)
	} else {
		m.raw(`<span class="meta none">no objectives this period</span>`)
	}
	m.raw(`<span class="towner">`)
	if n.Team.Lead != nil {
		m.person(n.Team.Lead)
	}
	m.raw(`</span></span>`)
}

// alert appends the pill of status st and, when more than one, "×n".
func (s *site) alert(m *markup, st model.Status, n int) {
	if n == 0 {
		return
	}
	m.frag(s.frags.statusPillHTML(st))
	if n > 1 {
		m.raw(`×`)
		m.int(n)
	}
}

// teamNode appends team t and its sub-teams as an org tree item.
func (s *site) teamNode(m *markup, t *model.Team) {
	m.raw(`<li class="tnode team">`)
	if len(t.Children) > 0 {
		m.raw("\n<details open>\n<summary>")
		s.teamLine(m, s.teams[t])
		m.raw("</summary>\n<ul>")
		for _, c := range t.Children {
			m.raw("\n")
			s.teamNode(m, c)
		}
		m.raw("\n</ul>\n</details>")
	} else {
		m.raw("\n" + `<div class="tsum leaf">`)
		s.teamLine(m, s.teams[t])
		m.raw(`</div>`)
	}
	m.raw("\n</li>")
}

// The partials of the default theme that the Go-built fragments replace,
// as methods of the page they are on.

// card is an objective shown as a card in a list of period Period's
// objectives: the data of the partial objective-card.html (as .V).
type card struct {
	O      *model.Objective
	Period *model.Period
}

// CardIn pairs the page with the card of o in a list of period pe's
// objectives, for the partial objective-card.html.
func (p *page) CardIn(o *model.Objective, pe *model.Period) pair {
	return pair{P: p, V: card{O: o, Period: pe}}
}

// OwnerLinks are the owners of list, linked and separated by commas, or
// first (or "no owner") when list is empty.
func (p *page) OwnerLinks(list []*model.Person, first *model.Person) (template.HTML, error) {
	return p.build(func(m *markup) { m.people(list, first) })
}

// ObjectiveRows are objs as a list of rows.
func (p *page) ObjectiveRows(objs []*model.Objective) (template.HTML, error) {
	return p.build(func(m *markup) { p.Site.objectiveRows(m, objs, p.Period) })
}

// TeamNode is t and its sub-teams, for the "teamnode" partial.
func (p *page) TeamNode(t *model.Team) (template.HTML, error) {
	return p.build(func(m *markup) { p.Site.teamNode(m, t) })
}

// PersonLink is a link to x, or "no owner".
func (p *page) PersonLink(x *model.Person) (template.HTML, error) {
	return p.build(func(m *markup) { m.person(x) })
}

// TeamLink is a link to t, or nothing.
func (p *page) TeamLink(t *model.Team) (template.HTML, error) {
	return p.build(func(m *markup) { m.team(t) })
}
