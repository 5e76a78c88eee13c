package yamlfast

import (
	"math/bits"

	"go.yaml.in/yaml/v3"
)

// The block parsers below work on whole content lines. A collection's
// indentation ind is the 0-based column of its keys or of its "-"
// indicators; a line indented less ends the collection, a line indented
// more than a finished entry is outside the subset (a multi-line scalar or
// an error), and so is any line that fits no open collection.

// blockMapping parses the block mapping whose keys sit at column ind; its
// first key is at p.cur.content.
func (p *parser) blockMapping(ind, depth int) *yaml.Node {
	if depth > maxDepth {
		p.fail = true
		return nil
	}
	m := p.node(yaml.MappingNode, "!!map", "", 0, p.cur.num, p.col(p.cur.content))
	base := len(p.stack)
	for !p.fail && p.peek() && p.cur.ind >= ind {
		if p.cur.ind > ind {
			p.fail = true
			break
		}
		p.mappingEntry(ind, depth)
	}
	m.Content = p.collect(base)
	return m
}

// mappingEntry parses the "key: value" entry on the current line, with its
// value on the following lines when nothing follows the colon.
func (p *parser) mappingEntry(ind, depth int) {
	colon, keyEnd := p.scanKey(p.cur.content, p.cur.end)
	if colon < 0 {
		p.fail = true
		return
	}
	key := p.plain(p.cur.content, keyEnd)
	if key == nil {
		return
	}
	p.push(key)
	rest := p.skipSpaces(colon+1, p.cur.end)
	if rest == p.cur.end || p.src[rest] == '#' {
		num, nullCol := p.cur.num, p.col(colon+1)
		p.advance()
		p.push(p.blockValue(ind, depth, num, nullCol))
		return
	}
	p.push(p.inline(rest, depth))
	p.advance()
	if p.peek() && p.cur.ind > ind {
		p.fail = true
	}
}

// blockValue parses the value of a key at column ind that has nothing after
// its colon: a collection on the following lines, or else a null scalar at
// line num, column nullCol (just after the colon, where yaml.v3 puts it).
func (p *parser) blockValue(ind, depth, num, nullCol int) *yaml.Node {
	if p.peek() {
		if p.cur.ind > ind {
			return p.blockNode(depth + 1)
		}
		if p.cur.ind == ind && p.isDash() {
			return p.blockSequence(ind, depth+1)
		}
	}
	return p.node(yaml.ScalarNode, "!!null", "", 0, num, nullCol)
}

// blockNode parses the block collection that starts on the current line.
func (p *parser) blockNode(depth int) *yaml.Node {
	if p.isDash() {
		return p.blockSequence(p.cur.ind, depth)
	}
	return p.blockMapping(p.cur.ind, depth)
}

// blockSequence parses the block sequence whose "-" indicators sit at
// column ind; its first one is at p.cur.content. A line at column ind that
// is not an item ends the sequence: it may be the next key of a mapping at
// the same indentation, and if it is not, the parent rejects it.
func (p *parser) blockSequence(ind, depth int) *yaml.Node {
	if depth > maxDepth {
		p.fail = true
		return nil
	}
	s := p.node(yaml.SequenceNode, "!!seq", "", 0, p.cur.num, p.col(p.cur.content))
	base := len(p.stack)
	for !p.fail && p.peek() && p.cur.ind >= ind {
		if p.cur.ind > ind {
			p.fail = true
			break
		}
		if !p.isDash() {
			break
		}
		p.sequenceItem(ind, depth)
	}
	s.Content = p.collect(base)
	return s
}

// sequenceItem parses the "- item" on the current line: a mapping whose
// first key follows the dash, a scalar or flow sequence, or a collection
// on the following lines when nothing follows the dash.
func (p *parser) sequenceItem(ind, depth int) {
	dash := p.cur.content
	q := p.skipSpaces(dash+1, p.cur.end)
	switch {
	case q == p.cur.end || p.src[q] == '#':
		num, nullCol := p.cur.num, p.col(dash+1)
		p.advance()
		if p.peek() && p.cur.ind > ind {
			p.push(p.blockNode(depth + 1))
			return
		}
		p.push(p.node(yaml.ScalarNode, "!!null", "", 0, num, nullCol))
		return
	case p.isDashAt(q):
		p.fail = true // "- - x": compact nested sequences are left to yaml.v3
		return
	}
	if colon, _ := p.scanKey(q, p.cur.end); colon >= 0 {
		p.cur.content, p.cur.ind = q, q-p.cur.start
		p.push(p.blockMapping(p.cur.ind, depth+1))
		return
	}
	p.push(p.inline(q, depth))
	p.advance()
	if p.peek() && p.cur.ind > ind {
		p.fail = true
	}
}

// isDash reports whether the current line starts with a "-" indicator.
func (p *parser) isDash() bool {
	return p.isDashAt(p.cur.content)
}

// isDashAt reports whether a "-" indicator (a dash followed by a space or
// the end of the line) is at offset i of the current line.
func (p *parser) isDashAt(i int) bool {
	return p.src[i] == '-' && (i+1 == p.cur.end || p.src[i+1] == ' ')
}

// skipSpaces returns the offset of the first non-space byte in [i, end),
// or end. It tests eight bytes at once: indentation is most of the spaces.
func (p *parser) skipSpaces(i, end int) int {
	const spaces = 0x2020202020202020
	for ; i+8 <= end; i += 8 {
		if other := le64(p.src[i:]) ^ spaces; other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
	}
	for i < end && p.src[i] == ' ' {
		i++
	}
	return i
}

// le64 returns the first eight bytes of s as a little-endian number (the
// compiler makes it one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
