// Package review is the OKR coach of `okrportal check` (SPEC §5): it reads
// a resolved, computed portal and adds warnings grouped by the four things
// OKRs are for — focus, alignment, transparency, engagement — plus the
// strategy they serve.
//
// Rules about single objectives look at periods that are not over yet:
// closed periods are history, and a warning there could not be acted on
// (the one exception, unscored, fires only within a window after the
// close). Rules about "the current period" consider every running period:
// a quarter's objectives and the year's that contains it.
//
// Measure computes the health page's figures with the same predicates as
// the rules, so that the page and `check` never disagree.
package review

import (
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// The groups of review warnings.
const (
	Strategy     = "strategy"
	Focus        = "focus"
	Alignment    = "alignment"
	Transparency = "transparency"
	Engagement   = "engagement"
)

// Groups lists the groups in the order they are shown.
var Groups = []string{Strategy, Focus, Alignment, Transparency, Engagement}

// Review adds the review warnings for p to list.
func Review(p *model.Portal, list *diag.List) {
	r := &reviewer{p: p, list: list, c: p.Settings.Check, used: map[string]bool{}}
	r.opened = r.collectOpen()
	r.ignore = r.ignores()
	r.strategy()
	r.focus()
	r.alignment()
	r.transparency()
	r.engagement()
	r.quality()
	r.unscored()
	r.settingsFindings()
}

type reviewer struct {
	p    *model.Portal
	list *diag.List
	c    model.CheckSettings
	// ignore is each file's check_ignore; used marks the file and rule
	// pairs that suppressed a finding.
	ignore map[string]map[string]string
	used   map[string]bool
	// opened are the objectives of periods that are not over, found once
	// for the rules that look at them (they only range over it).
	opened []*model.Objective
}

// warn files a finding of rule (see add: its severity and exemptions).
func (r *reviewer) warn(src model.Source, group, rule, format string, args ...any) {
	r.add(src, group, rule, format, args...)
}

// open reports whether o is published (not a draft) and its period is not
// over. Drafts are checked for errors but not reviewed: they are work in
// progress, not yet part of the portal, so they count nowhere — not in
// `check`'s warnings, not in the health page's figures.
func (r *reviewer) open(o *model.Objective) bool {
	return !o.Draft && o.Period != nil && o.Period.PhaseOn(r.p.Today) != model.PhaseClosed
}

// running are the periods the rules about "now" consider (Portal.Now).
func running(p *model.Portal) []*model.Period { return p.Now() }

// runningNames names the running periods for messages: "2026 or 2026-Q4".
func runningNames(ps []*model.Period) string { return model.PeriodNames(ps, "or") }

// published are the objectives of objs that are not drafts.
func published(objs []*model.Objective) []*model.Objective {
	out := make([]*model.Objective, 0, len(objs))
	for _, o := range objs {
		if !o.Draft {
			out = append(out, o)
		}
	}
	return out
}

// isRunning reports whether per is one of ps.
func isRunning(ps []*model.Period, per *model.Period) bool {
	for _, p := range ps {
		if p == per {
			return true
		}
	}
	return false
}

// Live reports whether o is being worked on: neither a draft nor dropped.
// Only live objectives' key results are expected to be checked in.
func Live(o *model.Objective) bool {
	return !o.Draft && o.StatusOverride != model.StatusDropped
}

// checkable reports whether kr can take a check-in: a rollup key result
// takes its progress from what is aligned to it.
func checkable(kr *model.KeyResult) bool { return kr.Kind != model.KindRollup }

// ExpectsCheckins reports whether kr of o should be checked in regularly:
// o is live, kr can take a check-in and is not finished. A key result that
// holds a line (keep-above, keep-below) is never finished: the line must be
// watched to the end.
func ExpectsCheckins(o *model.Objective, kr *model.KeyResult) bool {
	if !Live(o) || !checkable(kr) {
		return false
	}
	switch kr.Kind {
	case model.KindKeepAbove, model.KindKeepBelow:
		return true
	}
	return !(kr.Computed.HasData && kr.Computed.Progress >= 1)
}

// Stale reports whether kr of o has gone without a check-in for longer
// than the portal's stale_after_days while its period runs — what the
// rule `stale` warns about and the health page's engagement figure leaves
// out. It is never stale when the rule is off (stale_after_days 0), the
// period is not active or kr expects no check-ins.
func Stale(p *model.Portal, o *model.Objective, kr *model.KeyResult) bool {
	limit := p.Settings.Check.StaleAfterDays
	return limit > 0 && o.Period != nil && o.Period.PhaseOn(p.Today) == model.PhaseActive &&
		ExpectsCheckins(o, kr) && staleDays(o, kr, p.Today) > limit
}

// openObjectives are the objectives of periods that are not over, in the
// portal's order; callers must not modify the slice.
func (r *reviewer) openObjectives() []*model.Objective { return r.opened }

// collectOpen lists the objectives of periods that are not over.
func (r *reviewer) collectOpen() []*model.Objective {
	var out []*model.Objective
	for _, o := range r.p.Objectives {
		if r.open(o) {
			out = append(out, o)
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
