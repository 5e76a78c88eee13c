package render

import "html/template"

// Lists that grow with the organisation (people, a period's teams, the
// roots of a tree group) are split into pages of pageSize items: page 1
// at the list's folder, page n at <folder>page/<n>/. One pager serves
// them all.

// pageSize is the number of items of a page of a list.
const pageSize = 200

// pager is page N of Of of a list whose first page is at site path Base.
type pager struct {
	N, Of int
	Base  string
}

// pageCount is the number of pages of a list of n items (at least one).
func pageCount(n int) int {
	if n <= pageSize {
		return 1
	}
	return (n + pageSize - 1) / pageSize
}

// pageRange is the index range of page i (from 1) of a list of n items.
func pageRange(i, n int) (lo, hi int) {
	lo, hi = (i-1)*pageSize, i*pageSize
	if hi > n {
		hi = n
	}
	return lo, hi
}

// pagePath is the site path of page i of the list at base.
func pagePath(base string, i int) string {
	if i <= 1 {
		return base
	}
	return base + "page/" + itoa(i) + "/"
}

// Multi reports whether the list has more than one page.
func (pg *pager) Multi() bool { return pg != nil && pg.Of > 1 }

// First reports whether this is the list's first page (or pg is nil).
func (pg *pager) First() bool { return pg == nil || pg.N <= 1 }

// pager appends the navigation of pg: previous and next (rel=prev and
// rel=next) and the page numbers, the far ones elided; nothing for a
// single page.
func (m *markup) pager(pg *pager) {
	if !pg.Multi() {
		return
	}
	m.Raw("\n" + `<nav class="pager" aria-label="Pages"><ul>`)
	if pg.N > 1 {
		m.pageLink(pg, pg.N-1, "prev", "← Previous")
	}
	gap := false
	for i := 1; i <= pg.Of; i++ {
		if i > 1 && i < pg.Of && (i < pg.N-2 || i > pg.N+2) {
			if !gap {
				m.Raw(`<li class="gap" aria-hidden="true">…</li>`)
				gap = true
			}
			continue
		}
		gap = false
		if i == pg.N {
			m.Raw(`<li><span aria-current="page">`)
			m.Int(i)
			m.Raw(`</span></li>`)
			continue
		}
		m.pageLink(pg, i, "", itoa(i))
	}
	if pg.N < pg.Of {
		m.pageLink(pg, pg.N+1, "next", "Next →")
	}
	m.Raw(`</ul></nav>`)
}

// pageLink appends a link to page i of pg's list.
func (m *markup) pageLink(pg *pager, i int, rel, text string) {
	m.Raw(`<li><a href="`)
	m.link(pagePath(pg.Base, i))
	switch rel {
	case "prev":
		m.Raw(`" rel="prev`)
	case "next":
		m.Raw(`" rel="next`)
	}
	m.Raw(`">`)
	m.Text(text)
	m.Raw(`</a></li>`)
}

// Pager is the navigation between the pages of a list ("" for one page).
func (p *page) Pager(pg *pager) (template.HTML, error) {
	if !pg.Multi() {
		return "", nil
	}
	return p.build(func(m *markup) { m.pager(pg) })
}
