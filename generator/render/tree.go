package render

import (
	"html/template"
	"iter"
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

// treePlan returns the pages of period pe's tree, built on first use.
func (s *site) treePlan(pe *model.Period) *treePlan {
	pt := s.trees[pe]
	pt.once.Do(func() { pt.plan = planTree(s.buildTree(pe), s.alignPath(pe)) })
	return pt.plan
}

// Tree is the "tree" partial: the part of a period's alignment tree on
// page v (nil for none), built in Go and handed over in pieces, each
// valid only until the next: {{ range .P.Tree .V }}{{ . }}{{ end }}. An
// error of a fragment ends the pieces and fails the page.
func (p *page) Tree(v *treePage) iter.Seq[template.HTML] {
	return func(yield func(template.HTML) bool) {
		if v == nil || v.plan.tree.Empty() {
			yield(`<p class="empty">No objectives in this period.</p>`)
			return
		}
		m := &markup{prefix: p.prefix, fileLinks: p.Site.opts.FileLinks, yield: yield}
		m.SetBuffer(p.Site.getScratch())
		p.Site.treeHTML(m, v)
		m.flush()
		p.Site.putScratch(m.Bytes())
		p.fail(m.err)
	}
}

// treeHTML appends the markup of page v of a non-empty tree.
func (s *site) treeHTML(m *markup, v *treePage) {
	m.Raw(`<div class="tree-tools" data-tree-tools hidden></div>` + "\n" + `<ul class="tree" aria-label="Alignment tree">`)
	if v.Root != nil {
		m.Raw("\n")
		s.treeNode(m, v, v.Root)
		m.Raw("\n</ul>")
		return
	}
	var unaligned *treeGroup
	for _, g := range v.Groups {
		if g.Kind == "unaligned" {
			unaligned = g
			continue
		}
		s.treeGroup(m, v, g)
	}
	m.Raw("\n</ul>")
	if unaligned != nil {
		m.Raw("\n" + `<h2 id="unaligned">Not aligned <span class="sub">`)
		m.Text(pagedata.Plural(unaligned.Total, "objective"))
		m.Raw(` with neither a priority nor a parent objective</span></h2>` + "\n" + `<ul class="tree unaligned">`)
		s.treeNodes(m, v, unaligned.Nodes)
		s.groupMore(m, unaligned)
		m.Raw("\n</ul>")
	}
}

// treeGroup appends a group of roots as a node of the tree.
func (s *site) treeGroup(m *markup, v *treePage, g *treeGroup) {
	m.Raw("\n" + `<li class="tnode prio`)
	switch g.Kind {
	case "within":
		m.Raw(` within"><div class="tsum"><span class="tkind" title="A longer period this one lies in">⊃</span> <a href="`)
		m.link(pagedata.PeriodPath(g.Period))
		m.Raw(`">`)
		m.Text(g.Period.Name)
		m.Raw(`</a>`)
	case "priority":
		m.Raw(`"><div class="tsum"><span class="tkind" title="Strategic priority">P</span> <a href="`)
		m.link(pagedata.PriorityPath(g.Priority))
		m.Raw(`">`)
		m.Text(g.Priority.Title)
		m.Raw(`</a>`)
	default:
		m.Raw(` other"><div class="tsum"><span class="tkind" title="Aligned outside this period">↗</span> <span class="tname">Aligned to other periods</span>`)
	}
	m.Raw(` <span class="meta">`)
	m.Text(pagedata.Plural(g.Total, "objective"))
	m.Raw(`</span>`)
	if g.Total == 0 {
		m.Raw(` `)
		m.frag(s.frags.statusPillHTML(model.StatusAtRisk))
		m.Raw(`</div>` + "\n" + `<p class="empty">No objective of this period delivers this priority.</p>` + "\n</li>")
		return
	}
	m.Raw(`</div>`)
	toggle(m)
	m.Raw("\n<ul>")
	s.treeNodes(m, v, g.Nodes)
	s.groupMore(m, g)
	m.Raw("\n</ul>\n</details>\n</li>")
}

// toggle opens the <details> of a node's children: its <summary> is the
// node's open/closed marker, out of the tab order (the node's link is its
// one tab stop; tree.js opens and closes the node from its link with the
// arrow keys) and without links inside.
func toggle(m *markup) {
	m.Raw("\n" + `<details open><summary class="ttoggle" tabindex="-1"><span class="vh">Show or hide what lies below</span></summary>`)
}

// groupMore appends the link to a group's own pages when the page lists
// only some of its roots.
func (s *site) groupMore(m *markup, g *treeGroup) {
	if g.More == "" {
		return
	}
	m.Raw("\n" + `<li class="tmore"><a href="`)
	m.link(g.More)
	m.Raw(`">All `)
	m.Text(pagedata.Plural(g.Total, "objective"))
	m.Raw(` →</a></li>`)
}

// treeNodes appends nodes, each on a line, handing the markup on in
// pieces between nodes (markup.spill).
func (s *site) treeNodes(m *markup, v *treePage, nodes []*node) {
	for _, n := range capped(nodes) {
		m.spill()
		m.Raw("\n")
		s.treeNode(m, v, n)
	}
}

// treeNode appends one objective of the tree: opened, with its key
// results and what aligns below; or its line, with a link to where it is
// opened; or a reference to where it is in full.
func (s *site) treeNode(m *markup, v *treePage, n *node) {
	o := n.O
	if n.Ref {
		m.Raw(`<li class="tnode obj ref"><div class="tsum"><span class="tkind" title="Objective, shown in full under another parent">O</span> <a href="`)
		m.linkObj(o, nil)
		m.Raw(`">`)
		m.Text(o.Title)
		m.Raw(`</a> <span class="also">also aligned elsewhere</span> `)
		s.treeMeta(m, o)
		m.Raw(`</div></li>`)
		return
	}
	m.Raw(`<li class="tnode obj" id="a-`)
	m.Text(o.ID)
	m.Raw(`"><div class="tsum"><span class="tkind" title="Objective">O</span> <a href="`)
	m.linkObj(o, nil)
	m.Raw(`">`)
	m.Text(o.Title)
	m.Raw(`</a> `)
	if n.Outer {
		m.periodNote(o, nil)
		m.Raw(` `)
	}
	s.treeMeta(m, o)
	m.Raw(`</div>`)
	if !v.open[n] {
		if to := v.plan.Link(n); to != "" && n.below() {
			m.Raw("\n" + `<p class="tdown"><a href="`)
			m.link(to)
			m.Raw(`">`)
			m.Text(pagedata.Plural(n.aligned(), "aligned objective"))
			m.Raw(` below →</a></p>`)
		}
		m.Raw("\n</li>")
		return
	}
	toggle(m)
	if len(o.DependsOn)+len(o.ContributingTeams) > 0 {
		m.horizontal(o)
	}
	m.Raw("\n" + `<ul class="tkrs">`)
	for _, kn := range n.KRs {
		s.treeKR(m, v, kn)
	}
	m.Raw("\n</ul>")
	if len(n.Direct) > 0 {
		m.Raw("\n" + `<ul class="direct">`)
		s.treeNodes(m, v, n.Direct)
		s.moreBelow(m, o, len(n.Direct))
		m.Raw("\n</ul>")
	}
	m.Raw("\n</details>\n</li>")
}

// treeKR appends a key result of an opened objective and what aligns to
// it.
func (s *site) treeKR(m *markup, v *treePage, kn *krNode) {
	k := kn.K
	m.Raw("\n" + `<li class="tkr"><div class="tsum"><span class="tkind kr" title="Key result">KR</span> <a href="`)
	m.linkObj(k.Objective, k)
	m.Raw(`">`)
	m.Text(k.Title)
	m.Raw(`</a> <span class="d">`)
	m.Text(pagedata.KRDetail(k))
	m.Raw(`</span><span class="tmeta">`)
	m.frag(s.frags.keyResultMeterHTML(k))
	m.frag(s.frags.keyResultPillHTML(k))
	m.Raw(`<span class="pad"></span></span></div>`)
	if len(kn.Children) > 0 {
		m.Raw("\n<ul>")
		s.treeNodes(m, v, kn.Children)
		s.moreBelow(m, k.Objective, len(kn.Children))
		m.Raw("\n</ul>")
	}
	m.Raw("\n</li>")
}

// moreBelow appends, when a list of n aligned objectives is longer than a
// tree lists, a link to objective o's page, which lists them all.
func (s *site) moreBelow(m *markup, o *model.Objective, n int) {
	if n <= childCap {
		return
	}
	m.Raw("\n" + `<li class="tmore"><a href="`)
	m.linkObj(o, nil)
	m.Raw(`#children-h">`)
	m.Text(pagedata.Plural(n-childCap, "more aligned objective"))
	m.Raw(` on the objective's page →</a></li>`)
}

// horizontal appends what o depends on and the teams contributing to it.
func (m *markup) horizontal(o *model.Objective) {
	m.Raw("\n" + `<p class="horiz">`)
	if len(o.DependsOn) > 0 {
		m.Raw(`<span>Depends on `)
		for i, x := range o.DependsOn {
			if i > 0 {
				m.Raw(`, `)
			}
			m.Raw(`<a href="`)
			m.linkObj(x, nil)
			m.Raw(`">`)
			m.Text(x.Title)
			m.Raw(`</a> (`)
			if x.Team != nil {
				m.Text(x.Team.Name)
			}
			m.Raw(`)`)
		}
		m.Raw(`</span>`)
	}
	if len(o.ContributingTeams) > 0 {
		m.Raw(`<span>With `)
		for i, t := range o.ContributingTeams {
			if i > 0 {
				m.Raw(`, `)
			}
			m.Raw(`<a href="`)
			m.link(pagedata.TeamPath(t))
			m.Raw(`">`)
			m.Text(t.Name)
			m.Raw(`</a>`)
		}
		m.Raw(`</span>`)
	}
	m.Raw(`</p>`)
}

// treeMeta appends an objective's bar, status, team and owner in the
// tree. The team and owner are text, not links (they are on the
// objective's page), so that each node of the tree is one tab stop.
func (s *site) treeMeta(m *markup, o *model.Objective) {
	m.Raw(`<span class="tmeta">`)
	m.frag(s.frags.objectiveMeterHTML(o))
	m.frag(s.frags.objectivePillHTML(o))
	m.Raw(`<span class="tteam">`)
	if o.Team != nil {
		m.Text(o.Team.Name)
	}
	m.Raw(`</span><span class="towner">`)
	if o.Owner != nil {
		m.Text(o.Owner.Name)
	} else {
		m.Raw(`<span class="none">no owner</span>`)
	}
	m.Raw(`</span></span>`)
}
