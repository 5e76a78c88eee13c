package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/html"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
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
		m.Raw("\n\n")
		s.objectiveSummary(m, o)
		s.objectiveLinks(m, o)
	})
}

// Foot is the end of the page: the objectives aligned to this one and the
// retrospective, each after a newline, when there are any.
func (d *objectiveData) Foot() (template.HTML, error) {
	o := d.O
	if len(o.Children) == 0 && o.Retrospective == "" && !pagedata.IsClosed(o) {
		return "", nil
	}
	return d.build(func(m *markup, s *site, o *model.Objective) {
		s.objectiveChildren(m, o)
		s.objectiveRetrospective(m, o)
	})
}

// objectiveHeader appends the page header.
func (s *site) objectiveHeader(m *markup, o *model.Objective, title string) {
	m.Raw(`<header class="page-head obj-head">` + "\n" + `<p class="eyebrow">Objective · `)
	if o.Period != nil {
		m.Raw(`<a href="`)
		m.link(pagedata.PeriodPath(o.Period))
		m.Raw(`">`)
		m.Text(o.Period.Name)
		m.Raw(`</a>`)
	}
	if o.Draft {
		m.Raw(` · <span class="tag">draft</span>`)
	}
	m.Raw("</p>\n<h1>")
	m.Text(title)
	m.Raw("</h1>\n" + `<p class="meta">`)
	m.frag(s.frags.objectivePillHTML(o))
	m.Raw(` `)
	m.team(o.Team)
	m.owners(o.Owners, o.Owner, true)
	if len(o.Contributors) > 0 {
		m.Raw(` · with `)
		for i, x := range o.Contributors {
			if i > 0 {
				m.Raw(`, `)
			}
			m.person(x)
		}
	}
	m.Raw(`</p>`)
	if len(o.Tags) > 0 {
		m.Raw("\n" + `<ul class="tags">`)
		for _, t := range o.Tags {
			m.Raw(`<li>`)
			m.Text(t)
			m.Raw(`</li>`)
		}
		m.Raw(`</ul>`)
	}
	m.Raw("\n</header>")
}

// objectiveSummary appends the progress panel: the bar, the expected
// progress and status (or the score once closed), the number of key
// results and the weight.
func (s *site) objectiveSummary(m *markup, o *model.Objective) {
	v := o.Computed
	m.Raw(`<section class="panel summary" aria-label="Progress">` + "\n" + `<div class="big">`)
	m.frag(s.frags.objectiveMeterHTML(o))
	m.Raw("</div>\n" + `<dl class="facts">`)
	if pagedata.IsClosed(o) {
		m.Raw("\n<div><dt>Score</dt><dd>")
		m.frag(s.frags.objectivePillHTML(o))
		m.Raw("</dd></div>")
	} else {
		m.Raw("\n<div><dt>Expected by today</dt><dd>")
		m.Text(pagedata.PercentText(v.Expected))
		m.Raw("</dd></div>\n<div><dt>Status</dt><dd>")
		m.frag(s.frags.statusPillHTML(pagedata.ObjectiveStatus(o)))
		m.Raw("</dd></div>")
	}
	m.Raw("\n<div><dt>Key results</dt><dd>")
	m.Int(len(o.KeyResults))
	if n := pagedata.WithoutData(o); n != "" {
		m.Raw(` <span class="meta">(`)
		m.Text(n)
		m.Raw(`)</span>`)
	}
	m.Raw("</dd></div>")
	if o.Weight != 1.0 {
		m.Raw("<div><dt>Weight</dt><dd>")
		m.Text(pagedata.NumText(o.Weight))
		m.Raw("</dd></div>")
	}
	m.Raw("\n</dl>\n</section>")
}

