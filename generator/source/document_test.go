package source

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// key returns the key node of field name in mapping n, or nil.
func key(n *yaml.Node, name string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			return n.Content[i]
		}
	}
	return nil
}

// value returns the value node of field name in mapping n, or nil.
func value(n *yaml.Node, name string) *yaml.Node {
	for i := 0; n != nil && i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			return n.Content[i+1]
		}
	}
	return nil
}

// The same objective in every front-matter format. In each, the title is
// on line 3, the second key result's misspelt "tagret" on line 9 and the
// body on line 11, counted in the whole file.
var formatCases = []struct {
	name, format, text string
}{
	{"yaml", "yaml", `
---
title: Fast deploys
key_results:
  - title: Median deploy time
    target: 15
  - title: Services on the pipeline
    start: 11
    tagret: 38
---
Why it matters.
`},
	{"toml", "toml", `
+++
title = "Fast deploys"
[[key_results]]
title = "Median deploy time"
target = 15
[[key_results]]
title = "Services on the pipeline"
tagret = 38
+++
Why it matters.
`},
	{"json", "json", `
{
  "title": "Fast deploys",
  "key_results": [
    {"title": "Median deploy time",
     "target": 15},
    {"title": "Services on the pipeline",
     "start": 11,
     "tagret": 38}
]}
Why it matters.
`},
	{"json between ---json lines", "json", `
---json
{ "title": "Fast deploys",
  "key_results": [
    {"title": "Median deploy time",
     "target": 15},
    {"title": "Services on the pipeline",
     "start": 11,
     "tagret": 38}]}
---
Why it matters.
`},
	{"yaml with BOM and CRLF", "yaml", "\ufeff\r\n---\r\ntitle: Fast deploys\r\nkey_results:\r\n  - title: Median deploy time\r\n    target: 15\r\n  - title: Services on the pipeline\r\n    start: 11\r\n    tagret: 38\r\n---\r\nWhy it matters.\r\n"},
	{"toml with BOM and CRLF", "toml", "\ufeff\r\n+++\r\ntitle = \"Fast deploys\"\r\n[[key_results]]\r\ntitle = \"Median deploy time\"\r\ntarget = 15\r\n[[key_results]]\r\ntitle = \"Services on the pipeline\"\r\ntagret = 38\r\n+++\r\nWhy it matters.\r\n"},
	{"json with BOM and CRLF", "json", "\ufeff\r\n{\r\n  \"title\": \"Fast deploys\",\r\n  \"key_results\": [\r\n    {\"title\": \"Median deploy time\",\r\n     \"target\": 15},\r\n    {\"title\": \"Services on the pipeline\",\r\n     \"start\": 11,\r\n     \"tagret\": 38}\r\n]}\r\nWhy it matters.\r\n"},
}

func TestParseFormatsCountLinesInTheWholeFile(t *testing.T) {
	for _, tt := range formatCases {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := Parse("okrs/2026-Q4/platform/x.md", SectionOKRs, []byte(tt.text))
			if len(ds) > 0 || doc == nil {
				t.Fatalf("Parse: %v", ds)
			}
			if doc.Format != tt.format {
				t.Errorf("Format = %q, want %q", doc.Format, tt.format)
			}
			if k := key(doc.Front, "title"); k == nil || k.Line != 3 {
				t.Fatalf("title key = %+v, want line 3", k)
			}
			if doc.Line() != 3 {
				t.Errorf("Line() = %d, want 3", doc.Line())
			}
			if v := value(doc.Front, "title"); v == nil || v.Value != "Fast deploys" {
				t.Errorf("title = %+v", v)
			}
			krs := value(doc.Front, "key_results")
			if krs == nil || krs.Kind != yaml.SequenceNode || len(krs.Content) != 2 {
				t.Fatalf("key_results = %+v", krs)
			}
			if k := key(krs.Content[1], "tagret"); k == nil || k.Line != 9 {
				t.Errorf("key_results[2].tagret = %+v, want line 9", k)
			}
			if v := value(krs.Content[1], "tagret"); v == nil || v.Value != "38" || v.Tag != "!!int" {
				t.Errorf("tagret value = %+v, want the integer 38", v)
			}
			if doc.Body != "Why it matters.\n" || doc.BodyLine != 11 {
				t.Errorf("body = %q on line %d, want %q on line 11", doc.Body, doc.BodyLine, "Why it matters.\n")
			}
		})
	}
}

