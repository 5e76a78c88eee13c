package render

import (
	"strconv"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// A period's alignment tree is split into pages of at most about
// treeBudget lines (an objective, a key result or a priority is a line),
// so that a page stays small however large the organisation:
//
//   - the tree page of the period (alignment/ for the current period,
//     periods/<id>/alignment/ for every period) shows the groups of roots
//     (longer periods, priorities, other periods, not aligned) and opens
//     their objectives top-down, breadth first, while the budget lasts;
//   - a group of more than rootCap roots is listed on pages of its own
//     (…/alignment/g/<group>/, paged by the shared pager);
//   - an objective shown but not opened, with key results or objectives
//     aligned below, links to its subtree page (…/alignment/o/<id>/), which
//     opens it and continues in the same way.
//
// Each objective is opened on exactly one page, its home, so every
// objective of the period is reachable from the period's tree page. A
// small portal's tree fits the budget and shows in full on one page.

// treeBudget is the number of lines a tree page opens, and rootCap the
// roots of a group that a tree page lists before the group gets pages of
// its own (of pageSize roots each).
const treeBudget, rootCap = 400, 50

// childCap is the number of objectives aligned to one key result (or to
// the objective itself) a tree lists; the objective's page lists all.
const childCap = 200

// treeGroup is a group of roots of a tree page: a longer period, a
// priority, "other periods" or "not aligned".
type treeGroup struct {
	Kind     string          // "within", "priority", "elsewhere" or "unaligned"
	Priority *model.Priority // of a priority group
	Period   *model.Period   // of a within group
	Nodes    []*node         // the roots shown
	Total    int             // all roots of the group
	More     string          // site path of the group's own pages; "" when all are shown
	slug     string          // the group's folder under g/
}

// treePage is one page of a period's alignment tree: the period's tree
// page, a page of one group's roots, or an objective's subtree page.
type treePage struct {
	plan   *treePlan
	Path   string // site path of the page's folder
	Root   *node  // of a subtree page
	Groups []*treeGroup
	Group  *treeGroup // of a group page
	Pager  *pager     // of a group page
	Parent *treePage  // the page that links here; nil for the tree page
	open   map[*node]bool
}

// treePlan is the pages of one period's tree and where each objective is
// opened.
type treePlan struct {
	Period *model.Period
	tree   *tree
	base   string // site path of the period's tree page
	Pages  []*treePage
	home   map[*node]*treePage
}

// alignPath is the site path of period pe's tree page: alignment/ for
// the current period.
func (s *site) alignPath(pe *model.Period) string {
	if pe == s.Current {
		return "alignment/"
	}
	return pagedata.PeriodPath(pe) + "alignment/"
}

// planTree splits the tree t into pages, the first at site path base.
func planTree(t *tree, base string) *treePlan {
	pl := &treePlan{Period: t.Period, tree: t, base: base, home: map[*node]*treePage{}}
	top := &treePage{plan: pl, Path: pl.base}
	pl.Pages = append(pl.Pages, top)
	var seeds []*node
	var groupPages []*treePage
	for _, g := range rootGroups(t) {
		all := g.Nodes
		g.Total = len(all)
		top.Groups = append(top.Groups, g)
		if len(all) <= rootCap {
			seeds = append(seeds, all...)
			continue
		}
		g.Nodes = all[:rootCap]
		g.More = pl.base + "g/" + g.slug + "/"
		n := pageCount(len(all))
		for i := 1; i <= n; i++ {
			lo, hi := pageRange(i, len(all))
			sub := &treeGroup{Kind: g.Kind, Priority: g.Priority, Period: g.Period, Nodes: all[lo:hi], Total: len(all)}
			gp := &treePage{plan: pl, Path: pagePath(g.More, i), Groups: []*treeGroup{sub}, Group: sub, Parent: top,
				Pager: &pager{N: i, Of: n, Base: g.More}}
			groupPages = append(groupPages, gp)
		}
	}
	queue := []*treePage{}
	pl.open(top, seeds, &queue)
	for _, gp := range groupPages {
		pl.Pages = append(pl.Pages, gp)
		pl.open(gp, gp.Group.Nodes, &queue)
	}
	for len(queue) > 0 {
		sp := queue[0]
		queue = queue[1:]
		pl.Pages = append(pl.Pages, sp)
		pl.open(sp, []*node{sp.Root}, &queue)
	}
	return pl
}

// rootGroups are the groups of t's roots, in the order the page shows
// them.
func rootGroups(t *tree) []*treeGroup {
	var gs []*treeGroup
	for _, pn := range t.Within {
		gs = append(gs, &treeGroup{Kind: "within", Period: pn.Period, Nodes: pn.Nodes, slug: "within-" + pn.Period.ID})
	}
	for _, pn := range t.Priorities {
		gs = append(gs, &treeGroup{Kind: "priority", Priority: pn.Priority, Nodes: pn.Nodes, slug: "priority-" + pn.Priority.ID})
	}
	if len(t.Elsewhere) > 0 {
		gs = append(gs, &treeGroup{Kind: "elsewhere", Nodes: t.Elsewhere, slug: "elsewhere"})
	}
	if len(t.Unaligned) > 0 {
		gs = append(gs, &treeGroup{Kind: "unaligned", Nodes: t.Unaligned, slug: "unaligned"})
	}
	return gs
}

// open opens the nodes of page tp breadth first from seeds while the
// budget lasts (a subtree page always opens its root), and queues a
// subtree page for each node shown but not opened that has something
// below.
func (pl *treePlan) open(tp *treePage, seeds []*node, queue *[]*treePage) {
	tp.open = map[*node]bool{}
	lines := len(seeds)
	var shown []*node
	frontier := seeds
	for len(frontier) > 0 {
		var next []*node
		for _, n := range frontier {
			shown = append(shown, n)
			cost := n.cost()
			if n.Ref || cost == 0 || (lines+cost > treeBudget && n != tp.Root) {
				continue
			}
			lines += cost
			tp.open[n] = true
			pl.home[n] = tp
			for _, kn := range n.KRs {
				next = append(next, capped(kn.Children)...)
			}
			next = append(next, capped(n.Direct)...)
		}
		frontier = next
	}
	for _, n := range shown {
		if !tp.open[n] && !n.Ref && n.below() && pl.home[n] == nil {
			sp := &treePage{plan: pl, Path: pl.base + "o/" + n.O.ID + "/", Root: n, Parent: tp}
			pl.home[n] = sp
			*queue = append(*queue, sp)
		}
	}
}

// cost is the lines that opening n adds: its key results and the
// objectives aligned below it.
func (n *node) cost() int {
	c := len(n.KRs) + len(capped(n.Direct))
	for _, kn := range n.KRs {
		c += len(capped(kn.Children))
	}
	return c
}

// below reports whether objectives are aligned below n: a node without
// any is a line with its key results on the objective's page, and gets no
// page of its own.
func (n *node) below() bool {
	if len(n.Direct) > 0 {
		return true
	}
	for _, kn := range n.KRs {
		if len(kn.Children) > 0 {
			return true
		}
	}
	return false
}

// aligned is the number of objectives aligned directly below n.
func (n *node) aligned() int {
	c := len(n.Direct)
	for _, kn := range n.KRs {
		c += len(kn.Children)
	}
	return c
}

// capped is at most childCap of nodes.
func capped(nodes []*node) []*node {
	if len(nodes) > childCap {
		return nodes[:childCap]
	}
	return nodes
}

// Link is the site path where n is opened: its subtree page, or its
// place on the page that opens it; "" when n is opened nowhere.
func (pl *treePlan) Link(n *node) string {
	tp := pl.home[n]
	switch {
	case tp == nil:
		return ""
	case tp.Root == n:
		return tp.Path
	}
	return tp.Path + "#a-" + n.O.ID
}

// Title is the page's title.
func (tp *treePage) Title() string {
	switch {
	case tp.Root != nil:
		return tp.Root.O.Title
	case tp.Group != nil:
		return tp.Group.Title()
	}
	return "Alignment"
}

// Title is the group's heading.
func (g *treeGroup) Title() string {
	switch g.Kind {
	case "within":
		return g.Period.Name
	case "priority":
		return g.Priority.Title
	case "elsewhere":
		return "Aligned to other periods"
	}
	return "Not aligned"
}

// Chain is the tree pages from the period's tree page down to tp's
// parent.
func (tp *treePage) Chain() []*treePage {
	var out []*treePage
	for p := tp.Parent; p != nil; p = p.Parent {
		out = append([]*treePage{p}, out...)
	}
	return out
}

// Size is about the lines tp opens, to size its buffer.
func (tp *treePage) Size() int { return 900 * (len(tp.open)*4 + 64) }

// overview is the tree of period pe as its period page shows it: the
// groups of roots, none opened, each linking to where it is opened.
func (pl *treePlan) overview() *treePage {
	top := pl.Pages[0]
	return &treePage{plan: pl, Path: top.Path, Groups: top.Groups, open: map[*node]bool{}}
}

// itoa is strconv.Itoa.
func itoa(n int) string { return strconv.Itoa(n) }
