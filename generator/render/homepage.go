package render

import (
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
	periods := s.p.Running
	if len(periods) == 0 && s.Current != nil {
		periods = []*model.Period{s.Current}
	}
	var groups []pagedata.PeriodGroup
	for _, pe := range periods {
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
func (s *site) IsRunning(pe *model.Period) bool {
	for _, r := range s.p.Running {
		if r == pe {
			return true
		}
	}
	return false
}

// isNow reports whether pe is a period the pages consider now: running
// today, or the current period when none is.
func (s *site) isNow(pe *model.Period) bool {
	if pe == nil {
		return false
	}
	if len(s.p.Running) == 0 {
		return pe == s.Current
	}
	return s.IsRunning(pe)
}

// NowNames names the periods considered now, "2026 and 2026-Q4".
func (s *site) NowNames() string {
	ps := s.p.Running
	if len(ps) == 0 && s.Current != nil {
		ps = []*model.Period{s.Current}
	}
	out := ""
	for i, pe := range ps {
		switch {
		case i == 0:
		case i == len(ps)-1:
			out += " and "
		default:
			out += ", "
		}
		out += pe.Name
	}
	return out
}
