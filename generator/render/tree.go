package render

import "github.com/okrportal/okrportal/generator/model"

// tree is the alignment tree of one period: priorities → objectives → key
// results → the objectives aligned to them, recursively. An objective with
// several parents is shown in full under the first and as a reference
// (Ref) under the others, so the tree stays linear in size.
type tree struct {
	Period     *model.Period
	Priorities []*priorityNode
	// Unaligned are objectives with neither aligns_to nor priorities, with
	// whatever aligns to them.
	Unaligned []*node
	// Elsewhere are objectives aligned only to objectives of other periods.
	Elsewhere []*node
}

// priorityNode is a priority with the period's objectives that deliver it.
type priorityNode struct {
	Priority *model.Priority
	Nodes    []*node
}

// node is an objective in the tree.
type node struct {
	O      *model.Objective
	Ref    bool // shown in full elsewhere in the tree
	KRs    []*krNode
	Direct []*node // aligned to the objective itself
}

// krNode is a key result with the objectives aligned to it.
type krNode struct {
	K        *model.KeyResult
	Children []*node
}

// Empty reports whether the tree has no objective at all.
func (t *tree) Empty() bool {
	return len(t.Priorities) == 0 && len(t.Unaligned) == 0 && len(t.Elsewhere) == 0
}

type treeBuilder struct {
	s      *site
	period *model.Period
	seen   map[*model.Objective]bool
}

// buildTree returns the alignment tree of period pe, visiting each of its
// objectives once.
func (s *site) buildTree(pe *model.Period) *tree {
	b := &treeBuilder{s: s, period: pe, seen: make(map[*model.Objective]bool, len(pe.Objectives))}
	t := &tree{Period: pe}
	byPriority := map[*model.Priority][]*model.Objective{}
	for _, o := range pe.Objectives {
		for _, pr := range o.Priorities {
			byPriority[pr] = append(byPriority[pr], o)
		}
	}
	for _, pr := range s.p.Priorities {
		pn := &priorityNode{Priority: pr}
		for _, o := range byPriority[pr] {
			pn.Nodes = append(pn.Nodes, b.node(o))
		}
		t.Priorities = append(t.Priorities, pn)
	}
	// Build in the order the page shows the sections, so that an
	// objective is in full at its first appearance and a reference below.
	unaligned := func(o *model.Objective) bool { return len(o.AlignsTo) == 0 && len(o.Priorities) == 0 }
	for _, o := range pe.Objectives {
		if !b.seen[o] && !b.hasParentIn(o) && !unaligned(o) {
			t.Elsewhere = append(t.Elsewhere, b.node(o))
		}
	}
	for _, o := range pe.Objectives {
		if !b.seen[o] && unaligned(o) {
			t.Unaligned = append(t.Unaligned, b.node(o))
		}
	}
	for _, o := range pe.Objectives { // only reachable through a cycle
		if !b.seen[o] {
			t.Unaligned = append(t.Unaligned, b.node(o))
		}
	}
	return t
}

// hasParentIn reports whether o aligns to an objective of the tree's period.
func (b *treeBuilder) hasParentIn(o *model.Objective) bool {
	for _, a := range o.AlignsTo {
		if a.Objective != nil && a.Objective.Period == b.period {
			return true
		}
	}
	return false
}

// node returns o's node: in full the first time, else a reference.
func (b *treeBuilder) node(o *model.Objective) *node {
	if b.seen[o] {
		return &node{O: o, Ref: true}
	}
	b.seen[o] = true
	n := &node{O: o}
	for _, k := range o.KeyResults {
		kn := &krNode{K: k}
		for _, c := range k.Children {
			if c.Period == b.period {
				kn.Children = append(kn.Children, b.node(c))
			}
		}
		n.KRs = append(n.KRs, kn)
	}
	for _, c := range b.s.direct[o] {
		if c.Period == b.period {
			n.Direct = append(n.Direct, b.node(c))
		}
	}
	return n
}
