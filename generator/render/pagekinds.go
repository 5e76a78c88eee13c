package render

import (
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// coverage is a priority with the current objectives that deliver it.
type coverage struct {
	Priority *model.Priority
	Current  []*model.Objective // current objectives naming the priority
	Reach    int                // those and every objective aligned below them
	Teams    int                // distinct teams among Reach
	Other    int                // delivering objectives of other periods
	More     int                // current objectives left out of Current (see maxStrategyRows)
}

// maxStrategyRows is the most current objectives the strategy page lists
// under a priority; its own page lists the rest.
const maxStrategyRows = 50

func (s *site) strategyPage() *page {
	var cs []coverage
	for _, pr := range s.p.Priorities {
		c := coverage{Priority: pr}
		for _, o := range pr.Objectives {
			if s.isNow(o.Period) {
				c.Current = append(c.Current, o)
			} else {
				c.Other++
			}
		}
		c.Reach, c.Teams = pagedata.Reach(c.Current, s.isNow)
		if len(c.Current) > maxStrategyRows {
			c.Current, c.More = c.Current[:maxStrategyRows], len(c.Current)-maxStrategyRows
		}
		cs = append(cs, c)
	}
	return s.newPage("strategy", "strategy/index.html", "Strategy", cs)
}

// priorityData is one priority's page content.
type priorityData struct {
	Pr     *model.Priority
	Groups []pagedata.PeriodGroup // each of at most pageSize objectives
	// More are the objectives left out of a group, by period, and All
	// where the period's alignment tree lists them all.
	More map[any]int // keyed by *model.Period
	All  map[*model.Period]string
}

func (s *site) priorityPage(pr *model.Priority) *page {
	d := &priorityData{Pr: pr, Groups: pagedata.GroupByPeriod(s.Current, pr.Objectives), More: map[any]int{}, All: map[*model.Period]string{}}
	for i, g := range d.Groups {
		d.Groups[i].Objectives = capList(d.More, g.Period, g.Objectives)
		if g.Period != nil && d.More[g.Period] > 0 {
			d.All[g.Period] = s.alignPath(g.Period) + "g/priority-" + pr.ID + "/"
		}
	}
	pg := s.newPage("priority", file(pagedata.PriorityPath(pr)), pr.Title, d)
	pg.Crumbs = []crumb{{"Strategy", "strategy/"}}
	return pg
}

// alignData is a page of a period's alignment tree.
type alignData struct {
	Plan *treePlan
	Page *treePage
}

// alignPage renders page tp of a period's alignment tree.
func (s *site) alignPage(tp *treePage) *page {
	pl := tp.plan
	pg := s.newPage("alignment", file(tp.Path), tp.Title(), &alignData{Plan: pl, Page: tp})
	pg.Period = pl.Period
	if tp.Root != nil || tp.Group != nil {
		pg.Crumbs = s.alignCrumbs(tp)
	} else if pl.Period != s.Current {
		pg.Crumbs = []crumb{{"Periods", "periods/"}, {pl.Period.Name, pagedata.PeriodPath(pl.Period)}}
	}
	return pg
}

// alignCrumbs leads from the period's tree page down the tree pages to
// tp.
func (s *site) alignCrumbs(tp *treePage) []crumb {
	var cs []crumb
	if tp.plan.Period != s.Current {
		cs = append(cs, crumb{tp.plan.Period.Name, pagedata.PeriodPath(tp.plan.Period)})
	}
	for _, up := range tp.Chain() {
		t := up.Title()
		if up.Parent == nil {
			t = "Alignment"
		}
		cs = append(cs, crumb{t, up.Path})
	}
	return cs
}

// emptyAlignPage is alignment/ without a current period.
func (s *site) emptyAlignPage() *page {
	return s.newPage("alignment", "alignment/index.html", "Alignment", &alignData{})
}

// teamsPage is page n of teams/: the org tree from the root teams of the
// page (pageSize a page, for an organisation of many top-level teams).
func (s *site) teamsPage(n int) *page {
	roots := s.p.RootTeams
	if len(roots) == 0 {
		return s.newPage("teams", "teams/index.html", "Teams", (*orgTree)(nil))
	}
	lo, hi := pageRange(n, len(roots))
	ot := planOrg(roots[lo:hi])
	ot.Pager = &pager{N: n, Of: pageCount(len(roots)), Base: "teams/"}
	pg := s.newPage("teams", file(pagePath("teams/", n)), "Teams", ot)
	if n > 1 {
		pg.Title = "Teams, page " + itoa(n)
		pg.Crumbs = []crumb{{"Teams", "teams/"}}
	}
	return pg
}

// subteamsPath is the site path of the org tree below team t, for a team
// of more than pageSize sub-teams: its page lists only the first ones.
func subteamsPath(t *model.Team) string { return pagedata.TeamPath(t) + "sub-teams/" }

// subteamsPage is page n of the org tree below team t: its sub-teams,
// pageSize a page, as teams/ shows the root teams.
func (s *site) subteamsPage(t *model.Team, n int) *page {
	lo, hi := pageRange(n, len(t.Children))
	ot := planOrg(t.Children[lo:hi])
	ot.Pager = &pager{N: n, Of: pageCount(len(t.Children)), Base: subteamsPath(t)}
	pg := s.newPage("teams", file(pagePath(ot.Pager.Base, n)), "Sub-teams of "+t.Name, ot)
	pg.Crumbs = []crumb{{"Teams", "teams/"}, {t.Name, pagedata.TeamPath(t)}}
	if n > 1 {
		pg.Title += ", page " + itoa(n)
	}
	return pg
}

// objectiveData is one objective's page content: the objective, its key
// results and, as methods, the sections of the page (objpage.go).
type objectiveData struct {
	O    *model.Objective
	KRs  []krView
	page *page
}

func (s *site) objectivePage(o *model.Objective) *page {
	d := &objectiveData{O: o}
	pg := s.newPage("objective", file(pagedata.ObjPath(o)), o.Title, d)
	d.page = pg
	pg.Period = o.Period
	pg.Crumbs = s.objectiveCrumbs(o)
	d.KRs = make([]krView, 0, len(o.KeyResults))
	for _, k := range o.KeyResults {
		d.KRs = append(d.KRs, s.newKRView(k, pg))
	}
	return pg
}

// objectiveCrumbs leads from the alignment (or the period) through the
// first priority of the topmost parent and the chain of first parents to
// the objective's team.
func (s *site) objectiveCrumbs(o *model.Objective) []crumb {
	var cs []crumb
	switch {
	case o.Period != nil && o.Period == s.Current:
		cs = append(cs, crumb{"Alignment", "alignment/"})
	case o.Period != nil:
		cs = append(cs, crumb{o.Period.Name, pagedata.PeriodPath(o.Period)})
	}
	chain := pagedata.FirstParents(o)
	top := o
	if len(chain) > 0 {
		top = chain[0]
	}
	if len(top.Priorities) > 0 {
		pr := top.Priorities[0]
		cs = append(cs, crumb{pr.Title, pagedata.PriorityPath(pr)})
	}
	for _, up := range chain {
		cs = append(cs, crumb{up.Title, pagedata.ObjPath(up)})
	}
	if o.Team != nil {
		cs = append(cs, crumb{o.Team.Name, pagedata.TeamPath(o.Team)})
	}
	return cs
}

// personRow is a person with what they own in the current period.
type personRow struct {
	X          *model.Person
	Objectives int
	KRs        int
}

// peopleData is a page of the people index.
type peopleData struct {
	Rows  []personRow
	Pager *pager
}

// peoplePage is page n of the people index.
func (s *site) peoplePage(n int) *page {
	pgr := &pager{N: n, Of: pageCount(len(s.p.People)), Base: "people/"}
	lo, hi := pageRange(n, len(s.p.People))
	rows := make([]personRow, 0, hi-lo)
	for _, x := range s.p.People[lo:hi] {
		r := personRow{X: x}
		for _, o := range x.Owns {
			if o.Period == s.Current {
				r.Objectives++
			}
		}
		for _, k := range x.OwnsKRs {
			if k.Objective.Period == s.Current {
				r.KRs++
			}
		}
		rows = append(rows, r)
	}
	pg := s.newPage("people", file(pagePath("people/", n)), "People", &peopleData{Rows: rows, Pager: pgr})
	if n > 1 {
		pg.Title = "People, page " + itoa(n)
		pg.Crumbs = []crumb{{"People", "people/"}}
	}
	return pg
}

// personData is one person's page content.
type personData struct {
	X      *model.Person
	Owns   []pagedata.PeriodGroup
	KRs    []*model.KeyResult // key results owned this period
	Helps  []*model.Objective // contributions this period
	Others int                // key results and contributions of other periods
	// more is how many of each group of Owns, of KRs and of Helps were
	// left out (capped at pageSize).
	more map[any]int
	page *page
}

func (s *site) personPage(x *model.Person) *page {
	d := &personData{X: x, Owns: pagedata.GroupByPeriod(s.Current, x.Owns)}
	for _, k := range x.OwnsKRs {
		if k.Objective.Period == s.Current {
			d.KRs = append(d.KRs, k)
		}
	}
	for _, o := range x.Contributes {
		if o.Period == s.Current {
			d.Helps = append(d.Helps, o)
		}
	}
	d.Others = len(x.OwnsKRs) - len(d.KRs) + len(x.Contributes) - len(d.Helps)
	d.more = map[any]int{}
	for i := range d.Owns {
		d.Owns[i].Objectives = capList(d.more, d.Owns[i].Period, d.Owns[i].Objectives)
	}
	d.KRs, d.Helps = capList(d.more, "krs", d.KRs), capList(d.more, "helps", d.Helps)
	pg := s.newPage("person", file(pagedata.PersonPath(x)), x.Name, d)
	d.page = pg
	pg.Crumbs = []crumb{{"People", "people/"}}
	return pg
}

func (s *site) periodsPage() *page {
	views := make([]*periodView, 0, len(s.p.Periods))
	for _, pe := range pagedata.Reversed(s.p.Periods) {
		views = append(views, s.periods[pe])
	}
	return s.newPage("periods", "periods/index.html", "Periods", views)
}

// periodData is one period's page content: on its first page, the
// summary, the table of teams (its first page), statistics and the
// overview of the alignment tree; on the next pages, the table only.
type periodData struct {
	View  *periodView
	Teams []*teamRow
	All   int // teams with objectives in the period
	Pager *pager
	Plan  *treePlan
	Tree  *treePage // the overview of the tree
	Stats *pagedata.PeriodStats
}

// teamRow is a team's objectives in a period.
type teamRow struct {
	Team       *model.Team
	Objectives []*model.Objective
	Sum        compute.Summary
	// Trend is the team's results in the periods of this kind up to this
	// one.
	Trend []pagedata.TrendPoint
}

// periodTeams are the teams with objectives in pe, in order of their
// first objective, with those objectives.
func periodTeams(pe *model.Period) []*teamRow {
	var out []*teamRow
	rows := map[*model.Team]*teamRow{}
	for _, o := range pe.Objectives {
		r := rows[o.Team]
		if r == nil {
			r = &teamRow{Team: o.Team}
			rows[o.Team] = r
			out = append(out, r)
		}
		r.Objectives = append(r.Objectives, o)
	}
	return out
}

// filledRows are copies of a page's team rows with their summary and
// trend: each row is on one page only, so it is worked out there, and
// copied because the same page may be rendered by several goroutines at
// once (serve).
func (s *site) filledRows(pe *model.Period, rows []*teamRow) []*teamRow {
	filled := make([]teamRow, len(rows))
	out := make([]*teamRow, len(rows))
	for i, r := range rows {
		filled[i] = teamRow{Team: r.Team, Objectives: r.Objectives, Sum: compute.Summarise(r.Objectives)}
		if r.Team != nil {
			filled[i].Trend = pagedata.TeamTrend(r.Team, pe, s.p.Periods, s.p.Today)
		}
		out[i] = &filled[i]
	}
	return out
}

// periodPage is page n of period pe's page.
func (s *site) periodPage(pe *model.Period, n int) *page {
	all := s.periods[pe].teams
	pgr := &pager{N: n, Of: pageCount(len(all)), Base: pagedata.PeriodPath(pe)}
	lo, hi := pageRange(n, len(all))
	d := &periodData{View: s.periods[pe], Teams: s.filledRows(pe, all[lo:hi]), All: len(all), Pager: pgr}
	if pgr.First() {
		d.Plan = s.treePlan(pe)
		d.Tree = d.Plan.overview()
		d.Stats = pagedata.NewPeriodStats(s.p, pe, s.periods[pe].judge)
	}
	pg := s.newPage("period", file(pagePath(pgr.Base, n)), pe.Name, d)
	pg.Period = pe
	pg.Crumbs = []crumb{{"Periods", "periods/"}}
	if !pgr.First() {
		pg.Title = pe.Name + ", teams page " + itoa(n)
		pg.Crumbs = append(pg.Crumbs, crumb{pe.Name, pgr.Base})
	}
	return pg
}

func (s *site) healthPage() *page {
	return s.newPage("health", "health/index.html", "Health", s.reviewed().health)
}

// dayGroup is the check-ins of one day.
type dayGroup struct {
	Date  time.Time
	Items []pagedata.CheckinRef
}

func (s *site) updatesPage() *page {
	var days []dayGroup
	for _, r := range s.latest {
		if n := len(days); n > 0 && days[n-1].Date.Equal(r.C.Date) {
			days[n-1].Items = append(days[n-1].Items, r)
			continue
		}
		days = append(days, dayGroup{Date: r.C.Date, Items: []pagedata.CheckinRef{r}})
	}
	return s.newPage("updates", "updates/index.html", "Updates", days)
}

func (s *site) searchPage() *page {
	return s.newPage("search", "search/index.html", "Search", nil)
}

// notFoundPage links from the site root: it may be served for any path, so
// relative links cannot work. With a base URL they are absolute.
func (s *site) notFoundPage() *page {
	pg := s.newPage("404", "404.html", "Page not found", nil)
	pg.prefix = "/"
	if b := s.p.Settings.BaseURL; b != "" {
		pg.prefix = pagedata.TrimSlash(b) + "/"
	}
	return pg
}
