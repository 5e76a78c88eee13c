package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
)

// The sections of an objective page, built in Go (see markup): a portal
// has as many objective pages as objectives. The layout puts them
// together: {{ .Data.Head }}, the "why", {{ .Data.KeyResults }} and
// {{ .Data.Foot }}.

// build runs f on a builder for the page's links and returns the result.
func (d *objectiveData) build(f func(m *markup, s *site, o *model.Objective)) (template.HTML, error) {
	return d.page.build(func(m *markup) { f(m, d.page.Site, d.O) })
}

// Head is the top of the page: the header (period, title, status, team,
// owner, contributors and tags), the progress panel and, when there are
// any, the alignment and dependencies.
func (d *objectiveData) Head() (template.HTML, error) {
	return d.build(func(m *markup, s *site, o *model.Objective) {
		s.objectiveHeader(m, o, d.page.Title)
		m.raw("\n\n")
		s.objectiveSummary(m, o)
		s.objectiveLinks(m, o)
	})
}

// Foot is the end of the page: the objectives aligned to this one and the
// retrospective, each after a newline, when there are any.
func (d *objectiveData) Foot() (template.HTML, error) {
	o := d.O
	if len(o.Children) == 0 && o.Retrospective == "" && !isClosed(o) {
		return "", nil
	}
	return d.build(func(m *markup, s *site, o *model.Objective) {
		s.objectiveChildren(m, o)
		s.objectiveRetrospective(m, o)
	})
}

// objectiveHeader appends the page header.
func (s *site) objectiveHeader(m *markup, o *model.Objective, title string) {
	m.raw(`<header class="page-head obj-head">` + "\n" + `<p class="eyebrow">Objective · `)
	if o.Period != nil {
		m.raw(`<a href="`)
		m.link(periodPath(o.Period))
		m.raw(`">`)
		m.text(o.Period.Name)
		m.raw(`</a>`)
	}
	if o.Draft {
		m.raw(` · <span class="tag">draft</span>`)
	}
	m.raw("</p>\n<h1>")
	m.text(title)
	m.raw("</h1>\n" + `<p class="meta">`)
	m.frag(s.frags.objectivePillHTML(o))
	m.raw(` `)
	m.team(o.Team)
	m.owners(o.Owners, o.Owner, true)
	if len(o.Contributors) > 0 {
		m.raw(` · with `)
		for i, x := range o.Contributors {
			if i > 0 {
				m.raw(`, `)
			}
			m.person(x)
		}
	}
	m.raw(`</p>`)
	if len(o.Tags) > 0 {
		m.raw("\n" + `<ul class="tags">`)
		for _, t := range o.Tags {
			m.raw(`<li>`)
			m.text(t)
			m.raw(`</li>`)
		}
		m.raw(`</ul>`)
	}
	m.raw("\n</header>")
}

// objectiveSummary appends the progress panel: the bar, the expected
// progress and status (or the score once closed), the number of key
// results and the weight.
func (s *site) objectiveSummary(m *markup, o *model.Objective) {
	v := o.Computed
	m.raw(`<section class="panel summary" aria-label="Progress">` + "\n" + `<div class="big">`)
	m.frag(s.frags.objectiveMeterHTML(o))
	m.raw("</div>\n" + `<dl class="facts">`)
	if isClosed(o) {
		m.raw("\n<div><dt>Score</dt><dd>")
		m.frag(s.frags.objectivePillHTML(o))
		m.raw("</dd></div>")
	} else {
		m.raw("\n<div><dt>Expected by today</dt><dd>")
		m.text(pct(v.Expected))
		m.raw("</dd></div>\n<div><dt>Status</dt><dd>")
		m.frag(s.frags.statusPillHTML(objectiveStatus(o)))
		m.raw("</dd></div>")
	}
	m.raw("\n<div><dt>Key results</dt><dd>")
	m.int(len(o.KeyResults))
	if n := withoutData(o); n != "" {
		m.raw(` <span class="meta">(`)
		m.text(n)
		m.raw(`)</span>`)
	}
	m.raw("</dd></div>")
	if o.Weight != 1.0 {
		m.raw("<div><dt>Weight</dt><dd>")
		m.text(numText(o.Weight))
		m.raw("</dd></div>")
	}
	m.raw("\n</dl>\n</section>")
}