func TestParseJSONLikeHugo(t *testing.T) {
	tests := []struct {
		name, text, body string
		bodyLine         int
	}{
		{"one line", "{\"title\": \"x\"}\nBody\n", "Body\n", 2},
		{"body right after the brace line", "{\n\"title\": \"x\"\n}\nBody\n", "Body\n", 4},
		{"blank line after the brace", "{\n\"title\": \"x\"\n}\n\nBody\n", "\nBody\n", 4},
		{"no body, no final newline", "{\n\"title\": \"x\"\n}", "", 3},
		{"escapes", "{\"title\": \"\\ud83d\\ude80 \\/ \\\"x\\\"\"}\n", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := Parse("okrs/a.md", SectionOKRs, []byte(tt.text))
			if len(ds) > 0 {
				t.Fatalf("Parse: %v", ds)
			}
			if doc.Format != "json" || value(doc.Front, "title") == nil {
				t.Fatalf("front = %+v (format %q)", doc.Front, doc.Format)
			}
			if doc.Body != tt.body || doc.BodyLine != tt.bodyLine {
				t.Errorf("body = %q on line %d, want %q on line %d", doc.Body, doc.BodyLine, tt.body, tt.bodyLine)
			}
		})
	}
	doc, _ := Parse("okrs/a.md", SectionOKRs, []byte(tests[4].text))
	if got := value(doc.Front, "title").Value; got != "🚀 / \"x\"" {
		t.Errorf("escaped title = %q", got)
	}
}

func TestParseJSONTypes(t *testing.T) {
	doc, ds := Parse("okrs/a.md", SectionOKRs, []byte(`{"a": 1, "b": 1.5, "c": true, "d": null, "e": "5", "f": [], "g": {}}`))
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	want := map[string]string{"a": "!!int", "b": "!!float", "c": "!!bool", "d": "!!null", "e": "!!str", "f": "!!seq", "g": "!!map"}
	for name, tag := range want {
		if v := value(doc.Front, name); v == nil || v.Tag != tag {
			t.Errorf("%s = %+v, want tag %s", name, v, tag)
		}
	}
	if v := value(doc.Front, "e"); v.Style == 0 {
		t.Error(`the JSON string "5" is not marked as quoted, so it would decode as a number`)
	}
}

func TestParseWithoutFrontMatter(t *testing.T) {
	doc, ds := Parse("strategy.md", SectionStrategy, []byte("# Strategy\n\nGrow.\n"))
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	if doc.Front != nil || doc.Format != "" || doc.Body != "# Strategy\n\nGrow.\n" || doc.BodyLine != 1 || doc.Line() != 1 {
		t.Errorf("doc = %+v", doc)
	}
}

func TestParseEmptyFrontMatter(t *testing.T) {
	for _, text := range []string{"---\n---\nBody\n", "+++\n+++\nBody\n", "{}\nBody\n", "---json\n---\nBody\n"} {
		doc, ds := Parse("okrs/a.md", SectionOKRs, []byte(text))
		if len(ds) > 0 {
			t.Errorf("%q: %v", text, ds)
			continue
		}
		if doc.Front == nil || doc.Front.Kind != yaml.MappingNode || len(doc.Front.Content) != 0 || doc.Body != "Body\n" {
			t.Errorf("%q: front %+v, body %q", text, doc.Front, doc.Body)
		}
	}
}

