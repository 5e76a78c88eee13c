package pagedata

import (
	"fmt"
	"sort"

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
			Value:   fmt.Sprintf("%d%%", int(part.Share()*100+0.5)),
			Count:   fmt.Sprintf("%d of %d", part.Good, part.Total),
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

// Plans words the scores of teams in the periods of now, weakest first.
func Plans(scores []*review.PlanScore, now []*model.Period, files map[string]string) []*Plan {
	var out []*Plan
	for _, ps := range scores {
		for _, pe := range now {
			if ps.Period == pe {
				out = append(out, NewPlan(ps, files))
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score < out[j].Score })
	return out
}
