package source

import (
	"bytes"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"go.yaml.in/yaml/v3"
)

var sections = []Section{SectionPortal, SectionStrategy, SectionPriorities, SectionTeams, SectionPeople, SectionOKRs}

// FuzzParse parses arbitrary bytes as a file of every section. Parse must
// never panic, must return either a document or errors, and every line it
// reports must lie in the file. The seed corpus (testdata/fuzz/FuzzParse)
// holds real portal files in each front-matter format.
func FuzzParse(f *testing.F) {
	for _, tt := range formatCases {
		f.Add([]byte(tt.text))
	}
	f.Add([]byte("{\"title\": \"x\"}\nBody\n"))
	f.Add([]byte("---json\n{\"a\": [1, 2.5, true, null, {\"b\": \"\\u00e9\"}]}\n---\n"))
	f.Add([]byte("+++\n[[a]]\nb = 2026-10-05\n[[a]]\nc = [{d = 1}]\n[e.f]\ng = 'h'\n+++\n"))
	f.Add([]byte("title: X\nperiods:\n  - {id: FY22-Q3, start: 2021-08-01, end: 2021-10-31}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := lineCount(data)
		for _, section := range sections {
			doc, ds := Parse("f.md", section, data)
			checkParse(t, section, data, lines, doc, ds)
		}
	})
}

func checkParse(t *testing.T, section Section, data []byte, lines int, doc *Document, ds []diag.Diagnostic) {
	t.Helper()
	if (doc == nil) == (len(ds) == 0) {
		t.Fatalf("%s: doc %v with diagnostics %v: want exactly one of them", section, doc, ds)
	}
	for _, d := range ds {
		if d.File != "f.md" || d.Severity != diag.Error || d.Rule == "" || d.Message == "" || d.Line < 1 || d.Line > lines {
			t.Fatalf("%s: bad diagnostic %+v in a file of %d lines", section, d, lines)
		}
	}
	if doc == nil {
		return
	}
	if doc.Front != nil && doc.Front.Kind != yaml.MappingNode {
		t.Fatalf("%s: front matter is a %v, not a mapping", section, doc.Front.Kind)
	}
	checkLines(t, doc.Front, lines)
	if doc.BodyLine < 0 || doc.BodyLine > lines+1 {
		t.Fatalf("%s: body on line %d of %d", section, doc.BodyLine, lines)
	}
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if !strings.HasSuffix(text, doc.Body) {
		t.Fatalf("%s: body %q is not the end of the file", section, doc.Body)
	}
}

func checkLines(t *testing.T, n *yaml.Node, lines int) {
	t.Helper()
	if n == nil {
		return
	}
	if n.Line < 1 || n.Line > lines {
		t.Fatalf("node %q on line %d of %d", n.Value, n.Line, lines)
	}
	for _, c := range n.Content {
		checkLines(t, c, lines)
	}
}

// lineCount is the number of lines of data, at least 1: LF, CRLF and CR
// end a line, and so do the other breaks that YAML knows (NEL, LS, PS).
func lineCount(data []byte) int {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	n := 1 + bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r"))
	for _, brk := range []string{"\u0085", "\u2028", "\u2029"} {
		n += bytes.Count(data, []byte(brk))
	}
	return n
}
