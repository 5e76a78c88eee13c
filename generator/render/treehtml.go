package render

import (
	"html/template"
	"iter"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

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
