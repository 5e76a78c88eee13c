package review

import "github.com/okrportal/okrportal/generator/model"

// A Gauge is one of the coach's figures: N of D, as a percentage, against
// a target from portal.yaml's check settings.
type Gauge struct {
	// ID names the figure: outcomes, kr-alignment, dependencies-at-risk,
	// involved or checkin-notes.
	ID     string
	N, D   int
	Target int  // percent
	AtMost bool // the target is a ceiling: lower is better
}

// Gauges are the coach's figures of f with their targets from c: what a
// coach tracks to see OKRs used, not merely present.
func (f Figures) Gauges(c model.CheckSettings) []Gauge {
	return []Gauge{
		{ID: "outcomes", N: f.Outcomes, D: f.LiveKRs, Target: c.TargetOutcomes},
		{ID: "kr-alignment", N: f.ToKeyResult, D: f.WithParent, Target: c.TargetKRAlignment},
		{ID: "dependencies-at-risk", N: f.AtRisk, D: f.Dependencies, Target: c.MaxDependenciesAtRisk, AtMost: true},
		{ID: "involved", N: f.Involved, D: f.People, Target: c.TargetInvolved},
		{ID: "checkin-notes", N: f.WithNoteOrConfidence, D: f.Checkins, Target: c.TargetCheckinNotes},
	}
}

// Percent is N of D in whole percent, rounded; ok is false when D is 0.
func (g Gauge) Percent() (pct int, ok bool) {
	if g.D == 0 {
		return 0, false
	}
	return (200*g.N + g.D) / (2 * g.D), true
}

// Met reports whether the figure reaches its target (stays under its
// ceiling); a figure with nothing to count meets it.
func (g Gauge) Met() bool {
	pct, ok := g.Percent()
	if !ok {
		return true
	}
	if g.AtMost {
		return pct <= g.Target
	}
	return pct >= g.Target
}
