package render

import "github.com/okrportal/okrportal/generator/model"

// Periods nest: a quarter lies in its year. The alignment tree of a
// quarter starts at the objectives of its longer periods that its own
// objectives align to.

// withinRoots are the roots of the tree from longer periods, longest
// period first: the outer objectives that align to no other outer one.
func (b *treeBuilder) withinRoots() []*priorityNode {
	var out []*priorityNode
	for _, w := range b.period.Within {
		pn := &priorityNode{Period: w}
		for _, o := range w.Objectives {
			if b.outer[o] && !b.seen[o] && !b.hasOuterParent(o) {
				pn.Nodes = append(pn.Nodes, b.node(o))
			}
		}
		if len(pn.Nodes) > 0 {
			out = append(out, pn)
		}
	}
	return out
}

// hasOuterParent reports whether o aligns to another outer objective.
func (b *treeBuilder) hasOuterParent(o *model.Objective) bool {
	for _, a := range o.AlignsTo {
		if a.Objective != nil && b.outer[a.Objective] {
			return true
		}
	}
	return false
}
