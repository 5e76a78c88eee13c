package render

import (
	"strconv"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// The words that say where a key result stands. They say what is known
// and nothing more: no invented baseline, no 0 % for a result never
// assessed, no "broken" line without a value.

// krDetail is a one-line, kind-specific summary of where a key result
// stands, e.g. "120 ms → 95 ms → 80 ms", "target 10 MiB/s" or "3 of 5
// milestones · due 2026-12-15".
func krDetail(k *model.KeyResult) string {
	switch k.Kind {
	case model.KindMetric:
		return metricDetail(k)
	case model.KindKeepAbove, model.KindKeepBelow:
		line := keepOp(k) + " " + optUnit(k.Threshold, k.Unit)
		cur, ok := compute.CurrentValue(k)
		if !ok {
			return "no value yet (line: " + line + ")"
		}
		state := "holds"
		if !holds(k) {
			state = "broken"
		}
		return "keep " + line + " · now " + pagedata.WithUnit(cur, k.Unit) + " · " + state
	case model.KindBoolean:
		s := "not done yet"
		switch {
		case k.Done != nil && *k.Done || k.Computed.HasData && k.Computed.Progress >= 1:
			return "done"
		case !k.Computed.HasData:
			s = "not reported yet"
		}
		return s + dueText(k.Due)
	case model.KindMilestones:
		done := 0
		for _, m := range k.Milestones {
			if m.Done {
				done++
			}
		}
		return strconv.Itoa(done) + " of " + strconv.Itoa(len(k.Milestones)) + " milestones" + dueText(k.Due)
	case model.KindQualitative:
		if !k.Computed.HasData {
			return "not assessed yet"
		}
		return pct(k.Computed.Progress) + " (assessed)"
	case model.KindRollup:
		s := "roll-up of " + plural(len(k.Children), "objective")
		if n := len(k.AlignedFrom); n > 0 {
			s += " and " + plural(n, "key result")
		}
		return s
	}
	return string(k.Kind)
}

// metricDetail is krDetail of a metric: "40 min → 22 min → 10 min" with a
// value, "from 3 → target 10" with a baseline only, "target 10" with
// neither; " · stretch 12" when there is a stretch target.
func metricDetail(k *model.KeyResult) string {
	cur, ok := compute.CurrentValue(k)
	ok = ok && !k.BaselineOnly // the one value known is the baseline
	base := baseline(k)
	var s string
	switch { // one concatenation each: a portal has tens of thousands
	case ok && base != nil:
		s = pagedata.WithUnit(*base, k.Unit) + " → " + pagedata.WithUnit(cur, k.Unit) + " → " + optUnit(k.Target, k.Unit)
	case ok:
		s = "now " + pagedata.WithUnit(cur, k.Unit) + " → target " + optUnit(k.Target, k.Unit)
	case base != nil:
		s = "from " + pagedata.WithUnit(*base, k.Unit) + " → target " + optUnit(k.Target, k.Unit)
	default:
		s = "target " + optUnit(k.Target, k.Unit)
	}
	if k.Stretch != nil {
		s += " · stretch " + pagedata.WithUnit(*k.Stretch, k.Unit)
	}
	return s
}

// holds reports whether a keep-above/keep-below key result with a value
// holds its line.
func holds(k *model.KeyResult) bool { return k.Computed.Progress >= 1 }

// baseline is what a metric's progress is measured from (the model's
// Baseline: its start, else its first value), nil until there is one.
func baseline(k *model.KeyResult) *float64 {
	if k.Baseline != nil {
		return k.Baseline
	}
	return k.Start
}

// keepOp is the comparison of a keep-above or keep-below line.
func keepOp(k *model.KeyResult) string {
	if k.Kind == model.KindKeepBelow {
		return "≤"
	}
	return "≥"
}

// dueText is " · due 2026-12-15", or "" without a date.
func dueText(due *time.Time) string {
	if due == nil {
		return ""
	}
	return " · due " + pagedata.ISODate(*due)
}

// confidenceText is the latest confidence and its trend against the one
// before, e.g. "confidence 7/10 ↑", or "" when there is none.
func confidenceText(v model.KeyResultValues) string {
	if v.Confidence == nil {
		return ""
	}
	s := "confidence " + pagedata.NumText(*v.Confidence) + "/10"
	if p := v.PreviousConfidence; p != nil {
		switch {
		case *v.Confidence > *p:
			s += " ↑"
		case *v.Confidence < *p:
			s += " ↓"
		default:
			s += " →"
		}
	}
	return s
}

// hasConfidence reports whether any check-in of k says how confident its
// owner is.
func hasConfidence(k *model.KeyResult) bool {
	for i := range k.Checkins {
		if k.Checkins[i].Confidence != nil {
			return true
		}
	}
	return false
}
