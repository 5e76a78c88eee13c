package compute

import (
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// tolerance absorbs floating-point error at the margins, so that progress
// exactly OnTrackMargin behind (0.4 against 0.5, say) is on track as the
// spec says, whatever the rounding of the subtraction.
const tolerance = 1e-9

// StatusFor is the status that progress earns against the expected
// progress with margins s: on-track when progress ≥ expected −
// s.OnTrackMargin, at-risk when progress ≥ expected − s.AtRiskMargin, else
// off-track. Both bounds are inclusive.
func StatusFor(progress, expected float64, s model.StatusSettings) model.Status {
	switch {
	case progress+tolerance >= expected-s.OnTrackMargin:
		return model.StatusOnTrack
	case progress+tolerance >= expected-s.AtRiskMargin:
		return model.StatusAtRisk
	}
	return model.StatusOffTrack
}

// judge holds what the status of a key result is judged by: the build
// date, the period and the portal's margins.
type judge struct {
	today    time.Time
	period   *model.Period
	settings model.StatusSettings
}

// keyResultStatus is the status of kr, whose progress is computed, in a
// period of the given phase. The explicit status wins — the latest
// check-in's, when that check-in sets one —, else the phase decides
// before (not-started) and after (closed) the period, else a key result
// without data is no-data, else boolean and milestones key results are
// judged against their due dates (dueStatus), keep-above and keep-below by
// whether the line holds (holdStatus), and the others by progress against
// the expected progress (StatusFor).
func (j judge) keyResultStatus(kr *model.KeyResult, phase model.Phase) model.Status {
	if c := kr.Latest(); c != nil && c.Status != model.StatusNone {
		return c.Status
	}
	switch {
	case phase == model.PhaseUpcoming:
		return model.StatusNotStarted
	case phase == model.PhaseClosed:
		return model.StatusClosed
	case !kr.Computed.HasData:
		return model.StatusNoData
	case kr.Kind == model.KindBoolean:
		return j.dueStatus(kr.Computed.Progress >= 1, j.due(kr, nil))
	case kr.Kind == model.KindMilestones:
		return j.milestonesStatus(kr)
	case kr.Kind == model.KindKeepAbove || kr.Kind == model.KindKeepBelow:
		return holdStatus(kr.Computed.Progress)
	}
	return StatusFor(kr.Computed.Progress, kr.Computed.Expected, j.settings)
}

// expected is the progress expected of kr on the build date: for a
// boolean key result 0 until its due date has passed, then 1; for
// milestones the share of milestones due by then (a step at each due
// date); else the fraction of the period elapsed.
func (j judge) expected(kr *model.KeyResult, elapsed float64) float64 {
	switch kr.Kind {
	case model.KindBoolean:
		if j.today.After(j.due(kr, nil)) {
			return 1
		}
		return 0
	case model.KindMilestones:
		if len(kr.Milestones) == 0 {
			return elapsed
		}
		n := 0
		for i := range kr.Milestones {
			if j.today.After(j.due(kr, &kr.Milestones[i])) {
				n++
			}
		}
		return float64(n) / float64(len(kr.Milestones))
	}
	return elapsed
}

// due is when m (or, with m nil, the key result) is due: its own due
// date, else the key result's, else the period's last day.
func (j judge) due(kr *model.KeyResult, m *model.Milestone) time.Time {
	switch {
	case m != nil && m.Due != nil:
		return *m.Due
	case kr.Due != nil:
		return *kr.Due
	case j.period != nil:
		return j.period.End
	}
	return j.today
}

// dueStatus judges something that is done or not by its due date: done is
// on track; not done is on track until the last DueWarning share of the
// period before the date, at risk from then, off track once it has passed.
func (j judge) dueStatus(done bool, due time.Time) model.Status {
	switch {
	case done:
		return model.StatusOnTrack
	case j.today.After(due):
		return model.StatusOffTrack
	case !j.today.Before(due.Add(-j.warning())):
		return model.StatusAtRisk
	}
	return model.StatusOnTrack
}

// warning is the stretch of time before a due date in which work not yet
// done is at risk: DueWarning of the period's length, at least one day.
func (j judge) warning() time.Duration {
	days := 1.0
	if j.period != nil {
		days = max(1, j.settings.DueWarning*float64(j.period.Days()))
	}
	return time.Duration(days * float64(24*time.Hour))
}

// milestonesStatus is the progress against the milestones due by today
// (StatusFor); on track but with a milestone not yet done whose date is
// close (dueStatus) is at risk.
func (j judge) milestonesStatus(kr *model.KeyResult) model.Status {
	s := StatusFor(kr.Computed.Progress, kr.Computed.Expected, j.settings)
	if s != model.StatusOnTrack {
		return s
	}
	for i := range kr.Milestones {
		m := &kr.Milestones[i]
		if !m.Done && j.dueStatus(false, j.due(kr, m)) == model.StatusAtRisk {
			return model.StatusAtRisk
		}
	}
	return s
}

// holdStatus judges a key result that holds a line: the line is held or it
// is not, whatever the date — on track or off track.
func holdStatus(progress float64) model.Status {
	if progress >= 1 {
		return model.StatusOnTrack
	}
	return model.StatusOffTrack
}

// objectiveStatus is the status of o, whose progress, phase and key-result
// statuses are computed: its status override if set; else not-started
// before the period and closed after it; else the weakest of its key
// results' statuses (by Status.Rank, the first of equals winning), leaving
// out those without data; no key result with a status is no-data.
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
	weakest, found := model.StatusNoData, false
	for _, kr := range o.KeyResults {
		if kr == nil || kr.Computed.Status == model.StatusNoData {
			continue
		}
		if s := kr.Computed.Status; !found || s.Rank() < weakest.Rank() {
			weakest, found = s, true
		}
	}
	return weakest
}
