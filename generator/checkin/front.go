package checkin

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// ErrUnsupported is returned for a file whose front matter is not YAML
// between `---` lines.
var ErrUnsupported = errors.New("only YAML front matter (between --- lines) can be edited; add the check-in by hand to TOML or JSON front matter")

// front is a file split into lines, with its YAML front matter parsed.
type front struct {
	lines [][]byte   // every line of the file, each with its line end
	open  int        // 0-based index of the opening --- line
	close int        // 0-based index of the closing --- line
	root  *yaml.Node // the front matter's mapping; lines count in the file
	eol   string     // the line end of the opening line
}

// splitLines splits data after every '\n'.
func splitLines(data []byte) [][]byte {
	var out [][]byte
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			out = append(out, data)
			break
		}
		out = append(out, data[:i+1])
		data = data[i+1:]
	}
	return out
}

// parseFront splits data and parses its front matter.
func parseFront(data []byte) (*front, error) {
	f := &front{lines: splitLines(data), open: -1, close: -1}
	for i, l := range f.lines {
		t := string(bytes.TrimSpace(bytes.TrimPrefix(l, []byte("\ufeff"))))
		if t == "" {
			continue
		}
		if t != "---" {
			return nil, ErrUnsupported
		}
		f.open = i
		break
	}
	if f.open < 0 {
		return nil, ErrUnsupported
	}
	for i := f.open + 1; i < len(f.lines); i++ {
		if string(bytes.TrimSpace(f.lines[i])) == "---" {
			f.close = i
			break
		}
	}
	if f.close < 0 {
		return nil, errors.New("the front matter has no closing --- line")
	}
	f.eol = "\n"
	if bytes.HasSuffix(f.lines[f.open], []byte("\r\n")) {
		f.eol = "\r\n"
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(f.text(), &doc); err != nil {
		return nil, fmt.Errorf("the front matter is not valid YAML: %v", err)
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("the front matter is not a mapping of fields")
	}
	f.root = doc.Content[0]
	shift(f.root, f.open+1)
	return f, nil
}

// text is the front matter between the delimiter lines.
func (f *front) text() []byte {
	return bytes.Join(f.lines[f.open+1:f.close], nil)
}

func shift(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shift(c, by)
	}
}

// value returns the value of key in the mapping m, and the key node.
func value(m *yaml.Node, key string) (k, v *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// keyResult returns the mapping of the key result at index (0-based).
func (f *front) keyResult(index int) (*yaml.Node, error) {
	_, krs := value(f.root, "key_results")
	if krs == nil || krs.Kind != yaml.SequenceNode {
		return nil, errors.New("the file has no key_results list")
	}
	if index < 0 || index >= len(krs.Content) {
		return nil, fmt.Errorf("the file has %d key results, not %d", len(krs.Content), index+1)
	}
	if krs.Style&yaml.FlowStyle != 0 {
		return nil, errors.New("key_results is written as a flow list [...]; write it as a block list (one `- title: …` a line) to add check-ins with okrportal")
	}
	kr := krs.Content[index]
	if kr.Kind != yaml.MappingNode || kr.Style&yaml.FlowStyle != 0 {
		return nil, fmt.Errorf("key result %d is written on one line ({...}); write it as a block mapping to add check-ins with okrportal", index+1)
	}
	return kr, nil
}

// flowStyle reports whether the file's check-ins are written in flow
// style ({date: …}): as its first check-in is, or true when it has none.
func (f *front) flowStyle() bool {
	_, krs := value(f.root, "key_results")
	if krs == nil {
		return true
	}
	for _, kr := range krs.Content {
		if _, cs := value(kr, "checkins"); cs != nil && cs.Kind == yaml.SequenceNode && len(cs.Content) > 0 {
			return cs.Content[0].Style&yaml.FlowStyle != 0
		}
	}
	return true
}

// quote writes s as a YAML double-quoted scalar.
func quote(s string) string { return strconv.Quote(s) }