func TestParsePortalYAML(t *testing.T) {
	doc, ds := Parse(PortalFile, SectionPortal, []byte("# settings\ntitle: OKRs\ncheck:\n  stale_after_days: 7\n"))
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	if k := key(value(doc.Front, "check"), "stale_after_days"); k == nil || k.Line != 4 {
		t.Errorf("stale_after_days = %+v, want line 4", k)
	}
	// Every setting is optional, so an empty portal.yaml is a valid one.
	for _, text := range []string{"", "\n", "# nothing yet\n"} {
		doc, ds := Parse(PortalFile, SectionPortal, []byte(text))
		if len(ds) > 0 || doc == nil || doc.Front == nil || doc.Front.Kind != yaml.MappingNode {
			t.Errorf("portal.yaml %q: doc %+v, %v", text, doc, ds)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		section Section
		text    string
		rule    string
		line    int
		message string
	}{
		{"yaml syntax", SectionOKRs, "---\ntitle: Fast\nowner: [ada\n---\n", "syntax", 3, "cannot parse the front matter"},
		{"yaml tab indent", SectionOKRs, "\n---\ntitle: x\n\towner: y\n---\n", "syntax", 4, "a tab indents this line"},
		{"yaml flow mapping", SectionOKRs, "---\ntitle: x\nowner: {a: 1\n---\n", "syntax", 3, "did not find expected ',' or '}'"},
		{"yaml unclosed flow at the end", SectionOKRs, "---\ntitle: x\nowner: [\n---\n", "syntax", 3, "cannot parse the front matter"},
		{"yaml bad indent", SectionOKRs, "---\ntitle: x\n  owner: y\n---\n", "syntax", 3, "is indented more than \"title\" above"},
		{"yaml unclosed quote", SectionOKRs, "---\ntitle: x\nowner: \"y\n---\n", "syntax", 3, "cannot parse the front matter"},
		{"yaml not a mapping", SectionOKRs, "---\n- a\n- b\n---\n", "syntax", 2, "must be a set of `field: value` lines"},
		{"yaml scalar", SectionOKRs, "---\njust text\n---\n", "syntax", 2, "must be a set of `field: value` lines"},
		{"toml syntax", SectionOKRs, "+++\ntitle = \"x\"\nowner = \n+++\n", "syntax", 3, "cannot parse the TOML front matter"},
		{"toml duplicate key", SectionOKRs, "+++\ntitle = \"x\"\ntitle = \"y\"\n+++\n", "syntax", 3, "cannot parse the TOML front matter"},
		{"json missing comma", SectionOKRs, "{\n\"title\": \"x\"\n\"owner\": \"y\"\n}\n", "syntax", 3, "cannot parse the JSON front matter"},
		{"json trailing comma", SectionOKRs, "{\n\"title\": \"x\",\n}\n", "syntax", 3, "cannot parse the JSON front matter"},
		{"json bare word", SectionOKRs, "{\"title\": x}\n", "syntax", 1, "cannot parse the JSON front matter"},
		{"json not an object", SectionOKRs, "---json\n[1]\n---\n", "syntax", 2, "must be an object"},
		{"json text after the object", SectionOKRs, "---json\n{}\n{}\n---\n", "syntax", 2, "text after the closing"},
		{"json unterminated", SectionOKRs, "\n{\n\"title\": \"x\",\n\"owner\": \"y\"\n", "unterminated-front-matter", 2, "never closed"},
		{"yaml unterminated", SectionOKRs, "\n---\ntitle: x\n\nbody\n", "unterminated-front-matter", 2, `opened with "---" on line 2 is never closed; add a closing "---"`},
		{"toml unterminated", SectionOKRs, "+++\ntitle = \"x\"\n", "unterminated-front-matter", 1, `add a closing "+++"`},
		{"empty", SectionOKRs, "", "empty-file", 1, "the file is empty"},
		{"blank", SectionTeams, " \n\r\n\t\n", "empty-file", 1, "the file is empty"},
		{"only a BOM", SectionPeople, "\ufeff", "empty-file", 1, "the file is empty"},
		{"NUL byte", SectionOKRs, "---\ntitle: x\n---\nab\x00c\n", "binary-file", 4, "binary file"},
		{"UTF-16", SectionOKRs, "\xff\xfe-\x00-\x00-\x00", "binary-file", 1, "binary file"},
		{"Latin-1", SectionOKRs, "---\ntitle: x\nowner: In\xe9s\n---\n", "encoding", 3, "not valid UTF-8"},
		{"portal.yaml syntax", SectionPortal, "title: x\ncheck:\n  a: [\n", "syntax", 3, "cannot parse the front matter"},
		{"portal.yaml not a mapping", SectionPortal, "- a\n", "syntax", 1, "must be a set of `field: value` lines"},
		{"portal.yaml binary", SectionPortal, "\x00", "binary-file", 1, "binary file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := Parse("f.md", tt.section, []byte(tt.text))
			if doc != nil {
				t.Errorf("doc = %+v, want nil for an unusable file", doc)
			}
			if len(ds) != 1 {
				t.Fatalf("diagnostics = %v, want one", ds)
			}
			d := ds[0]
			if d.File != "f.md" || d.Rule != tt.rule || d.Line != tt.line || d.Severity != "error" || !strings.Contains(d.Message, tt.message) {
				t.Errorf("got  %s\nwant f.md:%d: error: [%s] …%s…", d, tt.line, tt.rule, tt.message)
			}
		})
	}
}

