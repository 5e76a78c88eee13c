package yamlfast

import (
	"fmt"
	"strings"
)

// level is an open block mapping or list: the column its keys or dashes
// start at, and the key or list it belongs to.
type level struct {
	indent int
	list   bool
	name   string // the field that holds it, for messages
}

// indentScan follows the block structure of YAML text line by line.
type indentScan struct {
	stack   []level
	open    bool   // the line before ends in "key:" or "-": children may follow
	parent  string // that key
	prevKey string // the last field seen, for messages
	block   int    // > -1: inside a | or > block scalar of a key at this indent
	quote   byte   // inside a quoted value spanning lines
}

// scanIndentation finds the first line whose indentation fits no open
// mapping or list: a field pulled left or pushed right, a field among the
// items of a list without its "- ".
func scanIndentation(lines []string) (Problem, bool) {
	s := indentScan{open: true, block: -1}
	for i, l := range lines {
		if msg, col, bad := s.line(l); bad {
			return Problem{Line: i + 1, Col: col + 1, Message: msg}, true
		}
	}
	return Problem{}, false
}

// line takes one line and reports what is wrong with its indentation.
func (s *indentScan) line(l string) (msg string, col int, bad bool) {
	e := parseEntry(l)
	if s.skip(l, e) {
		return "", 0, false
	}
	name := e.key
	if name == "" {
		name = strings.TrimSpace(l)
	}
	name = fmt.Sprintf("%q", name)
	if len(s.stack) == 0 || e.indent > s.top().indent {
		if !s.open {
			if e.key == "" && e.items == 0 {
				return "", 0, false // the continuation of a plain value
			}
			return fmt.Sprintf("%s is indented more than %q above, which already has a value; indent it by %d spaces to line up with %q, or move it to where it belongs",
				name, s.prevKey, s.top().indent, s.prevKey), e.indent, true
		}
		s.stack = append(s.stack, level{indent: e.indent, list: e.items > 0, name: s.parent})
	} else {
		for len(s.stack) > 0 && s.top().indent > e.indent {
			s.stack = s.stack[:len(s.stack)-1]
		}
		if len(s.stack) == 0 || s.top().indent != e.indent {
			return fmt.Sprintf("%s is indented by %d spaces, which lines up with no field above; indent it like the fields it belongs with", name, e.indent), e.indent, true
		}
		if msg, bad := s.sameLevel(e, name); bad {
			return msg, e.indent, true
		}
	}
	s.enter(e)
	return "", 0, false
}

// sameLevel checks a line indented like the open level on top.
func (s *indentScan) sameLevel(e entry, name string) (string, bool) {
	top := s.top()
	switch {
	case top.list && e.items == 0:
		if n := len(s.stack); n >= 2 && s.stack[n-2].indent == e.indent && !s.stack[n-2].list {
			s.stack = s.stack[:n-1] // the end of a list written level with its key
			return "", false
		}
		return fmt.Sprintf("%s is indented like the items of the list %q but does not start with \"- \"; indent it by %d spaces to belong to the item above, or write \"- %s\" to start a new item",
			name, top.name, e.indent+2, strings.Trim(name, `"`)), true
	case !top.list && e.items > 0:
		if s.open {
			s.stack = append(s.stack, level{indent: e.indent, list: true, name: s.parent})
			return "", false
		}
		return fmt.Sprintf("a list item is indented like the field %q, which already has a value; indent the item under the field that holds the list", s.prevKey), true
	}
	return "", false
}

// enter records what the line opens for the lines after it.
func (s *indentScan) enter(e entry) {
	for k := 1; k < e.items; k++ { // "- - x": a list in a list
		s.stack = append(s.stack, level{indent: e.indent + 2*k, list: true})
	}
	if e.items > 0 && e.key != "" {
		s.stack = append(s.stack, level{indent: e.col, name: s.top().name})
	}
	if e.key != "" {
		s.prevKey = e.key
	}
	v := e.value
	if e.key == "" && e.items == 0 {
		v = "x" // a plain line: nothing opens
	}
	s.open = v == "" || v[0] == '#'
	s.parent = e.key
	switch {
	case v != "" && (v[0] == '|' || v[0] == '>'):
		s.block = e.col
	case v != "" && (v[0] == '"' || v[0] == '\'') && strings.Count(v, v[:1]) == 1:
		s.quote = v[0]
	}
}

// skip reports whether the line has no structure to check: blank, a
// comment, inside a block scalar or a quoted value spanning lines.
func (s *indentScan) skip(l string, e entry) bool {
	if s.quote != 0 {
		if strings.IndexByte(l, s.quote) >= 0 {
			s.quote = 0
		}
		return true
	}
	if e.comment {
		return true
	}
	if s.block >= 0 {
		if e.indent > s.block {
			return true
		}
		s.block = -1
	}
	return false
}

func (s *indentScan) top() level { return s.stack[len(s.stack)-1] }