// objectiveLinks appends, after a newline, what the objective aligns to,
// its dependencies both ways and its contributing teams; nothing without
// any.
func (s *site) objectiveLinks(m *markup, o *model.Objective) {
	if len(o.Priorities)+len(o.AlignsTo)+len(o.DependsOn)+len(o.DependedOnBy)+len(o.ContributingTeams) == 0 {
		return
	}
	m.raw("\n" + `<section class="links-grid" aria-label="Alignment and dependencies">`)
	if len(o.Priorities)+len(o.AlignsTo) > 0 {
		m.raw("\n<div>\n<h2>Aligns to</h2>\n" + `<ul class="rel">`)
		for _, pr := range o.Priorities {
			m.raw("\n" + `<li><span class="tkind" title="Strategic priority">P</span> <a href="`)
			m.link(priorityPath(pr))
			m.raw(`">`)
			m.text(pr.Title)
			m.raw(`</a></li>`)
		}
		for _, a := range o.AlignsTo {
			if a.Objective == nil {
				continue
			}
			m.raw("\n" + `<li><span class="tkind" title="Objective">O</span> <a href="`)
			m.linkObj(a.Objective, nil)
			m.raw(`">`)
			m.text(a.Objective.Title)
			m.raw(`</a>`)
			m.periodNote(a.Objective, o.Period)
			if k := a.KeyResult; k != nil {
				m.raw(` <span class="via">via <a href="`)
				m.linkObj(k.Objective, k)
				m.raw(`">`)
				m.text(k.Title)
				m.raw(`</a></span>`)
			}
			s.relatedTail(m, a.Objective)
		}
		m.raw("\n</ul>\n</div>")
	}
	if len(o.DependsOn)+len(o.DependedOnBy) > 0 {
		m.raw("\n<div>\n<h2>Dependencies</h2>\n" + `<ul class="rel">`)
		for _, x := range o.DependsOn {
			s.dependency(m, "needs", x)
		}
		for _, x := range o.DependedOnBy {
			s.dependency(m, "needed by", x)
		}
		m.raw("\n</ul>\n</div>")
	}
	if len(o.ContributingTeams) > 0 {
		m.raw("\n<div>\n<h2>Contributing teams</h2>\n" + `<ul class="rel">`)
		for _, t := range o.ContributingTeams {
			m.raw(`<li>`)
			m.team(t)
			m.raw(`</li>`)
		}
		m.raw("</ul>\n</div>")
	}
	m.raw("\n</section>")
}

// dependency appends one item of the dependencies list.
func (s *site) dependency(m *markup, dir constant, x *model.Objective) {
	m.raw("\n" + `<li><span class="dir">`)
	m.raw(dir)
	m.raw(`</span> <a href="`)
	m.linkObj(x, nil)
	m.raw(`">`)
	m.text(x.Title)
	m.raw(`</a>`)
	s.relatedTail(m, x)
}

// relatedTail ends an item of the alignment and dependency lists: x's
// team and status.
func (s *site) relatedTail(m *markup, x *model.Objective) {
	m.raw(` <span class="meta">`)
	m.team(x.Team)
	m.raw(`</span> `)
	m.frag(s.frags.objectivePillHTML(x))
	m.raw(`</li>`)
}

