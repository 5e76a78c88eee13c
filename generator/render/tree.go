package render

import (
	"sync"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// tree is the alignment tree of one period: priorities → objectives → key
// results → the objectives aligned to them, recursively. An objective with
// several parents is shown in full under the first and as a reference
// (Ref) under the others, so the tree stays linear in size.
type tree struct {
	Period *model.Period
	// Within are the objectives of longer periods containing this one
	// (its year's, its half's; longest first) that its objectives align
	// to: the roots of a quarter's tree are its year's objectives.
	Within     []*priorityNode
	Priorities []*priorityNode
	// Unaligned are objectives with neither aligns_to nor priorities, with
	// whatever aligns to them.
	Unaligned []*node
	// Elsewhere are objectives aligned only to objectives of other periods.
	Elsewhere []*node
}

// priorityNode is a priority with the period's objectives that deliver
// it, or (Period set, in tree.Within) a longer period with its
// objectives that the tree's period's objectives align to.
type priorityNode struct {
	Priority *model.Priority
	Period   *model.Period
	Nodes    []*node
}

// node is an objective in the tree.
type node struct {
	O      *model.Objective
	Ref    bool // shown in full elsewhere in the tree
	Outer  bool // of a longer period than the tree's
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
	return len(t.Within) == 0 && len(t.Priorities) == 0 && len(t.Unaligned) == 0 && len(t.Elsewhere) == 0
}

type treeBuilder struct {
	s      *site
	period *model.Period
	seen   map[*model.Objective]bool
	// outer are the objectives of longer periods containing period that
	// its objectives align to, directly or through each other.
	outer map[*model.Objective]bool
}

// buildTree returns the alignment tree of period pe, visiting each of its
// objectives once.
func (s *site) buildTree(pe *model.Period) *tree {
	b := &treeBuilder{s: s, period: pe, seen: make(map[*model.Objective]bool, len(pe.Objectives)), outer: pagedata.OuterParents(pe)}
	t := &tree{Period: pe, Within: b.withinRoots()}
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

// hasParentIn reports whether o aligns to an objective of the tree:
// of its period, or of a longer one above it.
func (b *treeBuilder) hasParentIn(o *model.Objective) bool {
	for _, a := range o.AlignsTo {
		if a.Objective != nil && b.inTree(a.Objective) {
			return true
		}
	}
	return false
}

// inTree reports whether o belongs in the tree: of its period, or of a
// longer one that its objectives align to.
func (b *treeBuilder) inTree(o *model.Objective) bool { return o.Period == b.period || b.outer[o] }

// node returns o's node: in full the first time, else a reference.
func (b *treeBuilder) node(o *model.Objective) *node {
	if b.seen[o] {
		return &node{O: o, Ref: true}
	}
	b.seen[o] = true
	n := &node{O: o, Outer: o.Period != b.period}
	for _, k := range o.KeyResults {
		kn := &krNode{K: k}
		for _, c := range k.Children {
			if b.inTree(c) {
				kn.Children = append(kn.Children, b.node(c))
			}
		}
		n.KRs = append(n.KRs, kn)
	}
	for _, c := range b.s.direct[o] {
		if b.inTree(c) {
			n.Direct = append(n.Direct, b.node(c))
		}
	}
	return n
}

// periodTree is a period's alignment tree and its pages, made once per
// Render call.
type periodTree struct {
	once sync.Once
	plan *treePlan
}

// planTrees plans the tree of every period, the periods at once: the
// jobs of the site need them all, and each is planned on its own.
func (s *site) planTrees() {
	var wg sync.WaitGroup
	for _, pe := range s.p.Periods {
		wg.Go(func() { s.treePlan(pe) })
	}
	wg.Wait()
}

// treePlan returns the pages of period pe's tree, built on first use.
func (s *site) treePlan(pe *model.Period) *treePlan {
	pt := s.trees[pe]
	pt.once.Do(func() { pt.plan = planTree(s.buildTree(pe), s.alignPath(pe)) })
	return pt.plan
}
