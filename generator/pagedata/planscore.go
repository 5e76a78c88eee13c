package pagedata

import (
	"sort"
	"strconv"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
)

// Plan is a team's plan score for a period as pages show it.
type Plan struct {
	Team   *model.Team
	Period *model.Period
	Score  int
	Level  string // good (80 and up), warn (60 and up) or bad
	Parts  []PlanPart
	// Fix is the part to fix first ("" when none) and FixFindings its
	// findings, the first few of them; More counts the rest.
	Fix         string
	FixFindings []Finding
	More        int
}

// PlanPart is one part of a plan score.
type PlanPart struct {
	Name, Value, Count string
	Weakest            bool
}

// maxFix caps the findings listed under "what to fix first".
const maxFix = 3

// NewPlan words ps; files maps source files to site paths, for the
// findings' links.
func NewPlan(ps *review.PlanScore, files map[string]string) *Plan {
	pl := &Plan{Team: ps.Team, Period: ps.Period, Score: ps.Score, Level: "bad"}
	switch {
	case ps.Score >= 80:
		pl.Level = "good"
	case ps.Score >= 60:
		pl.Level = "warn"
	}
	for i, part := range ps.Parts {
		pl.Parts = append(pl.Parts, PlanPart{
			Name:    part.Name,
			Value:   strconv.Itoa(int(part.Share()*100+0.5)) + "%",
			Count:   strconv.Itoa(part.Good) + " of " + strconv.Itoa(part.Total),
			Weakest: i == ps.First,
		})
	}
	if ps.First >= 0 {
		part := ps.Parts[ps.First]
		pl.Fix = part.Name
		for i, d := range part.Findings {
			if i == maxFix {
				pl.More = len(part.Findings) - maxFix
				break
			}
			pl.FixFindings = append(pl.FixFindings, Finding{Diagnostic: d, Path: files[d.File]})
		}
	}
	return pl
}

// PlanList is the plan scores of the teams in some periods: the weakest
// (below 100) first, at most maxPlans of them.
type PlanList struct {
	Weakest []*Plan
	// Scored counts the plans scored, Whole those scoring 100, More those
	// below 100 left out of Weakest.
	Scored, Whole, More int
}

// maxPlans caps the plans listed on the health page.
const maxPlans = 25

// Plans words the weakest scores of teams in the periods of now.
func Plans(scores []*review.PlanScore, now []*model.Period, files map[string]string) PlanList {
	var l PlanList
	var weak []*review.PlanScore
	for _, ps := range scores {
		for _, pe := range now {
			if ps.Period != pe {
				continue
			}
			l.Scored++
			if ps.Score == 100 {
				l.Whole++
			} else {
				weak = append(weak, ps)
			}
		}
	}
	sort.SliceStable(weak, func(i, j int) bool { return weak[i].Score < weak[j].Score })
	if len(weak) > maxPlans {
		l.More = len(weak) - maxPlans
		weak = weak[:maxPlans]
	}
	for _, ps := range weak {
		l.Weakest = append(l.Weakest, NewPlan(ps, files))
	}
	return l
}
