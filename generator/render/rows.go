package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// Objectives and key results as rows and cards, built in Go (see markup):
// the markup of the default theme's "orow", "orows", "krrow", "card" and
// "relations" partials.

// objectiveRows appends objs as a list of rows on a page of period pe.
func (s *site) objectiveRows(m *markup, objs []*model.Objective, pe *model.Period) {
	m.Raw(`<ul class="rows">`)
	for _, o := range objs {
		m.Raw("\n")
		s.objectiveRow(m, o, pe)
	}
	m.Raw("\n</ul>")
}

// objectiveRow appends o as one row of a list on a page of period pe,
// naming o's period when it is another.
func (s *site) objectiveRow(m *markup, o *model.Objective, pe *model.Period) {
	m.Raw(`<li class="orow"><span class="main"><a class="t" href="`)
	m.linkObj(o, nil)
	m.Raw(`">`)
	m.Text(o.Title)
	m.Raw(`</a> <span class="meta">`)
	m.team(o.Team)
	m.Raw(` · `)
	m.people(o.Owners, o.Owner)
	m.otherPeriod(o, pe)
	m.Raw(`</span></span>`)
	m.frag(s.frags.objectiveMeterHTML(o))
	m.frag(s.frags.objectivePillHTML(o))
	m.Raw(`</li>`)
}

// otherPeriod appends " · " and o's period name when it is not pe.
func (m *markup) otherPeriod(o *model.Objective, pe *model.Period) {
	if o.Period != pe && o.Period != nil {
		m.Raw(` · `)
		m.Text(o.Period.Name)
	}
}

// periodNote appends " (" and o's period name ")" when it is not pe: the
// parent an objective aligns to in a longer period ("Grow ARR (FY2026)").
func (m *markup) periodNote(o *model.Objective, pe *model.Period) {
	if o.Period != pe && o.Period != nil {
		m.Raw(` <span class="pername">(`)
		m.Text(o.Period.Name)
		m.Raw(`)</span>`)
	}
}

// keyResultRow appends k as one row: title, detail, bar and status.
func (s *site) keyResultRow(m *markup, k *model.KeyResult) {
	m.Raw(`<li class="kr"><a class="t" href="`)
	m.linkObj(k.Objective, k)
	m.Raw(`">`)
	m.Text(k.Title)
	m.Raw(`</a> <span class="d">`)
	m.Text(pagedata.KRDetail(k))
	m.Raw(`</span>`)
	m.frag(s.frags.keyResultMeterHTML(k))
	m.frag(s.frags.keyResultPillHTML(k))
	m.Raw(`</li>`)
}

// relations appends rows linking our objectives to others'.
func (s *site) relations(m *markup, rs []pagedata.Relation) {
	m.Raw(`<ul class="rows rel-rows">`)
	for _, r := range rs {
		m.Raw("\n" + `<li class="orow"><span class="main"><a class="t" href="`)
		m.linkObj(r.Theirs, nil)
		m.Raw(`">`)
		m.Text(r.Theirs.Title)
		m.Raw(`</a>`)
		m.periodNote(r.Theirs, r.Ours.Period)
		m.Raw(` <span class="meta">`)
		if r.KR != nil {
			m.Raw(`via <a href="`)
			m.linkObj(r.KR.Objective, r.KR)
			m.Raw(`">`)
			m.Text(r.KR.Title)
			m.Raw(`</a> · `)
		}
		m.team(r.Theirs.Team)
		m.Raw(` · for <a href="`)
		m.linkObj(r.Ours, nil)
		m.Raw(`">`)
		m.Text(r.Ours.Title)
		m.Raw(`</a></span></span>`)
		m.frag(s.frags.objectiveMeterHTML(r.Theirs))
		m.frag(s.frags.objectivePillHTML(r.Theirs))
		m.Raw(`</li>`)
	}
	m.Raw("\n</ul>")
}

