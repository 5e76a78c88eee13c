package render

import (
	"slices"
	"time"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// A boolean or milestones key result is due at dates, not along a line:
// its expected progress is 0 until its due date (a boolean) or steps up
// at each milestone's due date. The chart draws that, not a straight
// line from the period's start to its end.

// step is one corner of the expected path: at t, v percent.
type step struct {
	t time.Time
	v float64
}

// dueSteps returns the corners of k's expected path over period pe, from
// its start to the day after its end, when k is a boolean or milestones
// key result; nil for other kinds. A date not given is the key result's
// due date, else the period's end.
func dueSteps(k *model.KeyResult, pe *model.Period) []step {
	end := pe.End.Add(day)
	dueAt := func(d *time.Time) time.Time {
		switch {
		case d != nil:
			return *d
		case k.Due != nil:
			return *k.Due
		}
		return end
	}
	var dues []time.Time
	switch k.Kind {
	case model.KindBoolean:
		dues = []time.Time{dueAt(nil)}
	case model.KindMilestones:
		for _, m := range k.Milestones {
			dues = append(dues, dueAt(m.Due))
		}
	default:
		return nil
	}
	if len(dues) == 0 {
		return nil
	}
	slices.SortFunc(dues, func(a, b time.Time) int { return a.Compare(b) })
	steps := []step{{pe.Start, 0}}
	for i, d := range dues {
		if i+1 < len(dues) && dues[i+1].Equal(d) {
			continue // several due the same day: one step
		}
		d = maxTime(minTime(d, end), pe.Start)
		v := 100 * float64(i+1) / float64(len(dues))
		steps = append(steps, step{d, steps[len(steps)-1].v}, step{d, v})
	}
	return append(steps, step{end, 100})
}

// stepsLabel describes the expected path of a boolean or milestones key
// result for the chart's label.
func stepsLabel(k *model.KeyResult, steps []step, pe *model.Period) string {
	by := pagedata.DateText(pe.End)
	if last := steps[len(steps)-2].t; last.Before(pe.End) { // where it reaches 100
		by = pagedata.DateText(last)
	}
	if k.Kind == model.KindBoolean {
		return "; expected done by " + by
	}
	return "; expected to step up as milestones fall due, all by " + by
}
