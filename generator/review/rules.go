package review

import (
	"github.com/okrportal/okrportal/generator/model"
)

func (r *reviewer) strategy() {
	s := r.p.Strategy
	src := s.Source
	if src.File == "" {
		src = model.Source{File: "strategy.md"}
	}
	if s.Mission == "" {
		r.warn(src, Strategy, "no-mission", "the strategy has no mission; add `mission:` to strategy.md so every objective can be read against it")
	}
	if s.Vision == "" {
		r.warn(src, Strategy, "no-vision", "the strategy has no vision; add `vision:` to strategy.md")
	}
	n := len(r.p.Priorities)
	if n < r.c.MinPriorities || n > r.c.MaxPriorities {
		r.warn(model.Source{File: "priorities/"}, Strategy, "priority-count",
			"there %s %d strategic %s; %d to %d keep a strategy focused", plural(n, "is", "are"), n, plural(n, "priority", "priorities"), r.c.MinPriorities, r.c.MaxPriorities)
	}
	r.strategyKernel()
	delivered := r.deliveredPriorities()
	for _, pr := range r.p.Priorities {
		r.priorityDepth(pr)
		if pr.Owner == nil {
			r.warn(pr.Source, Strategy, "priority-no-owner", "priority %q has no owner; add `owner:` so someone answers for it", pr.Title)
		}
		if now := running(r.p); len(now) > 0 && !delivered[pr] {
			r.warn(pr.Source, Strategy, "priority-uncovered", "no objective of %s delivers priority %q; list it in an objective's `priorities:` or drop it from the strategy", runningNames(now), pr.Title)
		}
	}
	r.balance()
}

// deliveredPriorities are the priorities that an objective of a running
// period delivers, directly or through the objectives it aligns to.
func (r *reviewer) deliveredPriorities() map[*model.Priority]bool {
	out := map[*model.Priority]bool{}
	for _, per := range running(r.p) {
		for _, o := range published(per.Objectives) {
			for _, pr := range inherited(o) {
				out[pr] = true
			}
		}
	}
	return out
}

// inherited returns the priorities o delivers directly or through its
// alignment parents (alignment is acyclic after resolve).
func inherited(o *model.Objective) []*model.Priority {
	seen := map[*model.Objective]bool{}
	var out []*model.Priority
	var walk func(o *model.Objective)
	walk = func(o *model.Objective) {
		if seen[o] {
			return
		}
		seen[o] = true
		out = append(out, o.Priorities...)
		for _, a := range o.AlignsTo {
			walk(a.Objective)
		}
	}
	walk(o)
	return out
}

func (r *reviewer) focus() {
	for _, t := range r.p.Teams {
		for per, n := range countByPeriod(t.Objectives, r.open) {
			if n > r.c.MaxObjectivesPerTeam {
				r.warn(t.Source, Focus, "too-many-objectives", "team %s has %d objectives in %s; at most %d keep a team focused", t.Name, n, per.Name, r.c.MaxObjectivesPerTeam)
			}
		}
	}
	for _, person := range r.p.People {
		for per, n := range countByPeriod(person.Owns, r.open) {
			if n > r.c.MaxObjectivesPerOwner {
				src := person.Source
				r.warn(src, Focus, "owner-overload", "%s owns %d objectives in %s; at most %d — share ownership with the team", person.Name, n, per.Name, r.c.MaxObjectivesPerOwner)
			}
		}
	}
	for _, o := range r.openObjectives() {
		n := len(o.KeyResults)
		if n < r.c.MinKeyResults || n > r.c.MaxKeyResults {
			r.warn(o.Source, Focus, "key-result-count", "objective %q has %d key %s; %d to %d make it measurable without diluting it", o.Title, n, plural(n, "result", "results"), r.c.MinKeyResults, r.c.MaxKeyResults)
		}
	}
}

// countByPeriod counts the objectives of each period that keep() accepts.
// Map order is not used for output order: warnings are sorted later.
func countByPeriod(objs []*model.Objective, keep func(*model.Objective) bool) map[*model.Period]int {
	out := map[*model.Period]int{}
	for _, o := range objs {
		if keep(o) {
			out[o.Period]++
		}
	}
	return out
}

func (r *reviewer) alignment() {
	for _, o := range r.openObjectives() {
		switch {
		case !aligned(o):
			r.warn(o.Source, Alignment, "unaligned", "objective %q neither aligns to another objective nor names a priority; add `aligns_to:` or `priorities:`", o.Title)
		case o.Team != nil && o.Team.Parent == nil && len(o.Priorities) == 0:
			r.warn(o.Source, Alignment, "root-without-priority", "company-level objective %q names no strategic priority; add `priorities:`", o.Title)
		}
	}
	for _, o := range r.openObjectives() {
		for _, a := range o.AlignsTo {
			if parent := a.Objective.Period; parent != nil && !o.Period.Nests(parent) {
				r.warn(model.Source{File: o.Source.File, Line: a.Line}, Alignment, "cross-period",
					"objective of %s aligns to %s of %s, which does not contain %s; align to an objective of the same period or of one that contains it (its year, say)",
					o.Period.Name, a.Objective.ID, parent.Name, o.Period.Name)
			}
		}
	}
}

func (r *reviewer) transparency() {
	if now := running(r.p); len(now) > 0 {
		for _, t := range r.p.Teams {
			if !hasRunning(t.Objectives, now) {
				r.warn(t.Source, Transparency, "team-without-objectives", "team %s has no objectives in %s; publish them so others can see what it works on", t.Name, runningNames(now))
			}
		}
	}
	for _, o := range r.openObjectives() {
		if o.Body.Empty() {
			r.warn(o.Source, Transparency, "no-why", "objective %q has no \"why\"; write a few sentences under the front matter on why it matters now", o.Title)
		}
	}
}

// hasRunning reports whether an objective of objs is of a running period.
func hasRunning(objs []*model.Objective, now []*model.Period) bool {
	for _, o := range objs {
		if !o.Draft && isRunning(now, o.Period) {
			return true
		}
	}
	return false
}

func (r *reviewer) engagement() {
	now := running(r.p)
	for _, o := range r.openObjectives() {
		if o.Owner == nil {
			r.warn(o.Source, Engagement, "no-owner", "objective %q has no owner; add `owner:` so one person answers for it", o.Title)
		}
		for _, kr := range o.KeyResults {
			src := model.Source{File: o.Source.File, Line: kr.Line}
			if kr.NoTarget {
				r.warn(src, Engagement, "no-target", "key result %q has no target, so its progress cannot be measured; add `target:` (or a threshold, milestones, or done)", kr.Title)
			}
			if isRunning(now, o.Period) {
				r.stale(o, kr, src)
			}
		}
	}
}

// stale warns about a key result of a running period without a recent
// check-in (see Stale).
func (r *reviewer) stale(o *model.Objective, kr *model.KeyResult, src model.Source) {
	if !Stale(r.p, o, kr) {
		return
	}
	days := staleDays(o, kr, r.p.Today)
	if kr.Latest() == nil {
		r.warn(src, Engagement, "stale", "key result %q has no check-in yet, %d days into %s; add one under `checkins:`", kr.Title, days, o.Period.Name)
		return
	}
	r.warn(src, Engagement, "stale", "key result %q was last checked in %d days ago (%s); add a check-in at least every %d days", kr.Title, days, kr.Latest().Date.Format("2006-01-02"), r.c.StaleAfterDays)
}
