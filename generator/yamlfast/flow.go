package yamlfast

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// flowSequence parses the one-line flow sequence of scalars whose "[" is at
// offset b. Nested collections, empty entries and a trailing comma are
// left to yaml.v3.
func (p *parser) flowSequence(b, depth int) (*yaml.Node, int) {
	if depth+1 > maxDepth {
		return nil, 0
	}
	end := p.cur.end
	seq := p.node(yaml.SequenceNode, "!!seq", "", yaml.FlowStyle, p.cur.num, p.col(b))
	base := len(p.stack)
	i := p.skipSpaces(b+1, end)
	if i < end && p.src[i] == ']' {
		return seq, i + 1
	}
	for i < end {
		var item *yaml.Node
		item, i = p.flowScalar(i, ']')
		if item == nil {
			return nil, 0
		}
		p.push(item)
		i = p.skipSpaces(i, end)
		if i == end {
			return nil, 0
		}
		if p.src[i] == ']' {
			seq.Content = p.collect(base)
			return seq, i + 1
		}
		if p.src[i] != ',' {
			return nil, 0
		}
		i = p.skipSpaces(i+1, end)
		if i < end && (p.src[i] == ']' || p.src[i] == ',') {
			return nil, 0
		}
	}
	return nil, 0
}

// flowPlain parses the plain scalar at offset i inside a flow collection
// closed by closer; it ends before a "," or the closer. Characters that
// end or start something else in flow context ("[", "]", "{", "}", "#",
// "?", and ":" unless a character that ends nothing follows, as in a URL)
// are left to yaml.v3.
func (p *parser) flowPlain(i int, closer byte) (*yaml.Node, int) {
	end := p.cur.end
	start := i
	if !p.flowPlainStart(i, end) {
		return nil, 0
	}
	for ; i < end; i++ {
		switch c := p.src[i]; c {
		case ',', closer:
			return p.plain(start, p.trimSpaces(start, i)), i
		case ':':
			if i+1 == end || strings.IndexByte(" ,[]{}#?:", p.src[i+1]) >= 0 {
				return nil, 0
			}
		case '[', ']', '{', '}', '#', '?':
			return nil, 0
		}
	}
	return nil, 0
}

// flowPlainStart reports whether a plain scalar may start at offset i,
// before end, in flow context.
func (p *parser) flowPlainStart(i, end int) bool {
	if p.src[i] != '-' {
		return p.plainStart(i, end)
	}
	if i+1 == end {
		return false
	}
	switch p.src[i+1] {
	case ' ', ',', ']', '[', '{', '}':
		return false
	}
	return true
}

// flowMapping parses the one-line flow mapping whose "{" is at offset b:
// plain keys each followed by ": " and a scalar. Nested collections, empty
// entries and a trailing comma are left to yaml.v3.
func (p *parser) flowMapping(b, depth int) (*yaml.Node, int) {
	if depth+1 > maxDepth {
		return nil, 0
	}
	end := p.cur.end
	m := p.node(yaml.MappingNode, "!!map", "", yaml.FlowStyle, p.cur.num, p.col(b))
	base := len(p.stack)
	i := p.skipSpaces(b+1, end)
	if i < end && p.src[i] == '}' {
		return m, i + 1
	}
	for i < end {
		key, colon := p.flowKey(i)
		if key == nil {
			return nil, 0
		}
		p.push(key)
		value, after := p.flowScalar(p.skipSpaces(colon+1, end), '}')
		if value == nil {
			return nil, 0
		}
		p.push(value)
		i = p.skipSpaces(after, end)
		if i == end {
			return nil, 0
		}
		if p.src[i] == '}' {
			m.Content = p.collect(base)
			return m, i + 1
		}
		if p.src[i] != ',' {
			return nil, 0
		}
		i = p.skipSpaces(i+1, end)
		if i < end && (p.src[i] == '}' || p.src[i] == ',') {
			return nil, 0
		}
	}
	return nil, 0
}

// flowKey parses the plain key at offset i inside a flow mapping and
// returns it with the offset of the ":" after it, which a space must
// follow.
func (p *parser) flowKey(i int) (*yaml.Node, int) {
	end := p.cur.end
	if !p.flowPlainStart(i, end) {
		return nil, 0
	}
	for j := i + 1; j < end && j-i <= maxKeyLen; j++ {
		switch p.src[j] {
		case ':':
			if j+1 == end || p.src[j+1] != ' ' {
				return nil, 0
			}
			return p.plain(i, p.trimSpaces(i, j)), j
		case ',', '[', ']', '{', '}', '#', '?':
			return nil, 0
		}
	}
	return nil, 0
}

// flowScalar parses the quoted or plain scalar at offset i inside a flow
// collection closed by closer.
func (p *parser) flowScalar(i int, closer byte) (*yaml.Node, int) {
	if i >= p.cur.end {
		return nil, 0
	}
	switch p.src[i] {
	case '"':
		return p.doubleQuoted(i)
	case '\'':
		return p.singleQuoted(i)
	}
	return p.flowPlain(i, closer)
}