// objectiveLinks appends, after a newline, what the objective aligns to,
// its dependencies both ways and its contributing teams; nothing without
// any.
func (s *site) objectiveLinks(m *markup, o *model.Objective) {
	if len(o.Priorities)+len(o.AlignsTo)+len(o.DependsOn)+len(o.DependedOnBy)+len(o.ContributingTeams) == 0 {
		return
	}
	m.Raw("\n" + `<section class="links-grid" aria-label="Alignment and dependencies">`)
	if len(o.Priorities)+len(o.AlignsTo) > 0 {
		m.Raw("\n<div>\n<h2>Aligns to</h2>\n" + `<ul class="rel">`)
		for _, pr := range o.Priorities {
			m.Raw("\n" + `<li><span class="tkind" title="Strategic priority">P</span> <a href="`)
			m.link(pagedata.PriorityPath(pr))
			m.Raw(`">`)
			m.Text(pr.Title)
			m.Raw(`</a></li>`)
		}
		for _, a := range o.AlignsTo {
			if a.Objective == nil {
				continue
			}
			m.Raw("\n" + `<li><span class="tkind" title="Objective">O</span> <a href="`)
			m.linkObj(a.Objective, nil)
			m.Raw(`">`)
			m.Text(a.Objective.Title)
			m.Raw(`</a>`)
			m.periodNote(a.Objective, o.Period)
			if k := a.KeyResult; k != nil {
				m.Raw(` <span class="via">via <a href="`)
				m.linkObj(k.Objective, k)
				m.Raw(`">`)
				m.Text(k.Title)
				m.Raw(`</a></span>`)
			}
			s.relatedTail(m, a.Objective)
		}
		m.Raw("\n</ul>\n</div>")
	}
	if len(o.DependsOn)+len(o.DependedOnBy) > 0 {
		m.Raw("\n<div>\n<h2>Dependencies</h2>\n" + `<ul class="rel">`)
		for _, x := range o.DependsOn {
			s.dependency(m, html.Const("needs"), x)
		}
		for _, x := range o.DependedOnBy {
			s.dependency(m, html.Const("needed by"), x)
		}
		m.Raw("\n</ul>\n</div>")
	}
	if len(o.ContributingTeams) > 0 {
		m.Raw("\n<div>\n<h2>Contributing teams</h2>\n" + `<ul class="rel">`)
		for _, t := range o.ContributingTeams {
			m.Raw(`<li>`)
			m.team(t)
			m.Raw(`</li>`)
		}
		m.Raw("</ul>\n</div>")
	}
	m.Raw("\n</section>")
}

// dependency appends one item of the dependencies list.
func (s *site) dependency(m *markup, dir html.Trusted, x *model.Objective) {
	m.Raw("\n" + `<li><span class="dir">`)
	m.Trusted(dir)
	m.Raw(`</span> <a href="`)
	m.linkObj(x, nil)
	m.Raw(`">`)
	m.Text(x.Title)
	m.Raw(`</a>`)
	s.relatedTail(m, x)
}

// relatedTail ends an item of the alignment and dependency lists: x's
// team and status.
func (s *site) relatedTail(m *markup, x *model.Objective) {
	m.Raw(` <span class="meta">`)
	m.team(x.Team)
	m.Raw(`</span> `)
	m.frag(s.frags.objectivePillHTML(x))
	m.Raw(`</li>`)
}

// objectiveChildren appends, after a newline, the objectives aligned to
// o; nothing without any. Children of other periods than o's (an annual
// objective's quarterly children) come under a heading per period.
func (s *site) objectiveChildren(m *markup, o *model.Objective) {
	if len(o.Children) == 0 {
		return
	}
	m.Raw("\n" + `<section aria-labelledby="children-h">` + "\n" + `<h2 id="children-h">Aligned to this objective</h2>`)
	groups := childGroups(o.Children)
	for _, g := range groups {
		if len(groups) > 1 || g.Period != o.Period {
			m.Raw("\n" + `<h3 class="group-h">`)
			if g.Period != nil {
				m.Raw(`<a href="`)
				m.link(pagedata.PeriodPath(g.Period))
				m.Raw(`">`)
				m.Text(g.Period.Name)
				m.Raw(`</a>`)
			}
			m.Raw(`</h3>`)
		}
		rows := g.Objectives[:min(len(g.Objectives), maxChildRows)]
		m.Raw("\n" + `<ul class="rows">`)
		s.childRows(m, o, rows)
		m.Raw("\n</ul>")
		if more := len(g.Objectives) - len(rows); more > 0 {
			m.Raw("\n" + `<p class="meta">… and `)
			m.Text(pagedata.Plural(more, "more aligned objective"))
			m.Raw(`, in the <a href="`)
			m.link(s.alignPath(g.Period))
			m.Raw(`">alignment tree</a>.</p>`)
		}
	}
	m.Raw("\n</section>")
}

