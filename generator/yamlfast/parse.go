// Package yamlfast parses the common subset of YAML that front matter uses,
// about an order of magnitude faster than go.yaml.in/yaml/v3, into the very
// node tree yaml.v3 would build.
//
// It is a fast path, not a YAML parser: whenever the input strays from the
// subset, or might be invalid YAML, [Parse] reports ok=false and the caller
// parses the input with yaml.v3 instead. The subset:
//
//   - block mappings whose keys are plain scalars on one line;
//   - block sequences ("- " items) of scalars, of flow sequences and of
//     mappings ("- title: x" with the following keys indented under it),
//     nested to any depth, including sequences at the indentation of their
//     parent key;
//   - plain scalars on one line, tagged exactly as yaml.v3 tags them
//     (!!null, !!bool, !!int, !!float, !!timestamp, !!str);
//   - single- and double-quoted scalars on one line; double-quoted ones with
//     the escapes \" \\ \n \t \r and \uXXXX only;
//   - flow sequences of scalars on one line, such as [a, b, "c d"], and
//     flow mappings of plain keys and scalars on one line, such as
//     {date: 2026-07-08, value: 48, note: "x"};
//   - full-line and trailing comments, and blank lines.
//
// Anything else — anchors, aliases, tags, block scalars, nested flow
// collections, multi-line scalars, quoted keys, "? " keys, merge keys,
// document markers, tabs, carriage returns, control characters, nesting
// deeper than 100 levels — makes Parse report ok=false.
package yamlfast

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"

	"go.yaml.in/yaml/v3"
)

// maxDepth bounds the nesting of collections, which bounds the recursion.
const maxDepth = 100

// Parse parses the common subset of YAML that front matter uses into the
// same node tree that yaml.v3's Unmarshal(data, &node) produces (the
// document node's first child, i.e. the top mapping), with identical Kind,
// Tag, Value, Style, Line and Column for every node. Comments are not kept:
// HeadComment, LineComment and FootComment stay empty.
//
// ok is false when the input uses anything outside the subset, might be
// invalid YAML, holds no node, or holds a top node that is not a block
// mapping; node is nil then and the caller should parse data with yaml.v3.
// The returned nodes share one allocation and their values share one copy
// of data, so data may be reused once Parse returns.
func Parse(data []byte) (node *yaml.Node, ok bool) {
	var ps Parser
	return ps.Parse(data)
}

// A Parser parses one input after another into the same memory, which
// spares a program that parses thousands of files and is done with each
// tree before the next most of its allocations. The zero value is ready
// to use. A Parser is not safe for concurrent use.
type Parser struct {
	// Borrow makes the nodes' text point into the input instead of into
	// a copy of it: the caller must not change the input while it uses
	// the nodes, nor keep their text afterwards without copying it.
	Borrow bool
	// LineOffset is added to the line of every node: the number of lines
	// before data in the file it comes from.
	LineOffset int

	nodes []yaml.Node
	kids  []*yaml.Node
	stack []*yaml.Node
}

// Parse is the package's [Parse], except that the nodes it returns are
// valid only until the next call: that call overwrites them.
func (ps *Parser) Parse(data []byte) (node *yaml.Node, ok bool) {
	estimate, ascii, ok := scanChars(data)
	if !ok {
		return nil, false
	}
	var src string
	if ps.Borrow && len(data) > 0 {
		src = unsafe.String(&data[0], len(data))
	} else {
		src = string(data)
	}
	p := parser{src: src, ascii: ascii, lineOffset: ps.LineOffset,
		nodes: reuse(ps.nodes, estimate), kids: reuse(ps.kids, estimate), stack: reuse(ps.stack, 64)}
	top, ok := p.document()
	ps.nodes, ps.kids, ps.stack = p.nodes[:0], p.kids[:0], p.stack[:0]
	return top, ok
}

// reuse returns s emptied when it can hold n items, else a new slice.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// document parses the whole input.
func (p *parser) document() (*yaml.Node, bool) {
	if !p.peek() || p.fail || p.isDash() {
		return nil, false
	}
	top := p.blockMapping(p.cur.ind, 0)
	if more := p.peek(); more || p.fail {
		return nil, false // a line that fits no open collection, or an error
	}
	return top, true
}

// scanChars rejects characters outside the subset: tabs, carriage
// returns, control characters, invalid UTF-8, the byte order mark, and the
// characters yaml.v3 treats as line breaks or rejects. It returns an
// estimate of the number of nodes (from the lines, colons, commas, "{" and
// "-" it sees: every "- " item, and the dashes of dates besides, counted
// at the speed of a single byte) and whether data is plain ASCII.
func scanChars(data []byte) (nodes int, ascii, ok bool) {
	ascii = true
	for i := 0; i < len(data); {
		if i+8 <= len(data) { // eight bytes at once, up to the first unusual one
			unusual := unusual8(binary.LittleEndian.Uint64(data[i:]))
			if unusual == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(unusual) / 8
		}
		if c := data[i]; c >= 0x20 && c < 0x7f || c == '\n' {
			i++
			continue
		} else if c < 0x80 {
			return 0, false, false
		}
		size := printableRune(data[i:])
		if size == 0 {
			return 0, false, false
		}
		ascii = false
		i += size
	}
	nodes = 2 + bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte(":")) +
		bytes.Count(data, []byte(",")) + bytes.Count(data, []byte("{")) + bytes.Count(data, []byte("-"))
	return nodes, ascii, true
}

