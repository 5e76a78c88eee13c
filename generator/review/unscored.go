package review

import "github.com/okrportal/okrportal/generator/model"

// unscored warns about key results of a recently closed period that were
// never graded: neither a score nor any value. It fires only within
// unscored_window_days after the period closes (default 30), while the
// grading can still be done; older history is left alone. Pages show such
// key results as "not scored", never as 0.
func (r *reviewer) unscored() {
	window := r.c.UnscoredWindowDays
	if window <= 0 {
		return
	}
	for _, o := range r.p.Objectives {
		per := o.Period
		if per == nil || per.PhaseOn(r.p.Today) != model.PhaseClosed || !Live(o) {
			// A draft or dropped objective was never meant to be graded.
			continue
		}
		if days := int(r.p.Today.Sub(per.End).Hours()/24) - 1; days >= window {
			continue
		}
		for _, kr := range o.KeyResults {
			if kr.Computed.Scored {
				continue
			}
			r.warn(model.Source{File: o.Source.File, Line: kr.Line}, Engagement, "unscored",
				"key result %q of %s, which closed on %s, has no score and no value, so it shows as \"not scored\"; add `score:` (0.0–1.0) to grade it",
				kr.Title, per.Name, per.End.Format("2006-01-02"))
		}
	}
}