// TestParseOldMacLineEnds: a lone CR ends a line, as it does for YAML,
// CommonMark and editors, so line numbers agree with what the user sees.
func TestParseOldMacLineEnds(t *testing.T) {
	doc, ds := Parse("okrs/a.md", SectionOKRs, []byte("---\rtitle: x\r\rowner: y\r---\rBody\r"))
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	if k := key(doc.Front, "owner"); k == nil || k.Line != 4 || doc.Body != "Body\n" || doc.BodyLine != 6 {
		t.Errorf("owner %+v, body %q on line %d", k, doc.Body, doc.BodyLine)
	}
}

// TestParseNullDocument: front matter or a portal.yaml that is only a
// document marker or a null sets nothing.
func TestParseNullDocument(t *testing.T) {
	for _, tt := range []struct {
		section Section
		text    string
	}{{SectionPortal, "---"}, {SectionPortal, "---\n...\n"}, {SectionPortal, "~\n"}, {SectionOKRs, "---\n~\n---\n"}} {
		doc, ds := Parse("f", tt.section, []byte(tt.text))
		if len(ds) > 0 || doc.Front == nil || doc.Front.Kind != yaml.MappingNode || len(doc.Front.Content) != 0 {
			t.Errorf("%q: %v, %+v", tt.text, ds, doc)
		}
	}
}

// TestParseTOMLColumns: TOML keys carry the column they start at; values,
// whose column the TOML decoder does not report, carry none.
func TestParseTOMLColumns(t *testing.T) {
	doc, ds := Parse("okrs/a.md", SectionOKRs, []byte("+++\ntitle = \"x\"\n[[key_results]]\n  title = \"k\"\n  tagret = 38\n+++\n"))
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	kr := value(doc.Front, "key_results").Content[0]
	if k, v := key(kr, "tagret"), value(kr, "tagret"); k.Line != 5 || k.Column != 3 || v.Line != 5 || v.Column != 0 {
		t.Errorf("key %d:%d, value %d:%d; want 5:3 and 5:0", k.Line, k.Column, v.Line, v.Column)
	}
	if k := key(doc.Front, "title"); k.Line != 2 || k.Column != 1 {
		t.Errorf("title at %d:%d, want 2:1", k.Line, k.Column)
	}
}
