package checkin

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Append returns data with e added to the check-ins of the key result at
// index (0-based, in the order of key_results), as the package comment
// describes. data is not modified.
func Append(data []byte, index int, e Entry) ([]byte, error) {
	f, err := parseFront(data)
	if err != nil {
		return nil, err
	}
	kr, err := f.keyResult(index)
	if err != nil {
		return nil, err
	}
	p, err := f.plan(kr, e)
	if err != nil {
		return nil, err
	}
	var last error
	for _, at := range p.candidates {
		out := insert(f.lines, at.line, p.text)
		if last = verify(data, out, index, at.pos, e); last == nil {
			return out, nil
		}
	}
	return nil, fmt.Errorf("cannot add the check-in without changing the rest of key result %d (%v); add it by hand", index+1, last)
}

// plan is where and what to insert.
type plan struct {
	candidates []place // best first
	text       []byte  // the lines to insert
}

// place is a line to insert a check-in before and where that puts it in
// the list of check-ins.
type place struct {
	line int // 0-based line index
	pos  int // index in checkins; -1 for the end
}

// atEnd makes places that append to the list from lines.
func atEnd(lines []int) []place {
	out := make([]place, len(lines))
	for i, l := range lines {
		out[i] = place{l, -1}
	}
	return out
}

// plan decides where the check-in goes in the key result kr and writes it.
func (f *front) plan(kr *yaml.Node, e Entry) (plan, error) {
	k, cs := value(kr, "checkins")
	switch {
	case k == nil: // no check-ins yet: a checkins key at the end of kr
		ind := kr.Column - 1
		text := strings.Repeat(" ", ind) + "checkins:" + f.eol + f.item(ind+2, ind+4, e)
		return plan{atEnd(f.after(kr, kr)), []byte(text)}, nil
	case cs.Kind == yaml.ScalarNode && cs.Tag == "!!null" && cs.Value == "":
		ind := k.Column - 1
		return plan{atEnd(f.after(kr, cs)), []byte(f.item(ind+2, ind+4, e))}, nil
	case cs.Kind != yaml.SequenceNode:
		return plan{}, fmt.Errorf("checkins on line %d is not a list", k.Line)
	case cs.Style&yaml.FlowStyle != 0:
		return plan{}, fmt.Errorf("checkins on line %d is written as a flow list [...]; write it as a block list (one `- {date: …}` a line) to add check-ins with okrportal", k.Line)
	}
	dash := cs.Column - 1
	keys := dash + 2
	if lastItem := cs.Content[len(cs.Content)-1]; lastItem.Kind == yaml.MappingNode && lastItem.Style&yaml.FlowStyle == 0 {
		keys = lastItem.Column - 1
	}
	places := atEnd(f.after(kr, cs))
	if pos := datePosition(cs, e.Date); pos >= 0 && f.opensItem(cs.Content[pos]) {
		places = append([]place{{cs.Content[pos].Line - 1, pos}}, places...)
	}
	return plan{places, []byte(f.item(dash, keys, e))}, nil
}

// datePosition is the index of the first check-in in the list cs dated
// after date (YYYY-MM-DD), so that one dated earlier than the last goes
// in date order; -1 when it goes at the end.
func datePosition(cs *yaml.Node, date string) int {
	for i, item := range cs.Content {
		if _, d := value(item, "date"); d != nil && d.Kind == yaml.ScalarNode && d.Value > date {
			return i
		}
	}
	return -1
}

// opensItem reports whether the list item n starts on the line of its
// "- ", so that inserting lines before that line puts them before n.
func (f *front) opensItem(n *yaml.Node) bool {
	if n.Line < 1 || n.Line > len(f.lines) {
		return false
	}
	line := f.lines[n.Line-1]
	return string(bytes.TrimSpace(line[:min(max(n.Column-1, 0), len(line))])) == "-"
}

// item writes e as a list item: "- " at column dash (0-based), in flow
// style or in block style with its keys at column keys.
func (f *front) item(dash, keys int, e Entry) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", dash) + "- ")
	if f.flowStyle() {
		b.WriteString("{")
		for i, p := range e.pairs() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p[0] + ": " + p[1])
		}
		b.WriteString("}" + f.eol)
		return b.String()
	}
	if keys < dash+2 {
		keys = dash + 2
	}
	b.WriteString(strings.Repeat(" ", keys-dash-2))
	for i, p := range e.pairs() {
		if i > 0 {
			b.WriteString(strings.Repeat(" ", keys))
		}
		b.WriteString(p[0] + ": " + p[1] + f.eol)
	}
	return b.String()
}

// after returns the places to insert lines after the node n (inside the
// key result kr, or kr itself): before the next content of the file, or
// first before the blank and comment lines that lead to it.
func (f *front) after(kr, n *yaml.Node) []int {
	lastLine := maxLine(n)
	next := f.close // 0-based index of the line holding the next node
	if l := nextLine(f.root, n); l > 0 {
		next = l - 1
	}
	best := next
	for best-1 > lastLine-1 && blankOrComment(f.lines[best-1]) {
		best--
	}
	if best == next {
		return []int{next}
	}
	return []int{best, next}
}

// maxLine is the last line on which a node of n's tree starts.
func maxLine(n *yaml.Node) int {
	m := n.Line
	for _, c := range n.Content {
		m = max(m, maxLine(c))
	}
	return m
}

// nextLine is the line of the first node after n's tree in the document
// order of root's tree, or 0 when n's tree ends the document.
func nextLine(root, n *yaml.Node) int {
	var order []*yaml.Node
	var walk func(*yaml.Node)
	walk = func(x *yaml.Node) {
		order = append(order, x)
		for _, c := range x.Content {
			walk(c)
		}
	}
	walk(root)
	for i, x := range order {
		if x != n {
			continue
		}
		end := maxLine(n)
		for _, y := range order[i+1:] {
			if y.Line > end && !descends(n, y) {
				return y.Line
			}
		}
		return 0
	}
	return 0
}

func descends(n, y *yaml.Node) bool {
	for _, c := range n.Content {
		if c == y || descends(c, y) {
			return true
		}
	}
	return false
}

func blankOrComment(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) == 0 || t[0] == '#'
}

// insert returns lines with text inserted before the line at index at.
func insert(lines [][]byte, at int, text []byte) []byte {
	var b bytes.Buffer
	for i, l := range lines {
		if i == at {
			b.Write(text)
		}
		b.Write(l)
	}
	return b.Bytes()
}

var errChanged = errors.New("the result would read differently")
