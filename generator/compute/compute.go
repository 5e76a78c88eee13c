// Package compute fills in the computed values of §3 of the spec on a
// resolved portal: the progress of every key result and objective, the
// progress expected on the build date, statuses, and the scores of
// objectives whose period has closed.
//
// Compute is the only function of the package that writes to the model.
// The other exported functions read a computed portal for renderers and
// the review: Summarise, Percent, CurrentValue, Measurable, StatusFor.
//
// The order of evaluation is fixed by the order of the portal's slices, so
// the same portal and build date always give the same values, bit for bit.
package compute

import (
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// Compute fills Computed on every key result and objective of p, using
// p.Today. p is fully resolved (links like Objective.Children,
// KeyResult.Children, KeyResult.Objective, Period are set, alignment is
// acyclic). Compute is deterministic and must not panic on any resolved
// portal. It returns warnings (e.g. a rollup KR that nothing aligns to) as
// diagnostics appended to list.
//
// Every field of Computed is overwritten, so calling Compute again (for
// instance with another Today) gives the same result as the first call.
// Nil entries in the portal's slices are skipped; a nil list drops the
// warnings.
func Compute(p *model.Portal, list *diag.List) {
	if p == nil {
		return
	}
	c := newCalculator()
	for _, o := range p.Objectives {
		if o != nil {
			c.objective(o)
		}
	}
	for _, o := range p.Objectives {
		if o != nil {
			finish(o, p.Today, p.Settings)
			warnEmptyRollups(o, list)
		}
	}
}

// finish sets the values that depend on the build date — expected
// progress, phase, statuses, confidence and, once the period has closed,
// scores — on o and its key results. Their progress must be computed
// already.
func finish(o *model.Objective, today time.Time, s model.Settings) {
	v := &o.Computed
	v.Expected, v.Phase = 0, model.PhaseActive
	if o.Period != nil {
		v.Expected = o.Period.Elapsed(today)
		v.Phase = o.Period.PhaseOn(today)
	}
	j := judge{today: today, period: o.Period, settings: s.Statuses}
	var expected mean
	stepped := false // a key result with data expects other than the elapsed share
	for _, kr := range o.KeyResults {
		if kr == nil {
			continue
		}
		kv := &kr.Computed
		kv.Expected = j.expected(kr, v.Expected)
		if kv.HasData {
			expected.add(kr.Weight, kv.Expected)
			stepped = stepped || kv.Expected != v.Expected
		}
		kv.Status = j.keyResultStatus(kr, v.Phase)
		kv.Confidence, kv.PreviousConfidence = confidence(kr)
		kv.Score, kv.Scored, kv.Band = 0, false, ""
		if v.Phase == model.PhaseClosed {
			kv.Score, kv.Scored = keyResultScore(kr)
			if kv.Scored {
				kv.Band = s.Scores.Band(kv.Score)
			}
		}
	}
	if stepped {
		// Like its progress, the objective's expected progress is that of
		// its key results with data: a yes/no result due at the end
		// expects nothing before then.
		v.Expected = expected.value()
	}
	v.Status = objectiveStatus(o)
	v.Score, v.Scored, v.Band = 0, false, ""
	if v.Phase == model.PhaseClosed {
		v.Score, v.Scored = objectiveScore(o)
		if v.Scored {
			v.Band = s.Scores.Band(v.Score)
		}
	}
}

// confidence returns the confidence of kr's latest check-in that gives
// one, and of the one before it, for the trend.
func confidence(kr *model.KeyResult) (latest, previous *float64) {
	for i := len(kr.Checkins) - 1; i >= 0; i-- {
		c := kr.Checkins[i].Confidence
		switch {
		case c == nil:
		case latest == nil:
			latest = c
		default:
			return latest, c
		}
	}
	return latest, nil
}

// RuleRollupEmpty is the rule of the warning for a rollup key result that
// no objective aligns to.
const RuleRollupEmpty = "rollup-empty"

// warnEmptyRollups warns about every rollup key result of o that has no
// aligned objectives: its progress is 0 and can never move.
func warnEmptyRollups(o *model.Objective, list *diag.List) {
	if list == nil {
		return
	}
	for _, kr := range o.KeyResults {
		if kr == nil || kr.Kind != model.KindRollup || hasObjective(kr.Children) || len(kr.AlignedFrom) > 0 {
			continue
		}
		list.Warnf(o.Source.File, kr.Line, "alignment", RuleRollupEmpty,
			"rollup key result %q has nothing aligned to it, so it has no data: align objectives or key results to %q, or give it another kind",
			kr.ID, o.ID+"#"+kr.ID)
	}
}

// hasObjective reports whether objs holds at least one non-nil objective.
func hasObjective(objs []*model.Objective) bool {
	for _, o := range objs {
		if o != nil {
			return true
		}
	}
	return false
}
