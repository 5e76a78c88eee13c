package compute

import "github.com/okrportal/okrportal/generator/model"

// The margins of §3: progress at most OnTrackMargin behind the expected
// progress is on track, at most AtRiskMargin behind is at risk, further
// behind is off track.
const (
	OnTrackMargin = 0.10
	AtRiskMargin  = 0.25
)

// tolerance absorbs floating-point error at the margins, so that progress
// exactly OnTrackMargin behind (0.4 against 0.5, say) is on track as the
// spec says, whatever the rounding of the subtraction.
const tolerance = 1e-9

// StatusFor is the status that progress earns against the expected
// progress: on-track when progress ≥ expected − 0.10, at-risk when
// progress ≥ expected − 0.25, else off-track. Both bounds are inclusive.
func StatusFor(progress, expected float64) model.Status {
	switch {
	case progress+tolerance >= expected-OnTrackMargin:
		return model.StatusOnTrack
	case progress+tolerance >= expected-AtRiskMargin:
		return model.StatusAtRisk
	}
	return model.StatusOffTrack
}

// keyResultStatus is the status of kr in a period of the given phase. Key
// results follow the objectives' rule: the explicit status wins — here the
// latest check-in's, when that check-in sets one —, else the phase decides
// before (not-started) and after (closed) the period, else the progress
// against expected (StatusFor).
func keyResultStatus(kr *model.KeyResult, phase model.Phase, expected float64) model.Status {
	if c := kr.Latest(); c != nil && c.Status != model.StatusNone {
		return c.Status
	}
	switch phase {
	case model.PhaseUpcoming:
		return model.StatusNotStarted
	case model.PhaseClosed:
		return model.StatusClosed
	}
	return StatusFor(kr.Computed.Progress, expected)
}

// objectiveStatus is the status of o, whose progress, phase, expected
// progress and key-result statuses are computed: its status override if
// set; else not-started before the period and closed after it; else the
// weakest of its key results' statuses (by Status.Rank, the first of equals
// winning). An objective without key results is rated by its own progress
// (0) against expected.
func objectiveStatus(o *model.Objective) model.Status {
	if o.StatusOverride != model.StatusNone {
		return o.StatusOverride
	}
	switch o.Computed.Phase {
	case model.PhaseUpcoming:
		return model.StatusNotStarted
	case model.PhaseClosed:
		return model.StatusClosed
	}
	weakest, found := model.StatusNone, false
	for _, kr := range o.KeyResults {
		if kr == nil {
			continue
		}
		if s := kr.Computed.Status; !found || s.Rank() < weakest.Rank() {
			weakest, found = s, true
		}
	}
	if !found {
		return StatusFor(o.Computed.Progress, o.Computed.Expected)
	}
	return weakest
}
