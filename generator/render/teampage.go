package render

import (
	"html/template"
	"strconv"

	"github.com/okrportal/okrportal/generator/html"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/review"
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
		m.Raw(`<header class="page-head">` + "\n" + `<p class="eyebrow">Team`)
		if t.Parent != nil {
			m.Raw(` in <a href="`)
			m.link(pagedata.TeamPath(t.Parent))
			m.Raw(`">`)
			m.Text(t.Parent.Name)
			m.Raw(`</a>`)
		}
		m.Raw("</p>\n<h1>")
		m.Text(d.page.Title)
		m.Raw("</h1>\n")
		if t.Mission != "" {
			m.Raw(`<p class="lead">`)
			m.inline(s, t.Mission)
			m.Raw(`</p>`)
		}
		m.Raw("\n" + `<p class="meta">Lead: `)
		m.person(t.Lead)
		if len(t.Members) > 0 {
			m.Raw(` · `)
			m.Text(pagedata.Plural(len(t.Members), "member"))
		}
		if len(t.Children) > 0 {
			m.Raw(` · `)
			m.Text(pagedata.Plural(len(t.Children), "sub-team"))
		}
		m.Raw("</p>\n</header>\n\n")
		s.teamGlance(m, d)
	})
}

// teamGlance appends the team's current period at a glance: progress,
// status counts and what needs attention.
func (s *site) teamGlance(m *markup, d *teamData) {
	now := d.Now
	m.Raw(`<section class="panel now" aria-labelledby="now-h">` + "\n" + `<h2 id="now-h">`)
	if s.Current != nil {
		m.Text(s.Current.Name)
	} else {
		m.Raw(`This period`)
	}
	m.Raw(` at a glance</h2>`)
	if len(now.Objectives) == 0 {
		m.Raw("\n" + `<p class="empty">This team has no objectives`)
		if s.Current != nil {
			m.Raw(` in `)
			m.Text(s.Current.Name)
		}
		m.Raw(".</p>\n</section>")
		return
	}
	m.Raw("\n" + `<div class="now-grid">` + "\n<div>\n" + `<div class="big">`)
	m.frag(s.frags.meterHTML(now.judge.SummaryMeterArgs(now.Sum, now.period, now.today)))
	m.Raw("</div>\n" + `<p class="meta">Progress of `)
	if now.Sum.NoData > 0 {
		m.Text("the " + strconv.Itoa(now.Sum.WithData) + " of " + pagedata.Plural(now.Sum.Objectives, "objective") + " that have data")
	} else {
		m.Text(pagedata.Plural(now.Sum.Objectives, "objective"))
	}
	m.Raw("</p>\n")
	s.counts(m, pagedata.StatusCounts(now.Sum))
	m.Raw("\n</div>\n<div>\n<h3>Needs attention</h3>")
	if len(d.Attention) == 0 {
		m.Raw("\n" + `<p class="ok"><span aria-hidden="true">✓</span> Nothing at risk, and every key result is up to date.</p>`)
	} else {
		m.Raw("\n" + `<ul class="attention">`)
		for _, a := range d.Attention {
			m.Raw("\n" + `<li><a href="`)
			m.linkObj(a.K.Objective, a.K)
			m.Raw(`">`)
			m.Text(a.K.Title)
			m.Raw(`</a> <span class="why">`)
			m.Text(a.Reason)
			m.Raw(`</span></li>`)
		}
		m.Raw("\n</ul>")
		moreNote(m, d.more["attention"])
	}
	m.Raw("\n</div>\n</div>\n</section>")
}

// counts appends the "counts" partial: the status counts with their pills.
func (s *site) counts(m *markup, cs []pagedata.StatusCount) {
	m.Raw(`<ul class="counts">`)
	for _, c := range cs {
		m.Raw("\n<li>")
		m.frag(s.frags.statusPillHTML(c.Status))
		m.Raw(` <strong>`)
		m.Int(c.N)
		m.Raw(`</strong></li>`)
	}
	m.Raw("\n</ul>")
}