// unusual8 returns a mask of the eight bytes of w (little-endian) with
// the top bit of a byte set when it is neither printable ASCII (0x20 to
// 0x7e) nor a newline. Each byte is tested on its own: a sum of its low
// seven bits and at most 0x7f never carries into the next byte.
func unusual8(w uint64) uint64 {
	const ones, low7, tops = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	below20 := ^(w&low7 + 0x60*ones | w) & tops // < 0x20: adding 0x60 to it stays below 0x80
	nl := w ^ '\n'*ones
	newline := ^(nl&low7 + low7 | nl) & tops // nl's byte is 0: adding 0x7f to it stays below 0x80
	high := (w&low7 + ones | w) & tops       // 0x7f, or 0x80 and above
	return below20&^newline | high
}

// printableRune returns the size of the non-ASCII UTF-8 character that b
// starts with, or 0 when it is invalid, not printable in YAML (outside
// #xA0-#xD7FF, #xE000-#xFFFD and #x10000-#x10FFFF), a line break (#x2028,
// #x2029) or a byte order mark (#xFEFF).
func printableRune(b []byte) int {
	r, size := utf8.DecodeRune(b)
	switch {
	case r == utf8.RuneError && size <= 1:
		return 0
	case r >= 0xA0 && r <= 0xD7FF && r != 0x2028 && r != 0x2029:
	case r >= 0xE000 && r <= 0xFFFD && r != 0xFEFF:
	case r >= 0x10000 && r <= 0x10FFFF:
	default:
		return 0
	}
	return size
}

// line is the content line the parser stands on.
type line struct {
	start   int // offset of the line's first byte
	end     int // offset of the line's newline, or len(src)
	content int // offset of the first byte still to parse
	ind     int // column (0-based) of content
	num     int // 1-based line number
}

// parser holds the state of one Parse call.
type parser struct {
	src   string
	ascii bool // src is plain ASCII, so columns are byte offsets
	// lineOffset is added to the line of every node (Parser.LineOffset).
	lineOffset int

	next  int  // offset of the first unread line
	num   int  // number of lines read
	cur   line // the current content line, when have is set
	have  bool
	fail  bool // the input is outside the subset
	nodes []yaml.Node
	kids  []*yaml.Node // backing store of the Content slices
	stack []*yaml.Node // children of the collections being parsed
}

// peek makes p.cur the next line that is neither blank nor a comment, and
// reports whether there is one.
func (p *parser) peek() bool {
	if p.have {
		return true
	}
	for p.next < len(p.src) {
		start := p.next
		end := strings.IndexByte(p.src[start:], '\n')
		if end < 0 {
			end = len(p.src)
		} else {
			end += start
		}
		p.next = end + 1
		p.num++
		i := p.skipSpaces(start, end)
		if i == end || p.src[i] == '#' {
			continue
		}
		if i == start && isDocumentMarker(p.src[start:end]) {
			p.fail = true
			return false
		}
		p.cur = line{start: start, end: end, content: i, ind: i - start, num: p.num}
		p.have = true
		return true
	}
	return false
}

// isDocumentMarker reports whether a line starts with "---" or "...".
func isDocumentMarker(s string) bool {
	return strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...")
}

// advance consumes the current line.
func (p *parser) advance() {
	p.have = false
}

// col returns the 1-based column of offset off of the current line.
func (p *parser) col(off int) int {
	if p.ascii {
		return off - p.cur.start + 1
	}
	return utf8.RuneCountInString(p.src[p.cur.start:off]) + 1
}

// node returns a new node from the arena.
func (p *parser) node(kind yaml.Kind, tag, value string, style yaml.Style, line, col int) *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, cap(p.nodes)/2+16)
	}
	p.nodes = p.nodes[:len(p.nodes)+1]
	n := &p.nodes[len(p.nodes)-1]
	n.Kind, n.Style, n.Line, n.Column = kind, style, line+p.lineOffset, col
	n.Tag, n.Value = tag, value // field by field: fewer write barriers than a struct copy
	if n.Content != nil {       // a node of an earlier input (Parser)
		n.Content = nil
	}
	return n
}

// push appends a child to the collection being parsed.
func (p *parser) push(n *yaml.Node) {
	p.stack = append(p.stack, n)
}

// collect pops the children pushed since the stack had length base and
// returns them as a Content slice.
func (p *parser) collect(base int) []*yaml.Node {
	n := len(p.stack) - base
	if n == 0 {
		return nil
	}
	if cap(p.kids)-len(p.kids) < n {
		p.kids = make([]*yaml.Node, 0, cap(p.kids)/2+n+16)
	}
	start := len(p.kids)
	p.kids = append(p.kids, p.stack[base:]...)
	p.stack = p.stack[:base]
	return p.kids[start:len(p.kids):len(p.kids)]
}
