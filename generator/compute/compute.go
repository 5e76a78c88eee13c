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
			finish(o, p.Today)
			warnEmptyRollups(o, list)
		}
	}
}

// finish sets the values that depend on the build date — expected
// progress, phase, statuses and, once the period has closed, scores — on o
// and its key results. Their progress must be computed already.
func finish(o *model.Objective, today time.Time) {
	v := &o.Computed
	v.Expected, v.Phase = 0, model.PhaseActive
	if o.Period != nil {
		v.Expected = o.Period.Elapsed(today)
		v.Phase = o.Period.PhaseOn(today)
	}
	for _, kr := range o.KeyResults {
		if kr == nil {
			continue
		}
		kr.Computed.Status = keyResultStatus(kr, v.Phase, v.Expected)
		kr.Computed.Score, kr.Computed.Band = 0, ""
		if v.Phase == model.PhaseClosed {
			kr.Computed.Score = keyResultScore(kr)
			kr.Computed.Band = model.Band(kr.Computed.Score)
		}
	}
	v.Status = objectiveStatus(o)
	v.Score, v.Band = 0, ""
	if v.Phase == model.PhaseClosed {
		v.Score = objectiveScore(o)
		v.Band = model.Band(v.Score)
	}
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
		if kr == nil || kr.Kind != model.KindRollup || hasObjective(kr.Children) {
			continue
		}
		list.Warnf(o.Source.File, kr.Line, "alignment", RuleRollupEmpty,
			"rollup key result %q has no objectives aligned to it, so its progress stays 0: align objectives to %q or give it another kind",
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