// Links are, each after a newline when there is any, what the team's
// objectives align to and what aligns to them, the dependencies both
// ways, what the team contributes to and its sub-teams.
func (d *teamData) Links() (template.HTML, error) {
	return d.build(func(m *markup, s *site) {
		if len(d.Up)+len(d.Down) > 0 {
			m.Raw("\n" + `<section class="grid-2" aria-label="Alignment">`)
			s.relationColumn(m, html.Const("We align to"), d.Up, html.Const("Our objectives align to no parent objective."), d.more["up"])
			s.relationColumn(m, html.Const("Aligned to us"), d.Down, html.Const("No objective aligns to ours yet."), d.more["down"])
			m.Raw("\n</section>")
		}
		if len(d.Needs)+len(d.NeededBy) > 0 {
			m.Raw("\n" + `<section class="grid-2" aria-label="Dependencies">`)
			s.relationColumn(m, html.Const("We depend on"), d.Needs, html.Const("No dependencies."), d.more["needs"])
			s.relationColumn(m, html.Const("Depending on us"), d.NeededBy, html.Const("No one depends on our objectives."), d.more["neededby"])
			m.Raw("\n</section>")
		}
		if len(d.Contributions) > 0 {
			m.Raw("\n" + `<section aria-labelledby="contrib-h">` + "\n" + `<h2 id="contrib-h">We contribute to</h2>` + "\n")
			s.objectiveRows(m, d.Contributions, d.page.Period)
			moreNote(m, d.more["contrib"])
			m.Raw("\n</section>")
		}
		if len(d.Subteams) > 0 {
			m.Raw("\n" + `<section aria-labelledby="sub-h">` + "\n" + `<h2 id="sub-h">Sub-teams</h2>` + "\n" + `<ul class="tree teams flat">`)
			for _, n := range d.Subteams[:min(len(d.Subteams), pageSize)] {
				m.Raw("\n" + `<li class="tnode team"><div class="tsum leaf">`)
				s.teamLine(m, n, true)
				m.Raw(`</div></li>`)
			}
			m.Raw("\n</ul>")
			if len(d.Subteams) > pageSize { // the rest on the sub-teams' own pages
				m.Raw("\n" + `<p class="more"><a href="`)
				m.link(subteamsPath(d.T))
				m.Raw(`">All `)
				m.Int(len(d.Subteams))
				m.Raw(` sub-teams →</a></p>`)
			}
			m.Raw("\n</section>")
		}
	})
}

// relationColumn appends one column of a grid of relations: a heading and
// the relations, or none when there are none, and how many more were left
// out.
func (s *site) relationColumn(m *markup, heading html.Trusted, rs []pagedata.Relation, none html.Trusted, more int) {
	m.Raw("\n<div>\n<h2>")
	m.Trusted(heading)
	m.Raw("</h2>\n")
	if len(rs) > 0 {
		s.relations(m, rs)
		moreNote(m, more)
	} else {
		m.Raw(`<p class="empty">`)
		m.Trusted(none)
		m.Raw(`</p>`)
	}
	m.Raw("\n</div>")
}

// People are the team's lead and members, and its links.
func (d *teamData) People() (template.HTML, error) {
	return d.build(func(m *markup, s *site) {
		t := d.T
		m.Raw(`<section aria-labelledby="people-h">` + "\n" + `<h2 id="people-h">People</h2>` + "\n" + `<ul class="people-list">`)
		if t.Lead != nil {
			m.Raw("\n<li>")
			m.person(t.Lead)
			m.Raw(` <span class="tag">lead</span>`)
			m.personTitle(t.Lead)
			m.Raw(`</li>`)
		}
		for _, x := range t.Members {
			if x != t.Lead {
				m.Raw("\n<li>")
				m.person(x)
				m.personTitle(x)
				m.Raw(`</li>`)
			}
		}
		m.Raw("\n</ul>")
		if len(t.Links) > 0 {
			m.Raw("\n<h3>Links</h3>\n" + `<ul class="links">`)
			for _, l := range t.Links {
				m.Raw("\n<li>")
				m.outLink(l.URL, l.Title)
				m.Raw(`</li>`)
			}
			m.Raw("\n</ul>")
		}
		m.Raw("\n</section>")
	})
}

// personTitle appends x's job title after a space, if any.
func (m *markup) personTitle(x *model.Person) {
	if x.Title != "" {
		m.Raw(` <span class="meta">`)
		m.Text(x.Title)
		m.Raw(`</span>`)
	}
}

// Past is, after a newline, the team's objectives of other periods, a
// collapsed group per period; "" without any.
func (d *teamData) Past() (template.HTML, error) {
	if len(d.Other) == 0 {
		return "", nil
	}
	return d.build(func(m *markup, s *site) {
		m.Raw("\n" + `<section aria-labelledby="past-h">` + "\n" + `<h2 id="past-h">Other periods</h2>`)
		for _, g := range d.Other {
			m.Raw("\n" + `<details class="period-group">` + "\n<summary><strong>")
			if g.Period != nil {
				m.Text(g.Period.Name)
			}
			m.Raw(`</strong> <span class="meta">`)
			m.Text(pagedata.Plural(len(g.Objectives), "objective"))
			m.Raw("</span></summary>\n")
			s.objectiveRows(m, g.Objectives, d.page.Period)
			moreNote(m, d.more[g.Period])
			m.Raw("\n</details>")
		}
		m.Raw("\n</section>")
	})
}

// moreNote appends, when n > 0, that n more items were left out of a
// list a page shows only the first of (the objectives' own pages and the
// alignment tree have them).
func moreNote(m *markup, n int) {
	if n > 0 {
		m.Raw("\n" + `<p class="meta">… and `)
		m.Int(n)
		m.Raw(` more, on the objectives' pages and in the alignment tree.</p>`)
	}
}

