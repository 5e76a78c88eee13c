package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// The org tree of teams/ opens teams breadth first from the root teams
// while the budget of treeBudget lines lasts; a team shown but not opened
// links to its page, which lists its sub-teams. An organisation of many
// top-level teams has them pageSize a page (teams/page/<n>/). So teams/
// stays small however many teams there are, and every team is reachable
// from it.

// orgTree is the org tree as teams/ shows it: which teams are opened.
type orgTree struct {
	Roots []*model.Team // the root teams of this page of teams/
	Pager *pager        // the pages of teams/, when its roots need several
	open  map[*model.Team]bool
}

// planOrg opens the teams below roots breadth first within the budget.
func planOrg(roots []*model.Team) *orgTree {
	ot := &orgTree{Roots: roots, open: map[*model.Team]bool{}}
	lines := len(roots)
	frontier := roots
	for len(frontier) > 0 {
		var next []*model.Team
		for _, t := range frontier {
			if len(t.Children) == 0 || lines+len(t.Children) > treeBudget {
				continue
			}
			lines += len(t.Children)
			ot.open[t] = true
			next = append(next, t.Children...)
		}
		frontier = next
	}
	return ot
}

// OrgTree is the org tree of teams/, built in Go: a large portal has
// thousands of teams.
func (p *page) OrgTree(ot *orgTree) (template.HTML, error) {
	return p.build(func(m *markup) {
		m.Raw(`<div class="tree-tools" data-tree-tools hidden></div>` + "\n" + `<ul class="tree teams" aria-label="Organisation">`)
		for _, t := range ot.Roots {
			m.Raw("\n")
			p.Site.orgNode(m, ot, t)
		}
		m.Raw("\n</ul>")
	})
}

// orgNode appends team t and, when opened, its sub-teams.
func (s *site) orgNode(m *markup, ot *orgTree, t *model.Team) {
	m.Raw(`<li class="tnode team"><div class="tsum">`)
	s.teamLine(m, s.teams[t], false) // the lead as text: the name is the node's one tab stop
	m.Raw(`</div>`)
	switch {
	case ot.open[t]:
		toggle(m)
		m.Raw("\n<ul>")
		for _, c := range t.Children {
			m.Raw("\n")
			s.orgNode(m, ot, c)
		}
		m.Raw("\n</ul>\n</details>")
	case len(t.Children) > 0:
		m.Raw("\n" + `<p class="tdown"><a href="`)
		m.link(pagedata.TeamPath(t) + "#sub-h")
		m.Raw(`">`)
		m.Text(pagedata.Plural(len(t.Children), "sub-team"))
		m.Raw(` →</a></p>`)
	}
	m.Raw("\n</li>")
}
