package compute

import (
	"math"

	"github.com/okrportal/okrportal/generator/model"
)

// visit is the state of an objective during the progress computation.
type visit uint8

const (
	unvisited visit = iota
	visiting
	visited
)

// calculator computes progress in dependency order: a rollup key result
// needs the progress of the objectives aligned to it first. Each objective
// is computed once; an objective met again while it is being computed (a
// cycle, which the resolver rules out) counts as progress 0 there, so the
// computation always ends.
type calculator struct {
	state map[*model.Objective]visit
}

func newCalculator() *calculator {
	return &calculator{state: map[*model.Objective]visit{}}
}

// objective computes and stores the progress of o and of its key results,
// and returns the objective's progress: the weighted mean of its key
// results' progress by their weight (see mean).
func (c *calculator) objective(o *model.Objective) float64 {
	switch c.state[o] {
	case visited:
		return o.Computed.Progress
	case visiting:
		return 0
	}
	c.state[o] = visiting
	var m mean
	for _, kr := range o.KeyResults {
		if kr == nil {
			continue
		}
		kr.Computed.Progress = c.keyResult(kr)
		m.add(kr.Weight, kr.Computed.Progress)
	}
	o.Computed.Progress = m.value()
	c.state[o] = visited
	return o.Computed.Progress
}

// keyResult returns the progress of kr, 0–1, by its kind. An unknown or
// empty kind has progress 0.
func (c *calculator) keyResult(kr *model.KeyResult) float64 {
	switch kr.Kind {
	case model.KindMetric:
		return metricProgress(kr)
	case model.KindKeepAbove:
		return holdProgress(kr, func(v, line float64) bool { return v >= line })
	case model.KindKeepBelow:
		return holdProgress(kr, func(v, line float64) bool { return v <= line })
	case model.KindBoolean:
		return booleanProgress(kr)
	case model.KindMilestones:
		return milestonesProgress(kr)
	case model.KindQualitative:
		return qualitativeProgress(kr)
	case model.KindRollup:
		return c.rollupProgress(kr)
	}
	return 0
}

// metricProgress is (current−start)/(target−start) clamped to 0–1; a
// target below the start is a decrease and the same formula holds. A
// missing start counts as 0; a missing target or current gives 0. When
// start equals target the key result is done (1) once current is at or
// above the target, else 0.
func metricProgress(kr *model.KeyResult) float64 {
	current, ok := CurrentValue(kr)
	if !ok || kr.Target == nil {
		return 0
	}
	start, target := 0.0, *kr.Target
	if kr.Start != nil {
		start = *kr.Start
	}
	if start == target {
		if current >= target {
			return 1
		}
		return 0
	}
	return clamp01((current - start) / (target - start))
}

// holdProgress is 1 while the current value holds the threshold line
// (holds reports whether it does), else 0. A missing value or threshold
// gives 0.
func holdProgress(kr *model.KeyResult, holds func(value, line float64) bool) float64 {
	current, ok := CurrentValue(kr)
	if !ok || kr.Threshold == nil {
		return 0
	}
	if holds(current, *kr.Threshold) {
		return 1
	}
	return 0
}

// booleanProgress is 1 when the key result is done: its done field, else
// the latest check-in that says done or not; neither gives 0.
func booleanProgress(kr *model.KeyResult) float64 {
	done := kr.Done
	if done == nil {
		for i := len(kr.Checkins) - 1; i >= 0 && done == nil; i-- {
			done = kr.Checkins[i].Done
		}
	}
	if done != nil && *done {
		return 1
	}
	return 0
}

// milestonesProgress is the fraction of milestones done; none gives 0.
func milestonesProgress(kr *model.KeyResult) float64 {
	if len(kr.Milestones) == 0 {
		return 0
	}
	n := 0
	for _, m := range kr.Milestones {
		if m.Done {
			n++
		}
	}
	return float64(n) / float64(len(kr.Milestones))
}

// qualitativeProgress is the entered progress (0–100 %) as a fraction,
// clamped to 0–1: the progress field, else the latest check-in that
// gives one; neither gives 0.
func qualitativeProgress(kr *model.KeyResult) float64 {
	p := kr.Progress
	if p == nil {
		for i := len(kr.Checkins) - 1; i >= 0 && p == nil; i-- {
			p = kr.Checkins[i].Progress
		}
	}
	if p == nil {
		return 0
	}
	return clamp01(*p / 100)
}

// rollupProgress is the weighted mean progress of the objectives aligned
// to kr, by their weight (see mean); none gives 0.
func (c *calculator) rollupProgress(kr *model.KeyResult) float64 {
	var m mean
	for _, child := range kr.Children {
		if child != nil {
			m.add(child.Weight, c.objective(child))
		}
	}
	return m.value()
}

// CurrentValue returns the value a metric or keep-above/keep-below key
// result stands at: its current field, else the value of the latest
// check-in that has one. ok is false when there is neither.
func CurrentValue(kr *model.KeyResult) (value float64, ok bool) {
	if kr.Current != nil {
		return *kr.Current, true
	}
	for i := len(kr.Checkins) - 1; i >= 0; i-- {
		if v := kr.Checkins[i].Value; v != nil {
			return *v, true
		}
	}
	return 0, false
}

// Measurable reports whether kr has what its kind needs to measure
// progress: a target for a metric, a threshold for keep-above and
// keep-below, at least one milestone for milestones. Boolean, qualitative
// and rollup key results are always measurable (an empty rollup draws its
// own warning, rollup-empty). An unknown kind is not measurable.
func Measurable(kr *model.KeyResult) bool {
	switch kr.Kind {
	case model.KindMetric:
		return kr.Target != nil
	case model.KindKeepAbove, model.KindKeepBelow:
		return kr.Threshold != nil
	case model.KindMilestones:
		return len(kr.Milestones) > 0
	case model.KindBoolean, model.KindQualitative, model.KindRollup:
		return true
	}
	return false
}

// mean accumulates a weighted mean. Weights that are negative, NaN or
// infinite count as 0. When every weight is 0 the mean is the plain mean
// of the values; with no values it is 0.
type mean struct {
	weights  float64 // sum of the weights
	weighted float64 // sum of weight × value
	values   float64 // sum of the values
	n        int
}

// add adds value with weight w.
func (m *mean) add(w, value float64) {
	if w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
		w = 0
	}
	m.weights += w
	m.weighted += w * value
	m.values += value
	m.n++
}

// value is the mean of what was added, rounded (see round9).
func (m *mean) value() float64 {
	switch {
	case m.n == 0:
		return 0
	case m.weights == 0:
		return round9(m.values / float64(m.n))
	}
	return round9(m.weighted / m.weights)
}

// clamp01 limits f to 0–1, rounded (see round9); NaN becomes 0.
func clamp01(f float64) float64 {
	switch {
	case math.IsNaN(f) || f < 0:
		return 0
	case f > 1:
		return 1
	}
	return round9(f)
}

// round9 rounds f to 9 decimal places. Progress and scores are fractions
// that users write with a few decimals; rounding removes the
// floating-point error of sums and differences, so that the mean of three
// scores of 0.7 is 0.7 (green), not 0.6999999999999998 (amber).
func round9(f float64) float64 {
	return math.Round(f*1e9) / 1e9
}