// attention is a key result a team should look at, and why.
type attention struct {
	K      *model.KeyResult
	Reason string
}

// teamData is one team's page content.
type teamData struct {
	T             *model.Team
	Now           *teamNow
	Attention     []attention
	Up            []pagedata.Relation // what our objectives align to
	Down          []pagedata.Relation // who aligns to us
	Needs         []pagedata.Relation // what we depend on
	NeededBy      []pagedata.Relation // who depends on us
	Contributions []*model.Objective
	Subteams      []*teamNow
	Other         []pagedata.PeriodGroup
	// Plan is the team's plan score in the current period; nil without
	// live objectives there.
	Plan *pagedata.Plan
	// Cards are the current objectives on this page of the team's page,
	// Pager its place among them: the first page has every section, the
	// next ones the cards only.
	Cards []*model.Objective
	Pager *pager
	// more is how many of Attention, Up, Down, Needs, NeededBy,
	// Contributions and each group of Other were left out (capped).
	more map[any]int
	page *page
}

// teamPage is page n of team t's page.
func (s *site) teamPage(t *model.Team, n int) *page {
	now := s.teams[t]
	pgr := &pager{N: n, Of: pageCount(len(now.Objectives)), Base: pagedata.TeamPath(t)}
	lo, hi := pageRange(n, len(now.Objectives))
	d := &teamData{T: t, Now: now, Plan: s.reviewed().plans[t], Cards: now.Objectives[lo:hi], Pager: pgr}
	if !pgr.First() {
		pg := s.newPage("team", file(pagePath(pgr.Base, n)), t.Name, d)
		d.page = pg
		pg.Crumbs = []crumb{{"Teams", "teams/"}, {t.Name, pgr.Base}}
		pg.Title = t.Name + ", objectives page " + itoa(n)
		return pg
	}
	d.fill(s)
	pg := s.newPage("team", file(pgr.Base), t.Name, d)
	d.page = pg
	pg.Crumbs = []crumb{{"Teams", "teams/"}}
	for _, a := range t.Ancestors() {
		pg.Crumbs = append(pg.Crumbs, crumb{a.Name, pagedata.TeamPath(a)})
	}
	return pg
}

// fill computes the sections of the team page's first page, each list
// capped at pageSize.
func (d *teamData) fill(s *site) {
	t := d.T
	stale := s.p.Settings.Check.StaleAfterDays
	for _, o := range d.Now.Objectives {
		for _, k := range o.KeyResults {
			switch st := pagedata.KeyResultStatus(k); {
			case !review.Live(o):
			case st == model.StatusOffTrack || st == model.StatusAtRisk:
				d.Attention = append(d.Attention, attention{k, st.Label()})
			case review.Stale(s.p, o, k):
				d.Attention = append(d.Attention, attention{k, "no check-in for " + pagedata.Plural(stale, "day")})
			}
		}
		for _, a := range o.AlignsTo {
			if a.Objective != nil {
				d.Up = append(d.Up, pagedata.Relation{Ours: o, Theirs: a.Objective, KR: a.KeyResult})
			}
		}
		for _, c := range o.Children {
			d.Down = append(d.Down, pagedata.Relation{Ours: o, Theirs: c, KR: pagedata.AlignedKR(c, o)})
		}
		for _, x := range o.DependsOn {
			d.Needs = append(d.Needs, pagedata.Relation{Ours: o, Theirs: x})
		}
		for _, x := range o.DependedOnBy {
			d.NeededBy = append(d.NeededBy, pagedata.Relation{Ours: o, Theirs: x})
		}
	}
	for _, o := range t.Contributions {
		if o.Period == s.Current {
			d.Contributions = append(d.Contributions, o)
		}
	}
	for _, c := range t.Children {
		d.Subteams = append(d.Subteams, s.teams[c])
	}
	var other []*model.Objective
	for _, o := range t.Objectives {
		if o.Period != s.Current {
			other = append(other, o)
		}
	}
	d.Other = pagedata.GroupByPeriod(s.Current, other)
	d.more = map[any]int{}
	d.Attention = capList(d.more, "attention", d.Attention)
	d.Up, d.Down = capList(d.more, "up", d.Up), capList(d.more, "down", d.Down)
	d.Needs, d.NeededBy = capList(d.more, "needs", d.Needs), capList(d.more, "neededby", d.NeededBy)
	d.Contributions = capList(d.more, "contrib", d.Contributions)
	for i := range d.Other {
		d.Other[i].Objectives = capList(d.more, d.Other[i].Period, d.Other[i].Objectives)
	}
}

// capList is list cut to pageSize items, noting in more under key how
// many were left out.
func capList[T any](more map[any]int, key any, list []T) []T {
	if len(list) <= pageSize {
		return list
	}
	more[key] = len(list) - pageSize
	return list[:pageSize]
}
