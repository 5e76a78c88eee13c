package render

import (
	"html/template"
	"strconv"
	"strings"
	"unsafe"

	"github.com/okrportal/okrportal/generator/model"
)

// markup builds the HTML of the default theme's busiest fragments in Go
// (the key results of an objective page, the alignment tree, cards and
// rows of objectives), which a large portal repeats hundreds of thousands
// of times: executing them as templates would cost a reflective call per
// value. Every value is escaped exactly as html/template escapes it in the
// same place (TestMarkupEscapesLikeHTMLTemplate checks this), so the bytes
// are those the equivalent template would produce.
type markup struct {
	b         []byte
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
		m = &markup{b: p.Site.getScratch(), prefix: p.prefix, fileLinks: p.Site.opts.FileLinks}
		p.scratch = m
	}
	start := len(m.b)
	f(m)
	if m.err != nil {
		err := m.err
		m.err = nil
		return "", err
	}
	if len(m.b) == start {
		return "", nil
	}
	// If f outgrew the buffer, append moved everything, earlier fragments
	// included, into a new array; those still point into the old one,
	// which stays alive while they do.
	frag := m.b[start:]
	return template.HTML(unsafe.String(unsafe.SliceData(frag), len(frag))), nil
}

// release hands the page's scratch buffer back for another page. The
// page's fragments must not be used afterwards.
func (p *page) release() {
	if p.scratch != nil {
		p.Site.putScratch(p.scratch.b)
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

// constant is markup written in this package's source: its only values are
// untyped string constants (and expressions of them), as a parameter of
// this unexported type accepts nothing else from a caller outside the
// package, and nothing typed string from inside it. So m.raw(title) does
// not compile; a value from content goes through text, url or value. This
// is google/safehtml's stringConstant.
type constant string

// raw appends markup written as a constant in the source.
func (m *markup) raw(s constant) { m.b = append(m.b, s...) }

// frag appends a cached partial (a pill, a meter) or records its error.
func (m *markup) frag(h template.HTML, err error) {
	if err != nil && m.err == nil {
		m.err = err
	}
	m.b = append(m.b, h...)
}

// int appends a number.
func (m *markup) int(n int) { m.b = strconv.AppendInt(m.b, int64(n), 10) }

// text appends s escaped for a text node or a quoted attribute value, as
// html/template's htmlEscaper does.
func (m *markup) text(s string) { m.b = appendEscaped(m.b, s) }

// value appends a string as text or template.HTML as it is, like an action
// printing a value of either type in a text node.
func (m *markup) value(v any) {
	switch v := v.(type) {
	case template.HTML:
		m.b = append(m.b, v...)
	case string:
		m.text(v)
	}
}

// link appends the escaped link from the page to the site path target
// ("objectives/x/" or "objectives/x/#kr-kr1"), as page.URL makes it.
func (m *markup) link(target string) {
	frag := ""
	if i := strings.IndexByte(target, '#'); i >= 0 {
		target, frag = target[:i], target[i:]
	}
	index := m.fileLinks && (target == "" || strings.HasSuffix(target, "/"))
	if m.prefix == "" && target == "" && !index {
		target = "./"
	}
	// Appended piece by piece, as url would append the whole: a page has
	// dozens of links, and the pieces hold no '%'.
	if !safeJoined(m.prefix, target, frag) {
		m.url(m.prefix + target + frag)
		return
	}
	m.b = appendURL(m.b, m.prefix)
	m.b = appendURL(m.b, target)
	if index {
		m.b = append(m.b, "index.html"...)
	}
	m.b = appendURL(m.b, frag)
}

// linkObj appends what link(objPath(o)) would, or with k
// link(krPath(k)), without building the path: a page links to dozens of
// objectives.
func (m *markup) linkObj(o *model.Objective, k *model.KeyResult) {
	if !safeJoined(m.prefix, "objectives/", "") {
		m.url(m.prefix + "objectives/") // never: objective links are relative
		return
	}
	m.b = appendURL(m.b, m.prefix)
	m.b = append(m.b, "objectives/"...)
	m.b = appendURL(m.b, o.ID)
	m.b = append(m.b, '/')
	if m.fileLinks {
		m.b = append(m.b, "index.html"...)
	}
	if k != nil {
		m.b = append(m.b, "#kr-"...)
		m.b = appendURL(m.b, k.ID)
	}
}

// safeJoined is safeScheme(a + b + c); it builds the string only when a
// has neither ':' nor '/', which a page's prefix ("", "../…" or a base
// URL) never has but when it is "".
func safeJoined(a, b, c string) bool {
	switch {
	case strings.IndexByte(a, ':') >= 0:
		return safeScheme(a)
	case strings.IndexByte(a, '/') >= 0:
		return true // any scheme would hold a '/': a relative link
	case a == "" && c == "":
		return safeScheme(b)
	}
	return safeScheme(a + b + c)
}

// url appends u as the whole value of an href attribute: html/template's
// urlFilter, urlNormalizer and attrEscaper.
func (m *markup) url(u string) {
	if !safeScheme(u) {
		u = "#ZgotmplZ"
	}
	m.b = appendURL(m.b, u)
}

// fragment appends s as the part of an href after "#": html/template's
// urlEscaper and attrEscaper.
func (m *markup) fragment(s string) { m.b = appendPercent(m.b, s, false) }

// chunkSize is about the size of the pieces a yielding markup hands on:
// small enough for fmt, which prints template values, to reuse its buffer.
const chunkSize = 32 << 10

// spill hands what was built to yield once it is chunkSize or more; the
// piece is valid until the next. Builders call it where a piece may end.
func (m *markup) spill() {
	if m.yield != nil && len(m.b) >= chunkSize {
		m.flush()
	}
}

// flush hands what was built to yield, if any; after yield declines, the
// rest is built and dropped.
func (m *markup) flush() {
	if m.yield == nil || len(m.b) == 0 {
		return
	}
	m.flushed += len(m.b)
	if !m.yield(template.HTML(unsafe.String(unsafe.SliceData(m.b), len(m.b)))) {
		m.yield = nil
	}
	m.b = m.b[:0]
}

// htmlEscapes is html/template's htmlReplacementTable.
var htmlEscapes = [...]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// appendEscaped appends s with the characters of htmlEscapes replaced.
// Bytes of multi-byte (or invalid) UTF-8 sequences are all ≥ 0x80 and
// pass through, as in html/template.
func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if int(c) < len(htmlEscapes) && htmlEscapes[c] != "" {
			b = append(b, s[last:i]...)
			b = append(b, htmlEscapes[c]...)
			last = i + 1
		}
	}
	return append(b, s[last:]...)
}

// safeScheme is html/template's isSafeURL: relative, http, https or mailto.
func safeScheme(u string) bool {
	if protocol, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(protocol, "/") {
		return strings.EqualFold(protocol, "http") || strings.EqualFold(protocol, "https") || strings.EqualFold(protocol, "mailto")
	}
	return true
}

// appendURL appends u normalized and escaped for a quoted attribute.
func appendURL(b []byte, u string) []byte { return appendPercent(b, u, true) }

// appendPercent is html/template's processURLOnto (norm: normalize a URL;
// else escape a URL part) followed by its attrEscaper, which after
// percent-encoding has only '&' and '+' left to replace.
func appendPercent(b []byte, s string, norm bool) []byte {
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '!', '#', '$', '*', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			if norm {
				b = append(b, c)
				continue
			}
		case '&':
			if norm {
				b = append(b, "&amp;"...)
				continue
			}
		case '+':
			if norm {
				b = append(b, "&#43;"...)
				continue
			}
		case '-', '.', '_', '~':
			b = append(b, c)
			continue
		case '%':
			if norm && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
				b = append(b, c)
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				b = append(b, c)
				continue
			}
		}
		b = append(b, '%', hex[c>>4], hex[c&15])
	}
	return b
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
