package render

import (
	"html/template"
	"iter"
	"sync"
	"sync/atomic"

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

// periodTree is a period's alignment tree, made once per Render call (the
// current period's is on both alignment/ and the period's page), and the
// size of its markup once known, to size the next page's buffer.
type periodTree struct {
	once sync.Once
	tree *tree
	size atomic.Int64
}

// tree returns the alignment tree of period pe, built on first use.
func (s *site) tree(pe *model.Period) *tree {
	pt := s.trees[pe]
	pt.once.Do(func() { pt.tree = s.buildTree(pe) })
	return pt.tree
}

// treeSize is about the size of period pe's tree on a page.
func (s *site) treeSize(pe *model.Period) int {
	if n := s.trees[pe].size.Load(); n > 0 {
		return int(n) + int(n)/16 // a deeper page has longer links
	}
	n := 0
	for _, o := range pe.Objectives {
		n += 1536 + 2*len(o.Title) + 3*len(o.ID)
		for _, k := range o.KeyResults {
			n += 1024 + 2*len(k.Title) + 2*len(o.ID)
		}
	}
	return n
}

// Tree is the "tree" partial: the alignment tree t (nil for none). A large
// portal's tree has megabytes, so it comes in pieces of about chunkSize
// bytes, each built as the template asks for it and valid only until the
// next: {{ range .P.Tree .V }}{{ . }}{{ end }}. An error of a fragment ends
// the pieces and fails the page.
func (p *page) Tree(t *tree) iter.Seq[template.HTML] {
	return func(yield func(template.HTML) bool) {
		if t == nil || t.Empty() {
			yield(`<p class="empty">No objectives in this period.</p>`)
			return
		}
		m := &markup{prefix: p.prefix, fileLinks: p.Site.opts.FileLinks, yield: yield}
		m.SetBuffer(p.Site.getScratch())
		p.Site.treeHTML(m, t)
		size := m.flushed + m.Len()
		m.flush()
		p.Site.putScratch(m.Bytes())
		if pt := p.Site.trees[t.Period]; pt != nil && pt.tree == t {
			pt.size.Store(int64(size))
		}
		p.fail(m.err)
	}
}

// treeHTML appends the markup of a non-empty tree.
func (s *site) treeHTML(m *markup, t *tree) {
	m.Raw(`<div class="tree-tools" data-tree-tools hidden></div>` + "\n" + `<ul class="tree" aria-label="Alignment tree">`)
	for _, pn := range t.Within {
		m.Raw("\n" + `<li class="tnode prio within">` + "\n<details open>\n" + `<summary><span class="tkind" title="A longer period this one lies in">⊃</span> <a href="`)
		m.link(pagedata.PeriodPath(pn.Period))
		m.Raw(`">`)
		m.Text(pn.Period.Name)
		m.Raw(`</a> <span class="meta">`)
		m.Text(pagedata.Plural(len(pn.Nodes), "objective"))
		m.Raw("</span></summary>\n<ul>")
		s.treeNodes(m, pn.Nodes)
		m.Raw("\n</ul>\n</details>\n</li>")
	}
	for _, pn := range t.Priorities {
		m.Raw("\n" + `<li class="tnode prio">` + "\n<details open>\n" + `<summary><span class="tkind" title="Strategic priority">P</span> <a href="`)
		m.link(pagedata.PriorityPath(pn.Priority))
		m.Raw(`">`)
		m.Text(pn.Priority.Title)
		m.Raw(`</a> <span class="meta">`)
		m.Text(pagedata.Plural(len(pn.Nodes), "objective"))
		m.Raw(`</span>`)
		if len(pn.Nodes) == 0 {
			m.Raw(` `)
			m.frag(s.frags.statusPillHTML(model.StatusAtRisk))
			m.Raw(`</summary>` + "\n" + `<p class="empty">No objective of this period delivers this priority.</p>`)
		} else {
			m.Raw("</summary>\n<ul>")
			s.treeNodes(m, pn.Nodes)
			m.Raw("\n</ul>")
		}
		m.Raw("\n</details>\n</li>")
	}
	if len(t.Elsewhere) > 0 {
		m.Raw("\n" + `<li class="tnode prio other">` + "\n<details open>\n" +
			`<summary><span class="tkind" title="Aligned outside this period">↗</span> Aligned to other periods <span class="meta">`)
		m.Text(pagedata.Plural(len(t.Elsewhere), "objective"))
		m.Raw("</span></summary>\n<ul>")
		s.treeNodes(m, t.Elsewhere)
		m.Raw("\n</ul>\n</details>\n</li>")
	}
	m.Raw("\n</ul>")
	if len(t.Unaligned) > 0 {
		m.Raw("\n" + `<h2 id="unaligned">Not aligned <span class="sub">`)
		m.Text(pagedata.Plural(len(t.Unaligned), "objective"))
		m.Raw(` with neither a priority nor a parent objective</span></h2>` + "\n" + `<ul class="tree unaligned">`)
		s.treeNodes(m, t.Unaligned)
		m.Raw("\n</ul>")
	}
}

// treeNodes appends nodes, each on a line, handing the markup on in
// pieces between nodes (markup.spill).
func (s *site) treeNodes(m *markup, nodes []*node) {
	for _, n := range nodes {
		m.spill()
		m.Raw("\n")
		s.treeNode(m, n)
	}
}

// treeNode appends one objective of the tree: in full, with its key
// results and what aligns below, or as a reference to where it is in full.
func (s *site) treeNode(m *markup, n *node) {
	o := n.O
	if n.Ref {
		m.Raw(`<li class="tnode obj ref"><div class="tsum"><span class="tkind" title="Objective, shown in full elsewhere in this tree">O</span> <a href="`)
		m.linkObj(o, nil)
		m.Raw(`">`)
		m.Text(o.Title)
		m.Raw(`</a> <a class="also" href="#a-`)
		m.URLPart(o.ID)
		m.Raw(`">also aligned above ↑</a> `)
		s.treeMeta(m, o)
		m.Raw(`</div></li>`)
		return
	}
	m.Raw(`<li class="tnode obj" id="a-`)
	m.Text(o.ID)
	m.Raw(`">` + "\n<details open>\n" + `<summary><span class="tkind" title="Objective">O</span> <a href="`)
	m.linkObj(o, nil)
	m.Raw(`">`)
	m.Text(o.Title)
	m.Raw(`</a> `)
	if n.Outer {
		m.periodNote(o, nil)
		m.Raw(` `)
	}
	s.treeMeta(m, o)
	m.Raw(`</summary>`)
	if len(o.DependsOn)+len(o.ContributingTeams) > 0 {
		m.horizontal(o)
	}
	m.Raw("\n" + `<ul class="tkrs">`)
	for _, kn := range n.KRs {
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
			s.treeNodes(m, kn.Children)
			m.Raw("\n</ul>")
		}
		m.Raw("\n</li>")
	}
	m.Raw("\n</ul>")
	if len(n.Direct) > 0 {
		m.Raw("\n" + `<ul class="direct">`)
		s.treeNodes(m, n.Direct)
		m.Raw("\n</ul>")
	}
	m.Raw("\n</details>\n</li>")
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

// treeMeta appends an objective's bar, status, team and owner in the tree.
func (s *site) treeMeta(m *markup, o *model.Objective) {
	m.Raw(`<span class="tmeta">`)
	m.frag(s.frags.objectiveMeterHTML(o))
	m.frag(s.frags.objectivePillHTML(o))
	m.Raw(`<span class="tteam">`)
	m.team(o.Team)
	m.Raw(`</span><span class="towner">`)
	m.person(o.Owner)
	m.Raw(`</span></span>`)
}
