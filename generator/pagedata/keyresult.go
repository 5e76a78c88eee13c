package pagedata

import (
	"strconv"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// The words that say where a key result stands. They say what is known
// and nothing more: no invented baseline, no 0 % for a result never
// assessed, no "broken" line without a value.

// KRDetail is a one-line, kind-specific summary of where a key result
// stands, e.g. "120 ms → 95 ms → 80 ms", "target 10 MiB/s" or "3 of 5
// milestones · due 2026-12-15".
func KRDetail(k *model.KeyResult) string {
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
		if !Holds(k) {
			state = "broken"
		}
		return "keep " + line + " · now " + WithUnit(cur, k.Unit) + " · " + state
	case model.KindBoolean:
		s := "not done yet"
		switch {
		case k.Done != nil && *k.Done || k.Computed.HasData && k.Computed.Progress >= 1:
			return "done"
		case !k.Computed.HasData:
			s = "not reported yet"
		}
		return s + DueText(k.Due)
	case model.KindMilestones:
		done := 0
		for _, m := range k.Milestones {
			if m.Done {
				done++
			}
		}
		return strconv.Itoa(done) + " of " + strconv.Itoa(len(k.Milestones)) + " milestones" + DueText(k.Due)
	case model.KindQualitative:
		if !k.Computed.HasData {
			return "not assessed yet"
		}
		return PercentText(k.Computed.Progress) + " (assessed)"
	case model.KindRollup:
		s := "roll-up of " + Plural(len(k.Children), "objective")
		if n := len(k.AlignedFrom); n > 0 {
			s += " and " + Plural(n, "key result")
		}
		return s
	}
	return string(k.Kind)
}

// metricDetail is KRDetail of a metric: "40 min → 22 min → 10 min" with a
// value, "from 3 → target 10" with a baseline only, "target 10" with
// neither; " · stretch 12" when there is a stretch target.
func metricDetail(k *model.KeyResult) string {
	cur, ok := compute.CurrentValue(k)
	ok = ok && !k.BaselineOnly // the one value known is the baseline
	base := Baseline(k)
	var s string
	switch { // one concatenation each: a portal has tens of thousands
	case ok && base != nil:
		s = WithUnit(*base, k.Unit) + " → " + WithUnit(cur, k.Unit) + " → " + optUnit(k.Target, k.Unit)
	case ok:
		s = "now " + WithUnit(cur, k.Unit) + " → target " + optUnit(k.Target, k.Unit)
	case base != nil:
		s = "from " + WithUnit(*base, k.Unit) + " → target " + optUnit(k.Target, k.Unit)
	default:
		s = "target " + optUnit(k.Target, k.Unit)
	}
	if k.Stretch != nil {
		s += " · stretch " + WithUnit(*k.Stretch, k.Unit)
	}
	return s
}

// Holds reports whether a keep-above/keep-below key result with a value
// Holds its line.
func Holds(k *model.KeyResult) bool { return k.Computed.Progress >= 1 }

// Baseline is what a metric's progress is measured from (the model's
// Baseline: its start, else its first value), nil until there is one.
func Baseline(k *model.KeyResult) *float64 {
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

// DueText is " · due 2026-12-15", or "" without a date.
func DueText(due *time.Time) string {
	if due == nil {
		return ""
	}
	return " · due " + ISODate(*due)
}

// ConfidenceText is the latest confidence and its trend against the one
// before, e.g. "confidence 7/10 (up from 5)", or "" when there is none.
// The change is in words: an arrow reads as "from → to" beside a metric's
// values, and a screen reader names only the arrow.
func ConfidenceText(v model.KeyResultValues) string {
	if v.Confidence == nil {
		return ""
	}
	s := "confidence " + NumText(*v.Confidence) + "/10"
	if p := v.PreviousConfidence; p != nil {
		switch {
		case *v.Confidence > *p:
			s += " (up from " + NumText(*p) + ")"
		case *v.Confidence < *p:
			s += " (down from " + NumText(*p) + ")"
		default:
			s += " (unchanged)"
		}
	}
	return s
}

// HasConfidence reports whether any check-in of k says how confident its
// owner is.
func HasConfidence(k *model.KeyResult) bool {
	for i := range k.Checkins {
		if k.Checkins[i].Confidence != nil {
			return true
		}
	}
	return false
}
