package render

import (
	"html/template"
	"strings"
	"unsafe"

	"github.com/okrportal/okrportal/generator/html"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// markup builds the HTML of the default theme's busiest fragments in Go
// (rows and links of objectives, the alignment and org trees, the
// sections of objective, team and person pages), which a large portal
// repeats hundreds of thousands of times: executing them as templates
// would cost a reflective call per value. It writes with an html.Writer,
// which escapes every value as html/template would in the same place and
// takes unescaped markup only from constants of the source.
type markup struct {
	html.Writer
	prefix    string // leads from the page to the site root, e.g. "../../"
	fileLinks bool
	err       error // the first error of a fragment

	// yield, when set, takes the markup in pieces (spill).
	yield   func(template.HTML) bool
	flushed int // bytes handed to yield
}

// A page's fragments (page.build) are built one after another into the
// page's scratch buffer and handed to its template as strings over that
// buffer, without a copy: the template prints each at once, and no
// fragment is kept after the page is rendered (shared ones use site.build).
// The page's release then returns the buffer for the next page, so a large
// portal's pages reuse a few buffers instead of allocating their
// fragments.

// scratchSize is the capacity of a new scratch buffer, and maxScratch the
// largest kept for reuse.
const scratchSize, maxScratch = 64 << 10, 1 << 20

// build runs f on the page's builder and returns what f built, valid until
// the page is released, or the first error of a fragment.
func (p *page) build(f func(m *markup)) (template.HTML, error) {
	m := p.scratch
	if m == nil {
		m = &markup{prefix: p.prefix, fileLinks: p.Site.opts.FileLinks}
		m.SetBuffer(p.Site.getScratch())
		p.scratch = m
	}
	start := m.Len()
	f(m)
	if m.err != nil {
		err := m.err
		m.err = nil
		return "", err
	}
	if m.Len() == start {
		return "", nil
	}
	// If f outgrew the buffer, append moved everything, earlier fragments
	// included, into a new array; those still point into the old one,
	// which stays alive while they do.
	frag := m.Bytes()[start:]
	return template.HTML(unsafe.String(unsafe.SliceData(frag), len(frag))), nil
}

// release hands the page's scratch buffer back for another page. The
// page's fragments must not be used afterwards.
func (p *page) release() {
	if p.scratch != nil {
		p.Site.putScratch(p.scratch.Bytes())
		p.scratch = nil
	}
}

// fail records the first error of an iterator the template ranges over,
// which cannot return one; exec returns it.
func (p *page) fail(err error) {
	if err != nil && p.err == nil {
		p.err = err
	}
}

// getScratch returns an empty buffer for building fragments.
func (s *site) getScratch() []byte {
	select {
	case b := <-s.scratch:
		return b
	default:
		return make([]byte, 0, scratchSize)
	}
}

// putScratch keeps b, unless big, for getScratch.
func (s *site) putScratch(b []byte) {
	if cap(b) > maxScratch {
		return
	}
	select {
	case s.scratch <- b[:0]:
	default:
	}
}

// frag appends a cached partial (a pill, a meter) or records its error.
func (m *markup) frag(h template.HTML, err error) {
	if err != nil && m.err == nil {
		m.err = err
	}
	m.HTML(h)
}

// link appends the escaped link from the page to the site path target
// ("objectives/x/" or "objectives/x/#kr-kr1"), as page.URL makes it.
func (m *markup) link(target string) {
	frag := ""
	if i := strings.IndexByte(target, '#'); i >= 0 {
		target, frag = target[:i], target[i:]
	}
	index := ""
	if m.fileLinks && (target == "" || strings.HasSuffix(target, "/")) {
		index = "index.html"
	}
	if m.prefix == "" && target == "" && index == "" {
		target = "./"
	}
	m.URLJoin(m.prefix, target, index, frag)
}

// linkObj appends what link(pagedata.ObjPath(o)) would, or with k
// link(pagedata.KRPath(k)), without building the path: a page links to dozens of
// objectives.
func (m *markup) linkObj(o *model.Objective, k *model.KeyResult) {
	index := ""
	if m.fileLinks {
		index = "index.html"
	}
	if k == nil {
		m.URLJoin(m.prefix, "objectives/", o.ID, "/", index)
		return
	}
	m.URLJoin(m.prefix, "objectives/", o.ID, "/", index, "#kr-", k.ID)
}

// linkKR appends the link to k's card from the page of objective from:
// "#kr-" and its id on its own objective's page, else as linkObj.
func (m *markup) linkKR(from *model.Objective, k *model.KeyResult) {
	if k.Objective == from {
		m.URLJoin("#kr-", k.ID)
		return
	}
	m.linkObj(k.Objective, k)
}

// chunkSize is about the size of the pieces a yielding markup hands on:
// small enough for fmt, which prints template values, to reuse its buffer.
const chunkSize = 32 << 10

// spill hands what was built to yield once it is chunkSize or more; the
// piece is valid until the next. Builders call it where a piece may end.
func (m *markup) spill() {
	if m.yield != nil && m.Len() >= chunkSize {
		m.flush()
	}
}

// flush hands what was built to yield, if any; after yield declines, the
// rest is built and dropped.
func (m *markup) flush() {
	b := m.Bytes()
	if m.yield == nil || len(b) == 0 {
		return
	}
	m.flushed += len(b)
	if !m.yield(template.HTML(unsafe.String(unsafe.SliceData(b), len(b)))) {
		m.yield = nil
	}
	m.SetBuffer(b)
}

// inline appends the one-line Markdown text as site.Inline renders it,
// without putting the (usually plain) string in an interface.
func (m *markup) inline(s *site, text string) {
	if plainText(text) {
		m.Text(text)
		return
	}
	m.HTML(s.md.Inline(text))
}

// outLink appends title as a link to url when url is safe to link to
// (pagedata.SafeLink), else as text.
func (m *markup) outLink(url, title string) {
	u := pagedata.SafeLink(url)
	if u == "" {
		m.Text(title)
		return
	}
	m.Raw(`<a href="`)
	m.URL(u)
	m.Raw(`" rel="noopener">`)
	m.Text(title)
	m.Raw(`</a>`)
}

// checkItem appends, after a newline, the start of a checklist item: its
// li and a box ticked when done.
func (m *markup) checkItem(done bool) {
	if done {
		m.Raw("\n" + `<li class="done"><span class="box" aria-hidden="true">✓</span> `)
		return
	}
	m.Raw("\n" + `<li class=""><span class="box" aria-hidden="true"></span> `)
}
