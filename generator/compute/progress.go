package compute

import (
	"math"

	"github.com/okrportal/okrportal/generator/model"
)

// visit is the state of an objective or key result during the progress
// computation.
type visit uint8

const (
	unvisited visit = iota
	visiting
	visited
)

// calculator computes progress in dependency order: a rollup key result
// needs the progress of the objectives and key results aligned to it
// first. Each objective and key result is computed once; one met again
// while it is being computed (a cycle, which the resolver rules out for
// objectives) counts as having no data there, so the computation always
// ends.
type calculator struct {
	objectives map[*model.Objective]visit
	keyResults map[*model.KeyResult]visit
}

func newCalculator() *calculator {
	return &calculator{objectives: map[*model.Objective]visit{}, keyResults: map[*model.KeyResult]visit{}}
}

// objective computes and stores the progress of o and of its key results.
// The objective's progress is the weighted mean progress of its key
// results that have data (see mean); it has data when at least one has.
func (c *calculator) objective(o *model.Objective) {
	if c.objectives[o] != unvisited {
		return
	}
	c.objectives[o] = visiting
	var m mean
	v := &o.Computed
	v.WithoutData = 0
	for _, kr := range o.KeyResults {
		if kr == nil {
			continue
		}
		c.keyResult(kr)
		if !kr.Computed.HasData {
			v.WithoutData++
			continue
		}
		m.add(kr.Weight, kr.Computed.Progress)
	}
	v.Progress, v.HasData = m.value(), m.n > 0
	c.objectives[o] = visited
}

// keyResult computes and stores the progress of kr, 0–1, by its kind, and
// whether it has data as of the build date. An unknown or empty kind has
// no data.
func (c *calculator) keyResult(kr *model.KeyResult) {
	if c.keyResults[kr] != unvisited {
		return
	}
	c.keyResults[kr] = visiting
	var p float64
	var ok bool
	switch kr.Kind {
	case model.KindMetric:
		p, ok = metricProgress(kr)
	case model.KindKeepAbove:
		p, ok = holdProgress(kr, func(v, line float64) bool { return v >= line })
	case model.KindKeepBelow:
		p, ok = holdProgress(kr, func(v, line float64) bool { return v <= line })
	case model.KindBoolean:
		p, ok = booleanProgress(kr), true
	case model.KindMilestones:
		p, ok = milestonesProgress(kr)
	case model.KindQualitative:
		p, ok = qualitativeProgress(kr)
	case model.KindRollup:
		p, ok = c.rollupProgress(kr)
	}
	kr.Computed.Progress, kr.Computed.HasData = p, ok
	c.keyResults[kr] = visited
}

// metricProgress is (current−baseline)/(target−baseline) clamped to 0–1;
// a target below the baseline is a decrease and the same formula holds.
// The baseline is the start, else the first known value: a metric needs a
// target, a baseline and a value measured against it to have data. When
// baseline equals target the key result is done (1) once current is at
// or above the target, else 0.
func metricProgress(kr *model.KeyResult) (float64, bool) {
	if kr.Target == nil || kr.Baseline == nil || kr.Current == nil || kr.BaselineOnly {
		return 0, false
	}
	start, target, current := *kr.Baseline, *kr.Target, *kr.Current
	if start == target {
		if current >= target {
			return 1, true
		}
		return 0, true
	}
	return clamp01((current - start) / (target - start)), true
}

// holdProgress is 1 while the current value holds the threshold line
// (holds reports whether it does), else 0. Without a value or a threshold
// there is no data.
func holdProgress(kr *model.KeyResult, holds func(value, line float64) bool) (float64, bool) {
	if kr.Current == nil || kr.Threshold == nil {
		return 0, false
	}
	if holds(*kr.Current, *kr.Threshold) {
		return 1, true
	}
	return 0, true
}

// booleanProgress is 1 when the key result is done, else 0: not yet done
// is a known state, judged against its due date (see keyResultStatus).
func booleanProgress(kr *model.KeyResult) float64 {
	if kr.Done != nil && *kr.Done {
		return 1
	}
	return 0
}

// milestonesProgress is the fraction of milestones done; none is no data.
func milestonesProgress(kr *model.KeyResult) (float64, bool) {
	if len(kr.Milestones) == 0 {
		return 0, false
	}
	n := 0
	for _, m := range kr.Milestones {
		if m.Done {
			n++
		}
	}
	return float64(n) / float64(len(kr.Milestones)), true
}

// qualitativeProgress is the assessed progress (0–100 %) as a fraction,
// clamped to 0–1; never assessed is no data.
func qualitativeProgress(kr *model.KeyResult) (float64, bool) {
	if kr.Progress == nil {
		return 0, false
	}
	return clamp01(*kr.Progress / 100), true
}

// rollupProgress is the weighted mean progress of the objectives and key
// results aligned to kr that have data, by their weight (see mean); none
// with data is no data.
func (c *calculator) rollupProgress(kr *model.KeyResult) (float64, bool) {
	var m mean
	for _, child := range kr.Children {
		if child == nil {
			continue
		}
		c.objective(child)
		if c.objectives[child] == visited && child.Computed.HasData {
			m.add(child.Weight, child.Computed.Progress)
		}
	}
	for _, from := range kr.AlignedFrom {
		if from == nil {
			continue
		}
		c.keyResult(from)
		if c.keyResults[from] == visited && from.Computed.HasData {
			m.add(from.Weight, from.Computed.Progress)
		}
	}
	return m.value(), m.n > 0
}

// CurrentValue returns the value a metric or keep-above/keep-below key
// result stands at as of the build date (resolve has applied its
// check-ins). ok is false when there is none.
func CurrentValue(kr *model.KeyResult) (value float64, ok bool) {
	if kr.Current != nil {
		return *kr.Current, true
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
