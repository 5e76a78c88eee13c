package yamlfast

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestExplain(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		want      string
	}{
		{"tab", "title: A\nowner: b\nkey_results:\n  - title: x\n    target: 3\n\tstart: 2\n", 6, 1,
			"a tab indents this line, and YAML indents with spaces only; replace the tab with spaces"},
		{"tab after dash", "key_results:\n  -\ttitle: x\n", 2, 4, "a tab indents this line"},
		{"field pulled left in a list", "title: A\nkey_results:\n  - title: x\n    target: 3\n  start: 2\n  - title: y\n", 5, 3,
			`"start" is indented like the items of the list "key_results" but does not start with "- "; indent it by 4 spaces to belong to the item above, or write "- start" to start a new item`},
		{"unquoted colon", "title: Launch: X\nowner: b\n", 1, 14,
			`the value of "title" contains ": ", which YAML reads as the start of another field; put the whole value in quotes: title: "Launch: X"`},
		{"unquoted colon in an item", "key_results:\n  - title: Cut: time\n    target: 1\n", 2, 15, `put the whole value in quotes: title: "Cut: time"`},
		{"hash in flow", "title: A\nkey_results: [{title: Fix #3, target: 2}]\n", 2, 27,
			`" #" starts a comment in YAML, so the rest of this line is ignored and the brackets are left open; put the value that contains "#" in quotes`},
		{"pushed right", "title: A\n  owner: b\n", 2, 3,
			`"owner" is indented more than "title" above, which already has a value; indent it by 0 spaces to line up with "title", or move it to where it belongs`},
		{"matches no level", "title: A\nkey_results:\n    - title: x\n      target: 3\n   start: 1\n", 5, 4,
			`"start" is indented by 3 spaces, which lines up with no field above; indent it like the fields it belongs with`},
		{"item among fields", "title: A\nowner: b\n- c\n", 3, 1, `a list item is indented like the field "owner", which already has a value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n yaml.Node
			err := yaml.Unmarshal([]byte(tt.src), &n)
			if err == nil {
				t.Fatalf("yaml.v3 accepts %q; the test needs an error", tt.src)
			}
			p := Explain([]byte(tt.src), err)
			if p.Line != tt.line || p.Col != tt.col || !strings.Contains(p.Message, tt.want) {
				t.Errorf("Explain = %d:%d: %s\nwant %d:%d: …%s…", p.Line, p.Col, p.Message, tt.line, tt.col, tt.want)
			}
		})
	}
}

// A valid document never trips the indentation scan: it only explains
// errors, but must not invent one where yaml.v3 has a different problem.
func TestScanIndentationAcceptsValidYAML(t *testing.T) {
	for _, src := range []string{
		"title: A\nkey_results:\n  - title: x\n    target: 3\n    checkins:\n      - {date: 2026-01-01, value: 2}\n  - title: y\n",
		"tags:\n- a\n- b\nowner: c\n",
		"note: |\n  line: one\n    two\ntitle: x\n",
		"title: a long\n  plain value\nowner: b\n",
		"# comment\ntitle: A # trailing\n\n  # indented comment\nowner: b\n",
		"list:\n  - - a\n    - b\n",
		"q: \"multi\n  line\"\nx: 1\n",
	} {
		if p, bad := scanIndentation(strings.Split(src, "\n")); bad {
			t.Errorf("scanIndentation(%q) = %d:%d %s, want no problem", src, p.Line, p.Col, p.Message)
		}
	}
}

func TestExplainFallsBackToYAMLMessage(t *testing.T) {
	src := "title: [a, b\n"
	var n yaml.Node
	err := yaml.Unmarshal([]byte(src), &n)
	p := Explain([]byte(src), err)
	if p.Line != 1 || !strings.HasPrefix(p.Message, "cannot parse the front matter (") {
		t.Errorf("Explain = %d: %s", p.Line, p.Message)
	}
}

// FuzzExplain checks that any text yaml.v3 rejects gets a message on one
// of its lines, without a panic.
func FuzzExplain(f *testing.F) {
	for _, s := range []string{"a: b: c\n", "a:\n\t- b\n", "k:\n  - a: 1\n  b: 2\n", "x: [a #b]\n", "a: |\n  b\n c: d\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(src), &n)
		if err == nil {
			return
		}
		p := Explain([]byte(src), err)
		if lines := strings.Count(src, "\n") + 1; p.Line < 1 || p.Line > lines || p.Message == "" {
			t.Fatalf("Explain(%q) = line %d of %d: %q", src, p.Line, lines, p.Message)
		}
	})
}
