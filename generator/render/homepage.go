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
	Company []pagedata.PeriodGroup
	Latest  []pagedata.CheckinRef
	Health  *pagedata.Health
}

// homeLatest is the number of check-ins on the home page.
const homeLatest = 8

func (s *site) homePage() *page {
	d := &homeData{Health: s.health}
	if s.Current != nil {
		d.Period = s.periods[s.Current]
	}
	d.Company = s.companyObjectives()
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
