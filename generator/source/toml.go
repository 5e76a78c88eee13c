package source

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/okrportal/okrportal/generator/diag"
	"go.yaml.in/yaml/v3"
)

// parseTOML decodes TOML front matter and converts it to the same node tree
// as YAML, so that one strict decoder serves every format. TOML decoders
// do not report where each key stands, so a key's line is found by looking
// for its definition in the text (tomlLines).
func parseTOML(rel string, data []byte, offset int) (*yaml.Node, []diag.Diagnostic) {
	var m map[string]any
	_, err := toml.Decode(string(data), &m)
	if err != nil {
		line := 1
		var perr toml.ParseError
		if errors.As(err, &perr) {
			line = perr.Position.Line
		}
		msg := err.Error()
		if perr.Message != "" {
			msg = perr.Message
		}
		return nil, []diag.Diagnostic{{File: rel, Line: line + offset, Severity: diag.Error, Rule: "syntax",
			Message: "cannot parse the TOML front matter: " + msg}}
	}
	lines := newTOMLLines(string(data))
	return tomlNode(m, "", lines, offset+1, offset), nil
}

// tomlLines finds the line of a key path in TOML text.
type tomlLines struct {
	lines []string
}

func newTOMLLines(text string) *tomlLines { return &tomlLines{lines: strings.Split(text, "\n")} }

var tomlKeyRE = regexp.MustCompile(`^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=`)
var tomlTableRE = regexp.MustCompile(`^\s*\[\[?\s*([^\]]+?)\s*\]\]?`)

// find returns the first line at or after from (0-based) that defines key,
// either as `key = …` or as a table header ending in key, or -1.
func (t *tomlLines) find(key string, from int) int {
	for i := from; i < len(t.lines); i++ {
		if m := tomlKeyRE.FindStringSubmatch(t.lines[i]); m != nil {
			if m[1]+m[2]+m[3] == key {
				return i
			}
			continue
		}
		if m := tomlTableRE.FindStringSubmatch(t.lines[i]); m != nil {
			parts := strings.Split(m[1], ".")
			if strings.Trim(strings.TrimSpace(parts[len(parts)-1]), `"'`) == key {
				return i
			}
		}
	}
	return -1
}

// column is the 1-based column where line i (0-based) starts its key or
// table header.
func (t *tomlLines) column(i int) int {
	text := t.lines[i]
	return 1 + utf8.RuneCountInString(text[:len(text)-len(strings.TrimLeft(text, " \t"))])
}

// tomlNode converts a decoded TOML value to a node. line is the 1-based
// file line of the value; offset converts 0-based text lines to file lines.
func tomlNode(v any, key string, lines *tomlLines, line, offset int) *yaml.Node {
	switch x := v.(type) {
	case map[string]any:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		from := line - offset - 1
		if from < 0 {
			from = 0
		}
		type entry struct {
			k         string
			line, col int
		}
		entries := make([]entry, 0, len(keys))
		for _, k := range keys {
			l, col := lines.find(k, from), 0
			if l < 0 {
				l = from
			} else {
				col = lines.column(l)
			}
			entries = append(entries, entry{k, l + offset + 1, col})
		}
		sort.SliceStable(entries, func(i, j int) bool {
			if entries[i].line != entries[j].line {
				return entries[i].line < entries[j].line
			}
			return entries[i].k < entries[j].k
		})
		for _, e := range entries {
			kn := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.k, Line: e.line, Column: e.col}
			n.Content = append(n.Content, kn, tomlNode(x[e.k], e.k, lines, e.line, offset))
		}
		return n
	case []map[string]any:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line}
		from := line - offset - 1
		for _, item := range x {
			l := lines.find(key, from)
			if l < 0 {
				l = from
			}
			n.Content = append(n.Content, tomlNode(item, key, lines, l+offset+1, offset))
			from = l + 1
		}
		return n
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line}
		for _, item := range x {
			n.Content = append(n.Content, tomlNode(item, key, lines, line, offset))
		}
		return n
	}
	return tomlScalar(v, line)
}

func tomlScalar(v any, line int) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Line: line} // the column is not known
	switch x := v.(type) {
	case string:
		n.Tag, n.Value = "!!str", x
	case bool:
		n.Tag, n.Value = "!!bool", strconv.FormatBool(x)
	case int64:
		n.Tag, n.Value = "!!int", strconv.FormatInt(x, 10)
	case float64:
		n.Tag, n.Value = "!!float", formatFloat(x)
	case time.Time:
		n.Tag, n.Value = "!!timestamp", x.Format("2006-01-02")
	default:
		n.Tag, n.Value = "!!str", fmt.Sprint(x)
	}
	return n
}

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	case math.IsNaN(f):
		return ".nan"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
