// Package markdown turns the Markdown of untrusted content files (objective
// "why" bodies, charters, the strategy narrative, one-line titles) into HTML
// that is safe to place in a page.
//
// Rendering uses goldmark with GitHub Flavored Markdown (tables,
// strikethrough, linkified URLs, task lists) and automatic heading ids; the
// typographer is off. Raw HTML is omitted unless the portal sets
// unsafe_html. Whatever that setting, link, image and autolink destinations
// with a dangerous scheme (javascript:, vbscript:, file:, data: other than
// data:image/png|gif|jpeg|webp) are replaced by "#".
package markdown

import (
	"bufio"
	"bytes"
	"html/template"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// maxPooledBuffer is the largest buffer kept for reuse; bigger ones (from an
// unusually long body) are left to the garbage collector.
const maxPooledBuffer = 1 << 20

// Renderer converts Markdown to HTML. It is safe for concurrent use by many
// goroutines; build one per portal and share it.
type Renderer struct {
	block goldmark.Markdown // full documents
	// inlineParser knows only paragraphs and inline syntax, so a title
	// such as "1. Ship it" or "# 1" stays text instead of becoming a list
	// or a heading.
	inlineParser   parser.Parser
	inlineRenderer renderer.Renderer
	buffers        sync.Pool
}

// New returns a Renderer. With unsafeHTML false, raw HTML in the source is
// replaced by an HTML comment (goldmark's default); with true it is copied
// through verbatim. Dangerous URL schemes in Markdown links, images and
// autolinks are neutralised in both modes.
func New(unsafeHTML bool) *Renderer {
	var htmlOpts []renderer.Option
	if unsafeHTML {
		htmlOpts = append(htmlOpts, html.WithUnsafe())
	}
	sanitizer := util.Prioritized(urlSanitizer{}, 0)
	block := goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithASTTransformers(sanitizer),
		),
		goldmark.WithRendererOptions(htmlOpts...),
	)
	inlineParsers := append(parser.DefaultInlineParsers(),
		util.Prioritized(extension.NewStrikethroughParser(), 500),
		util.Prioritized(extension.NewLinkifyParser(), 999),
	)
	inlineParser := parser.NewParser(
		parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 1000)),
		parser.WithInlineParsers(inlineParsers...),
		parser.WithASTTransformers(sanitizer),
	)
	inlineRenderer := renderer.NewRenderer(append(htmlOpts,
		renderer.WithNodeRenderers(
			util.Prioritized(html.NewRenderer(), 1000),
			util.Prioritized(extension.NewStrikethroughHTMLRenderer(), 500),
		))...)
	return &Renderer{
		block:          block,
		inlineParser:   inlineParser,
		inlineRenderer: inlineRenderer,
		buffers: sync.Pool{New: func() any {
			o := new(output)
			o.w = bufio.NewWriter(&o.buf)
			return o
		}},
	}
}

// Render converts a Markdown document to HTML. Headings get ids derived from
// their text ("Why now?" → id="why-now"), numbered within the document when
// repeated, so the same source always gives the same output.
func (r *Renderer) Render(src string) template.HTML {
	out := r.getOutput()
	defer r.putOutput(out)
	// Writing to a bytes.Buffer cannot fail, and goldmark reports no other
	// errors, so the error is always nil. goldmark flushes the writer.
	_ = r.block.Convert([]byte(src), out.w)
	return template.HTML(out.buf.String())
}

// Inline renders a one-line Markdown string (a title, a note) as inline HTML,
// without a wrapping <p>. Only inline syntax is recognised: emphasis, code,
// links, strikethrough, linkified URLs and (if unsafe) raw HTML; block
// syntax such as "# ", "- " or "1. " stays literal text. Lines of src are
// trimmed and joined with single spaces.
func (r *Renderer) Inline(src string) template.HTML {
	src = joinLines(src)
	if src == "" {
		return ""
	}
	source := []byte(src)
	doc := r.inlineParser.Parse(text.NewReader(source))
	out := r.getOutput()
	defer r.putOutput(out)
	for block := doc.FirstChild(); block != nil; block = block.NextSibling() {
		for n := block.FirstChild(); n != nil; n = n.NextSibling() {
			_ = r.inlineRenderer.Render(out.w, source, n)
		}
	}
	return template.HTML(out.buf.String())
}

// joinLines trims each line of s and joins the non-empty ones with a space.
func joinLines(s string) string {
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	kept := lines[:0]
	for _, line := range lines {
		if line = strings.TrimSpace(line); line != "" {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, " ")
}

// output is a pooled buffer with a buffered writer onto it. goldmark
// writes through a util.BufWriter and wraps any other writer in a new 4 KB
// bufio.Writer on every call; handing it this one avoids that.
type output struct {
	buf bytes.Buffer
	w   *bufio.Writer
}

func (r *Renderer) getOutput() *output {
	out := r.buffers.Get().(*output)
	out.buf.Reset()
	out.w.Reset(&out.buf)
	return out
}

func (r *Renderer) putOutput(out *output) {
	if out.buf.Cap() <= maxPooledBuffer {
		r.buffers.Put(out)
	}
}