// objectiveChildren appends, after a newline, the objectives aligned to
// o; nothing without any. Children of other periods than o's (an annual
// objective's quarterly children) come under a heading per period.
func (s *site) objectiveChildren(m *markup, o *model.Objective) {
	if len(o.Children) == 0 {
		return
	}
	m.raw("\n" + `<section aria-labelledby="children-h">` + "\n" + `<h2 id="children-h">Aligned to this objective</h2>`)
	groups := childGroups(o.Children)
	for _, g := range groups {
		if len(groups) > 1 || g.Period != o.Period {
			m.raw("\n" + `<h3 class="group-h">`)
			if g.Period != nil {
				m.raw(`<a href="`)
				m.link(periodPath(g.Period))
				m.raw(`">`)
				m.text(g.Period.Name)
				m.raw(`</a>`)
			}
			m.raw(`</h3>`)
		}
		m.raw("\n" + `<ul class="rows">`)
		s.childRows(m, o, g.Objectives)
		m.raw("\n</ul>")
	}
	m.raw("\n</section>")
}

// childGroups groups children (in portal order, so by period) by period,
// in that order.
func childGroups(children []*model.Objective) []periodGroup {
	var groups []periodGroup
	for _, c := range children {
		if n := len(groups); n > 0 && groups[n-1].Period == c.Period {
			groups[n-1].Objectives = append(groups[n-1].Objectives, c)
			continue
		}
		groups = append(groups, periodGroup{Period: c.Period, Objectives: []*model.Objective{c}})
	}
	return groups
}

// childRows appends the rows of children aligned to o.
func (s *site) childRows(m *markup, o *model.Objective, children []*model.Objective) {
	for _, c := range children {
		m.raw("\n" + `<li class="orow"><span class="main"><a class="t" href="`)
		m.linkObj(c, nil)
		m.raw(`">`)
		m.text(c.Title)
		m.raw(`</a> <span class="meta">`)
		m.team(c.Team)
		m.raw(` · `)
		m.people(c.Owners, c.Owner)
		if k := alignedKR(c, o); k != nil {
			m.raw(` · to <a href="`)
			m.linkObj(k.Objective, k)
			m.raw(`">`)
			m.text(k.Title)
			m.raw(`</a>`)
		}
		m.raw(`</span></span>`)
		m.frag(s.frags.objectiveMeterHTML(c))
		m.frag(s.frags.objectivePillHTML(c))
		m.raw(`</li>`)
	}
}

// objectiveRetrospective appends, after a newline, the scores of a closed
// objective and its retrospective; nothing when open without one.
func (s *site) objectiveRetrospective(m *markup, o *model.Objective) {
	if o.Retrospective == "" && !isClosed(o) {
		return
	}
	m.raw("\n" + `<section class="panel retro" aria-labelledby="retro-h">` + "\n" + `<h2 id="retro-h">Retrospective</h2>`)
	if isClosed(o) {
		m.raw("\n" + `<div class="table-wrap"><table class="data">` + "\n" +
			`<thead><tr><th scope="col">Key result</th><th scope="col" class="n">Progress</th><th scope="col" class="n">Score</th></tr></thead>` + "\n<tbody>")
		for _, k := range o.KeyResults {
			m.raw("\n" + `<tr><th scope="row"><a href="`)
			m.linkObj(k.Objective, k)
			m.raw(`">`)
			m.text(k.Title)
			m.raw(`</a></th><td class="n">`)
			m.text(progressText(k.Computed.HasData, k.Computed.Progress))
			m.raw(`</td><td class="n">`)
			m.frag(s.frags.keyResultPillHTML(k))
			m.raw(`</td></tr>`)
		}
		m.raw("\n</tbody>\n" + `<tfoot><tr><th scope="row">Objective</th><td class="n">`)
		m.text(progressText(o.Computed.HasData, o.Computed.Progress))
		m.raw(`</td><td class="n">`)
		m.frag(s.frags.objectivePillHTML(o))
		m.raw("</td></tr></tfoot>\n</table></div>")
	}
	if o.Retrospective != "" {
		m.raw("\n" + `<div class="prose">`)
		m.frag(s.Markdown(o.Retrospective), nil)
		m.raw(`</div>`)
	}
	m.raw("\n</section>")
}