// maxChildRows is the most objectives aligned to an objective that its
// page lists per period; the alignment tree has every one.
const maxChildRows = 200

// childGroups groups children (in portal order, so by period) by period,
// in that order.
func childGroups(children []*model.Objective) []pagedata.PeriodGroup {
	var groups []pagedata.PeriodGroup
	for _, c := range children {
		if n := len(groups); n > 0 && groups[n-1].Period == c.Period {
			groups[n-1].Objectives = append(groups[n-1].Objectives, c)
			continue
		}
		groups = append(groups, pagedata.PeriodGroup{Period: c.Period, Objectives: []*model.Objective{c}})
	}
	return groups
}

// childRows appends the rows of children aligned to o.
func (s *site) childRows(m *markup, o *model.Objective, children []*model.Objective) {
	for _, c := range children {
		m.Raw("\n" + `<li class="orow"><span class="main"><a class="t" href="`)
		m.linkObj(c, nil)
		m.Raw(`">`)
		m.Text(c.Title)
		m.Raw(`</a> <span class="meta">`)
		m.team(c.Team)
		m.Raw(` · `)
		m.people(c.Owners, c.Owner)
		if k := pagedata.AlignedKR(c, o); k != nil {
			m.Raw(` · to <a href="`)
			m.linkKR(o, k)
			m.Raw(`">`)
			m.Text(k.Title)
			m.Raw(`</a>`)
		}
		m.Raw(`</span></span>`)
		m.frag(s.frags.objectiveMeterHTML(c))
		m.frag(s.frags.objectivePillHTML(c))
		m.Raw(`</li>`)
	}
}

// objectiveRetrospective appends, after a newline, the scores of a closed
// objective and its retrospective; nothing when open without one.
func (s *site) objectiveRetrospective(m *markup, o *model.Objective) {
	if o.Retrospective == "" && !pagedata.IsClosed(o) {
		return
	}
	m.Raw("\n" + `<section class="panel retro" aria-labelledby="retro-h">` + "\n" + `<h2 id="retro-h">Retrospective</h2>`)
	if pagedata.IsClosed(o) {
		m.Raw("\n" + `<div class="table-wrap" tabindex="0" role="region" aria-label="Key result scores"><table class="data">` + "\n" +
			`<thead><tr><th scope="col">Key result</th><th scope="col" class="n">Progress</th><th scope="col" class="n">Score</th></tr></thead>` + "\n<tbody>")
		for _, k := range o.KeyResults {
			m.Raw("\n" + `<tr><th scope="row"><a href="`)
			m.linkKR(o, k)
			m.Raw(`">`)
			m.Text(k.Title)
			m.Raw(`</a></th><td class="n">`)
			m.Text(pagedata.ProgressText(k.Computed.HasData, k.Computed.Progress))
			m.Raw(`</td><td class="n">`)
			m.frag(s.frags.keyResultPillHTML(k))
			m.Raw(`</td></tr>`)
		}
		m.Raw("\n</tbody>\n" + `<tfoot><tr><th scope="row">Objective</th><td class="n">`)
		m.Text(pagedata.ProgressText(o.Computed.HasData, o.Computed.Progress))
		m.Raw(`</td><td class="n">`)
		m.frag(s.frags.objectivePillHTML(o))
		m.Raw("</td></tr></tfoot>\n</table></div>")
	}
	if o.Retrospective != "" {
		m.Raw("\n" + `<div class="prose">`)
		m.frag(s.Markdown(o.Retrospective), nil)
		m.Raw(`</div>`)
	}
	m.Raw("\n</section>")
}
