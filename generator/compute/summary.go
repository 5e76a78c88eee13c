package compute

import (
	"math"

	"github.com/okrportal/okrportal/generator/model"
)

// Summary describes a set of computed objectives — a period's, a team's,
// a priority's — for the home page, the period pages and the health page.
//
// Unknown is not failure: objectives without data are counted (NoData)
// and left out of Progress, and closed objectives never scored are counted
// (NotScored) and left out of Score.
type Summary struct {
	// Objectives is the number of objectives summarised.
	Objectives int
	// Progress is the weighted mean progress of the objectives with data
	// by their weight (all weights 0: the plain mean; none: 0).
	Progress float64
	// Expected is the weighted mean expected progress of the same
	// objectives (model.ObjectiveValues.Expected), so that the group is
	// judged as its objectives are: a key result due later expects nothing
	// yet, whatever share of the period has gone by.
	Expected float64
	// WithData is the number of objectives with data, NoData of those
	// without (HasData false).
	WithData, NoData int
	// Counts is the number of objectives per computed status; never nil,
	// so a missing status reads as 0.
	Counts map[model.Status]int
	// Closed is the number of objectives whose period has closed; Scored
	// of those with a score, NotScored of those without.
	Closed, Scored, NotScored int
	// Score is the weighted mean score of the scored closed objectives by
	// their weight, like Progress; 0 when none is scored.
	Score float64
}

// Summarise summarises objs, which must be computed. Nil entries are
// skipped.
func Summarise(objs []*model.Objective) Summary {
	s := Summary{Counts: map[model.Status]int{}}
	var progress, expected, score mean
	for _, o := range objs {
		if o == nil {
			continue
		}
		s.Objectives++
		s.Counts[o.Computed.Status]++
		if o.Computed.HasData {
			s.WithData++
			progress.add(o.Weight, o.Computed.Progress)
			expected.add(o.Weight, o.Computed.Expected)
		} else {
			s.NoData++
		}
		if o.Computed.Phase == model.PhaseClosed {
			s.Closed++
			if o.Computed.Scored {
				s.Scored++
				score.add(o.Weight, o.Computed.Score)
			} else {
				s.NotScored++
			}
		}
	}
	s.Progress = progress.value()
	s.Expected = expected.value()
	s.Score = score.value()
	return s
}

// Band is the colour band of the summary's Score with the default bands
// (see model.Band), or "" when no objective is scored. Pages use BandIn
// with the portal's bands.
func (s Summary) Band() string { return s.BandIn(model.DefaultScoreBands()) }

// BandIn is the colour band of the summary's Score in bands b, or "" when
// no objective is scored.
func (s Summary) BandIn(b model.ScoreBands) string {
	if s.Scored == 0 {
		return ""
	}
	return b.Band(s.Score)
}

// Percent is progress as a whole percentage for display, 0–100. It rounds
// down, so 100 % means done; a hair of tolerance keeps values like 0.29
// (stored as 0.28999…) at 29.
func Percent(progress float64) int {
	return int(math.Floor(clamp01(progress)*100 + tolerance))
}
