// Package review is the OKR coach of `okrportal check` (SPEC §5): it reads
// a resolved, computed portal and adds warnings grouped by the four things
// OKRs are for — focus, alignment, transparency, engagement — plus the
// strategy they serve.
//
// Rules about single objectives look at periods that are not over yet:
// closed periods are history, and a warning there could not be acted on.
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
	r := &reviewer{p: p, list: list, c: p.Settings.Check}
	r.strategy()
	r.focus()
	r.alignment()
	r.transparency()
	r.engagement()
}

type reviewer struct {
	p    *model.Portal
	list *diag.List
	c    model.CheckSettings
}

func (r *reviewer) warn(src model.Source, group, rule, format string, args ...any) {
	r.list.Warnf(src.File, src.Line, group, rule, format, args...)
}

// open reports whether o's period is not over.
func (r *reviewer) open(o *model.Objective) bool {
	return o.Period != nil && o.Period.PhaseOn(r.p.Today) != model.PhaseClosed
}

// openObjectives are the objectives of periods that are not over.
func (r *reviewer) openObjectives() []*model.Objective {
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
