package render

import (
	"slices"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// homeData is the home page's content.
type homeData struct {
	Period *periodView // nil without periods
	// Company are the company objectives (of the root teams) of every
	// period running today, longest first (the year's before the
	// quarter's); without any, the current period's.
	Company []companyGroup
	Latest  []pagedata.CheckinRef
	Health  *pagedata.Health
}

// companyGroup is a period's company objectives as the home page shows
// them: at most maxCompanyCards, with how many More there are, all of
// them in the period's alignment tree at Tree (a site path).
type companyGroup struct {
	pagedata.PeriodGroup
	More int
	Tree string
}

// maxCompanyCards is the most company objectives of a period the home
// page shows as cards, so that an organisation of many top-level teams
// keeps a small home page.
const maxCompanyCards = 24

// homeLatest is the number of check-ins on the home page.
const homeLatest = 8

func (s *site) homePage() *page {
	d := &homeData{Health: s.reviewed().health}
	if s.Current != nil {
		d.Period = s.periods[s.Current]
	}
	for _, g := range s.companyObjectives() {
		cg := companyGroup{PeriodGroup: g, Tree: s.alignPath(g.Period)}
		if n := len(g.Objectives); n > maxCompanyCards {
			cg.Objectives, cg.More = g.Objectives[:maxCompanyCards], n-maxCompanyCards
		}
		d.Company = append(d.Company, cg)
	}
	d.Latest = s.latest[:min(homeLatest, len(s.latest))]
	return s.newPage("home", "index.html", s.Title(), d)
}

// companyObjectives are the objectives of the root teams in each period
// running today, longest first, or in the current period when none is
// running; periods without any are left out.
func (s *site) companyObjectives() []pagedata.PeriodGroup {
	var groups []pagedata.PeriodGroup
	for _, pe := range s.p.Now() {
		g := pagedata.PeriodGroup{Period: pe}
		for _, o := range pe.Objectives {
			if o.Team != nil && o.Team.Parent == nil {
				g.Objectives = append(g.Objectives, o)
			}
		}
		if len(g.Objectives) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// IsRunning reports whether period pe contains the build date: a running
// year is not "not current" on its own pages.
func (s *site) IsRunning(pe *model.Period) bool { return slices.Contains(s.p.Running, pe) }

// isNow reports whether pe is a period the pages consider now: running
// today, or the current period when none is.
func (s *site) isNow(pe *model.Period) bool {
	return pe != nil && slices.Contains(s.p.Now(), pe)
}

// NowNames names the periods considered now, "2026 and 2026-Q4".
func (s *site) NowNames() string {
	return model.PeriodNames(s.p.Now(), "and")
}
