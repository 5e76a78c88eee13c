package yamlfast

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// maxKeyLen keeps keys well below yaml.v3's 1024-character limit on
// simple keys.
const maxKeyLen = 512

// The scalar parsers below read from offset i of the current line and
// return the node with the offset just past it, or a nil node (after
// setting p.fail) when the text is outside the subset.

// inline parses the value that starts at offset q of the current line and
// runs to its end or to a trailing comment: a quoted scalar, a flow
// sequence or a plain scalar.
func (p *parser) inline(q, depth int) *yaml.Node {
	var n *yaml.Node
	after := q
	switch p.src[q] {
	case '"':
		n, after = p.doubleQuoted(q)
	case '\'':
		n, after = p.singleQuoted(q)
	case '[':
		n, after = p.flowSequence(q, depth)
	case '{':
		n, after = p.flowMapping(q, depth)
	default:
		return p.plainValue(q)
	}
	if n == nil || !p.restIsComment(after) {
		p.fail = true
		return nil
	}
	return n
}

// restIsComment reports whether the current line holds nothing but spaces
// and maybe a comment after offset i.
func (p *parser) restIsComment(i int) bool {
	j := p.skipSpaces(i, p.cur.end)
	return j == p.cur.end || p.src[j] == '#' && j > i
}

// plainStart reports whether a plain scalar may start at offset i, before
// end: not with an indicator, and with "-" only when a non-space follows.
// ("?" and ":" could start one too; they are left to yaml.v3.)
func (p *parser) plainStart(i, end int) bool {
	switch p.src[i] {
	case '-':
		return i+1 < end && p.src[i+1] != ' '
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
		return false
	}
	return true
}

// scanKey finds the ": " (or final ":") that ends the plain key starting at
// offset from and returns its offset and the end of the key without
// trailing spaces; colon is -1 when there is no such plain key.
func (p *parser) scanKey(from, end int) (colon, keyEnd int) {
	if !p.plainStart(from, end) {
		return -1, -1
	}
	line := p.src[:min(end, from+maxKeyLen+1)]
	for i := from + 1; i < len(line); i++ { // keys are short: byte by byte
		switch line[i] {
		case ':':
			if i+1 == end || p.src[i+1] == ' ' {
				return i, p.trimSpaces(from, i)
			}
		case '#':
			if line[i-1] == ' ' {
				return -1, -1
			}
		}
	}
	return -1, -1
}

// valueColon returns the offset of the first ":" in [from, to) that is
// followed by a space or ends the line (at end), or -1.
func (p *parser) valueColon(from, to, end int) int {
	for i := from; i < to; {
		colon := p.nextOf(':', i, to)
		if colon == to {
			return -1
		}
		if colon+1 == end || p.src[colon+1] == ' ' {
			return colon
		}
		i = colon + 1
	}
	return -1
}

// comment returns the offset of the first "#" in [from, end) that follows
// a space, where a comment starts, or end; from is past the line's start.
func (p *parser) comment(from, end int) int {
	for i := from; i < end; {
		hash := p.nextOf('#', i, end)
		if hash == end || p.src[hash-1] == ' ' {
			return hash
		}
		i = hash + 1
	}
	return end
}

// nextOf returns the offset of the first c in [from, end), or end. It is
// IndexByte: most lines hold no "#" and one ":", which it finds many
// bytes at a time.
func (p *parser) nextOf(c byte, from, end int) int {
	if i := strings.IndexByte(p.src[from:end], c); i >= 0 {
		return from + i
	}
	return end
}

// trimSpaces returns end moved back over the spaces that precede it, but
// not before from.
func (p *parser) trimSpaces(from, end int) int {
	for end > from && p.src[end-1] == ' ' {
		end--
	}
	return end
}

// plainValue parses the plain scalar that starts at offset q of the
// current line and ends at its end or at a trailing comment. A ": " in it
// (an error in YAML) or a final ":" makes it fall outside the subset.
func (p *parser) plainValue(q int) *yaml.Node {
	end := p.cur.end
	if !p.plainStart(q, end) {
		p.fail = true
		return nil
	}
	stop := p.comment(q+1, end)
	if p.valueColon(q+1, stop, end) >= 0 {
		p.fail = true
		return nil
	}
	return p.plain(q, p.trimSpaces(q, stop))
}

// plain returns the plain scalar node for [start, end) of the current line.
func (p *parser) plain(start, end int) *yaml.Node {
	value := p.src[start:end]
	tag := resolveTag(value)
	if tag == "" {
		p.fail = true
		return nil
	}
	return p.node(yaml.ScalarNode, tag, value, 0, p.cur.num, p.col(start))
}

// singleQuoted parses the single-quoted scalar whose opening quote is at
// offset q and which must close on the same line.
func (p *parser) singleQuoted(q int) (*yaml.Node, int) {
	end := p.cur.end
	var buf []byte // the value, once it holds an escaped quote
	from := q + 1  // start of the text not yet copied to buf
	for i := q + 1; i < end; i++ {
		if p.src[i] != '\'' {
			continue
		}
		if i+1 < end && p.src[i+1] == '\'' {
			buf = append(buf, p.src[from:i+1]...)
			i++
			from = i + 1
			continue
		}
		value := p.src[from:i]
		if buf != nil {
			value = string(append(buf, value...))
		}
		return p.node(yaml.ScalarNode, "!!str", value, yaml.SingleQuotedStyle, p.cur.num, p.col(q)), i + 1
	}
	return nil, 0
}

// doubleQuoted parses the double-quoted scalar whose opening quote is at
// offset q and which must close on the same line. Only the escapes
// \" \\ \n \t \r and \uXXXX are in the subset (yaml.v3 knows no \/).
func (p *parser) doubleQuoted(q int) (*yaml.Node, int) {
	end := p.cur.end
	var buf []byte // the value, once it holds an escape
	from := q + 1  // start of the text not yet copied to buf
	for i := q + 1; i < end; i++ {
		switch p.src[i] {
		case '"':
			value := p.src[from:i]
			if buf != nil {
				value = string(append(buf, value...))
			}
			return p.node(yaml.ScalarNode, "!!str", value, yaml.DoubleQuotedStyle, p.cur.num, p.col(q)), i + 1
		case '\\':
			if i+1 == end {
				return nil, 0
			}
			buf = append(buf, p.src[from:i]...)
			n := p.escape(&buf, i+1, end)
			if n == 0 {
				return nil, 0
			}
			i += n
			from = i + 1
		}
	}
	return nil, 0
}

// escape appends the character that the escape sequence after the
// backslash at offset i-1 stands for, and returns the length of the
// sequence after the backslash, or 0 when it is outside the subset.
func (p *parser) escape(buf *[]byte, i, end int) int {
	switch p.src[i] {
	case '"', '\\':
		*buf = append(*buf, p.src[i])
	case 'n':
		*buf = append(*buf, '\n')
	case 't':
		*buf = append(*buf, '\t')
	case 'r':
		*buf = append(*buf, '\r')
	case 'u':
		if i+5 > end {
			return 0
		}
		r := rune(0)
		for _, c := range []byte(p.src[i+1 : i+5]) {
			d := hexDigit(c)
			if d < 0 {
				return 0
			}
			r = r<<4 | rune(d)
		}
		if r >= 0xD800 && r <= 0xDFFF {
			return 0
		}
		*buf = utf8.AppendRune(*buf, r)
		return 5
	default:
		return 0
	}
	return 1
}

// hexDigit returns the value of hexadecimal digit c, or -1.
func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