// teamLine appends a team's line: its link, current progress,
// objectives, alerts and lead, linked when leadLink is set.
func (s *site) teamLine(m *markup, n *teamNow, leadLink bool) {
	m.Raw(`<a class="tname" href="`)
	m.link(pagedata.TeamPath(n.Team))
	m.Raw(`">`)
	m.Text(n.Team.Name)
	m.Raw(`</a> <span class="tmeta teamcols">`)
	if len(n.Objectives) > 0 {
		m.frag(s.frags.meterHTML(n.judge.SummaryMeterArgs(n.Sum, n.period, n.today)))
		m.Raw(`<span class="meta">`)
		m.Text(pagedata.Plural(len(n.Objectives), "objective"))
		m.Raw(`</span><span class="alerts">`)
		s.alert(m, model.StatusAtRisk, n.AtRisk())
		m.Raw(` `)
		s.alert(m, model.StatusOffTrack, n.OffTrack())
		m.Raw(`</span>`)
	} else {
		m.Raw(`<span class="meta none">no objectives this period</span>`)
	}
	m.Raw(`<span class="towner">`)
	switch {
	case n.Team.Lead != nil && leadLink:
		m.person(n.Team.Lead)
	case n.Team.Lead != nil:
		m.Text(n.Team.Lead.Name)
	}
	m.Raw(`</span></span>`)
}

// alert appends the pill of status st and, when more than one, "×n".
func (s *site) alert(m *markup, st model.Status, n int) {
	if n == 0 {
		return
	}
	m.frag(s.frags.statusPillHTML(st))
	if n > 1 {
		m.Raw(`×`)
		m.Int(n)
	}
}

// The partials of the default theme that the Go-built fragments replace,
// as methods of the page they are on.

// card is an objective shown as a card in a list of period Period's
// objectives: the .V of the partial objective-card.html. What the card
// shows is formatted here once, so that the template prints fields
// rather than calling functions (each a reflective call).
type card struct {
	O           *model.Objective
	Period      *model.Period
	Class       string        // the status class: "on-track", "done" …
	URL         string        // the link to the objective's page
	Pill, Meter template.HTML // status pill and progress bar
	Team        template.HTML // the linked team, or ""
	Owners      template.HTML // the linked owners, or "no owner"
	OtherPeriod string        // the objective's period's name when not Period
	KRs         []krRow       // its key results
}

// krRow is a key result as a row of a card.
type krRow struct {
	K           *model.KeyResult
	URL         string // the link to its card on the objective's page
	Detail      string // its one-line summary
	Meter, Pill template.HTML
}

// CardIn pairs the page with the card of o in a list of period pe's
// objectives, for the partial objective-card.html.
func (p *page) CardIn(o *model.Objective, pe *model.Period) pair {
	s := p.Site
	c := &card{O: o, Period: pe, Class: s.frags.objectivePillClass(o), URL: p.Obj(o), KRs: make([]krRow, len(o.KeyResults))}
	var err error
	c.Pill, err = s.frags.objectivePillHTML(o)
	p.fail(err)
	c.Meter, err = s.frags.objectiveMeterHTML(o)
	p.fail(err)
	c.Team, err = p.TeamLink(o.Team)
	p.fail(err)
	c.Owners, err = p.OwnerLinks(o.Owners, o.Owner)
	p.fail(err)
	if o.Period != pe && o.Period != nil {
		c.OtherPeriod = o.Period.Name
	}
	for i, k := range o.KeyResults {
		r := &c.KRs[i]
		r.K, r.URL, r.Detail = k, p.KR(k), pagedata.KRDetail(k)
		r.Meter, err = s.frags.keyResultMeterHTML(k)
		p.fail(err)
		r.Pill, err = s.frags.keyResultPillHTML(k)
		p.fail(err)
	}
	return pair{P: p, V: c}
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

// PersonLink is a link to x, or "no owner".
func (p *page) PersonLink(x *model.Person) (template.HTML, error) {
	return p.build(func(m *markup) { m.person(x) })
}

// TeamLink is a link to t, or nothing.
func (p *page) TeamLink(t *model.Team) (template.HTML, error) {
	return p.build(func(m *markup) { m.team(t) })
}
