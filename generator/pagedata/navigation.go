package pagedata

import (
	"github.com/okrportal/okrportal/generator/model"
)

// How the pages lead from one objective to another: groups by period,
// the relations of alignment and the chain of parents.

// PeriodGroup is a period's objectives of some team, person or priority.
type PeriodGroup struct {
	Period     *model.Period
	Objectives []*model.Objective
}

// GroupByPeriod groups objs (in portal order, so by period) by period:
// the current period (current) first, then the others newest first.
func GroupByPeriod(current *model.Period, objs []*model.Objective) []PeriodGroup {
	var groups []PeriodGroup
	for _, o := range objs {
		if n := len(groups); n > 0 && groups[n-1].Period == o.Period {
			groups[n-1].Objectives = append(groups[n-1].Objectives, o)
			continue
		}
		groups = append(groups, PeriodGroup{Period: o.Period, Objectives: []*model.Objective{o}})
	}
	groups = Reversed(groups)
	for i, g := range groups {
		if g.Period == current && i > 0 {
			copy(groups[1:i+1], groups[:i])
			groups[0] = g
			break
		}
	}
	return groups
}

// Relation links one of our objectives to another objective, through a
// key result of the upper one when KR is set.
type Relation struct {
	Ours   *model.Objective
	Theirs *model.Objective
	KR     *model.KeyResult
}

// AlignedKR returns the key result of parent that child aligns to, or nil
// when it aligns to parent itself.
func AlignedKR(child, parent *model.Objective) *model.KeyResult {
	for _, a := range child.AlignsTo {
		if a.Objective == parent {
			return a.KeyResult
		}
	}
	return nil
}

// FirstParents is o's chain of first parents, the topmost first, without o.
func FirstParents(o *model.Objective) []*model.Objective {
	var chain []*model.Objective
	seen := map[*model.Objective]bool{o: true}
	for cur := o; len(cur.AlignsTo) > 0; {
		up := cur.AlignsTo[0].Objective
		if up == nil || seen[up] {
			break
		}
		seen[up] = true
		chain = append(chain, up)
		cur = up
	}
	return Reversed(chain)
}

// Reach counts roots and the objectives aligned below them in their
// period or a period nested in it that is now (a year's quarter), each
// once, and their distinct teams.
func Reach(roots []*model.Objective, now func(*model.Period) bool) (objectives, teams int) {
	seen := map[*model.Objective]bool{}
	teamSeen := map[*model.Team]bool{}
	stack := append([]*model.Objective(nil), roots...)
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[o] {
			continue
		}
		seen[o] = true
		teamSeen[o.Team] = true
		for _, c := range o.Children {
			if c.Period == o.Period || c.Period.Nests(o.Period) && now(c.Period) {
				stack = append(stack, c)
			}
		}
	}
	return len(seen), len(teamSeen)
}

// OuterParents returns the objectives of the periods containing pe
// (pe.Within) that pe's objectives align to, directly or through each
// other.
func OuterParents(pe *model.Period) map[*model.Objective]bool {
	if len(pe.Within) == 0 {
		return nil
	}
	within := make(map[*model.Period]bool, len(pe.Within))
	for _, w := range pe.Within {
		within[w] = true
	}
	outer := map[*model.Objective]bool{}
	var stack []*model.Objective
	push := func(o *model.Objective) {
		for _, a := range o.AlignsTo {
			if p := a.Objective; p != nil && within[p.Period] && !outer[p] {
				stack = append(stack, p)
			}
		}
	}
	for _, o := range pe.Objectives {
		push(o)
	}
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !outer[o] {
			outer[o] = true
			push(o)
		}
	}
	return outer
}

// Reversed is in in reverse order, in a new slice.
func Reversed[T any](in []T) []T {
	out := make([]T, len(in))
	for i, v := range in {
		out[len(in)-1-i] = v
	}
	return out
}
