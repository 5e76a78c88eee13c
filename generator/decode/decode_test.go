package decode

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"go.yaml.in/yaml/v3"
)

type item struct {
	Meta   Meta     `yaml:"-"`
	ID     string   `yaml:"id"`
	Title  string   `yaml:"title"`
	Target *float64 `yaml:"target"`
	Done   bool     `yaml:"done"`
}

type doc struct {
	Meta    Meta     `yaml:"-"`
	Title   string   `yaml:"title"`
	Owner   *Ref     `yaml:"owner"`
	Members []Ref    `yaml:"members"`
	Tags    []string `yaml:"tags"`
	Order   int      `yaml:"order"`
	Count   *int     `yaml:"count"`
	Weight  *float64 `yaml:"weight"`
	Draft   bool     `yaml:"draft"`
	Due     *Date    `yaml:"due"`
	Items   []item   `yaml:"key_results"`
	Nested  item     `yaml:"nested"`
}

// decodeYAML decodes text into a doc, returning the diagnostics as
// "line:col [rule] message" strings.
func decodeYAML(t *testing.T, text string) (*doc, []string) {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(text), &root); err != nil {
		t.Fatal(err)
	}
	list := &diag.List{}
	d := &Decoder{File: "okrs/x.md", List: list}
	var v doc
	d.Decode(root.Content[0], &v)
	var out []string
	for _, x := range list.Sorted() {
		if x.File != "okrs/x.md" || x.Severity != diag.Error {
			t.Errorf("diagnostic %+v", x)
		}
		out = append(out, strings.TrimPrefix(x.String(), "okrs/x.md:"))
	}
	return &v, out
}

func TestDecodeValues(t *testing.T) {
	v, ds := decodeYAML(t, `title: Fast deploys
owner: "  Inés García "
members: ada
tags: [a, b]
order: 1_000
count: 3
weight: 2.5
draft: yes
due: 2026-10-05
key_results:
  - title: One
    target: 15
  - id: two
    title: Two
    done: true
nested: {title: N}
`)
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	if v.Title != "Fast deploys" || v.Owner == nil || v.Owner.Value != "Inés García" || v.Owner.Line != 2 || v.Owner.Col != 8 {
		t.Errorf("title %q, owner %+v", v.Title, v.Owner)
	}
	if len(v.Members) != 1 || v.Members[0].Value != "ada" || v.Members[0].Line != 3 {
		t.Errorf("members = %+v, want the single value as a list", v.Members)
	}
	if strings.Join(v.Tags, ",") != "a,b" || v.Order != 1000 || v.Count == nil || *v.Count != 3 || v.Weight == nil || *v.Weight != 2.5 || !v.Draft {
		t.Errorf("tags %v order %d count %v weight %v draft %v", v.Tags, v.Order, v.Count, v.Weight, v.Draft)
	}
	if v.Due == nil || v.Due.Format("2006-01-02") != "2026-10-05" {
		t.Errorf("due = %v", v.Due)
	}
	if len(v.Items) != 2 || *v.Items[0].Target != 15 || v.Items[1].ID != "two" || !v.Items[1].Done || v.Items[1].Target != nil {
		t.Errorf("items = %+v", v.Items)
	}
	if v.Items[1].Meta.Line != 13 || v.Items[1].Meta.LineOf("done") != 15 || !v.Items[1].Meta.Has("id") || v.Items[1].Meta.Has("target") {
		t.Errorf("item meta = %+v", v.Items[1].Meta)
	}
	if v.Items[1].Meta.LineOf("target") != 13 {
		t.Errorf("LineOf an absent key = %d, want the mapping's line 13", v.Items[1].Meta.LineOf("target"))
	}
	if v.Nested.Title != "N" || v.Meta.Line != 1 || v.Meta.LineOf("nested") != 16 {
		t.Errorf("nested %+v, meta %+v", v.Nested, v.Meta)
	}
}

func TestDecodeNullIsAbsent(t *testing.T) {
	v, ds := decodeYAML(t, "title:\nowner: ~\nweight: null\ntags:\nkey_results:\n")
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	if v.Title != "" || v.Owner != nil || v.Weight != nil || v.Tags != nil || v.Items != nil {
		t.Errorf("doc = %+v", v)
	}
	if !v.Meta.Has("owner") {
		t.Error("a key given as null is not recorded in Meta")
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"unknown top-level field with suggestion", "title: x\nownr: ada\n",
			[]string{`2:1: error: [unknown-field] unknown field "ownr"; did you mean "owner"?`}},
		{"unknown nested field with suggestion", "title: x\nkey_results:\n  - title: a\n    tagret: 3\n",
			[]string{`4:5: error: [unknown-field] unknown field "tagret" in key_results[1]; did you mean "target"?`}},
		{"unknown field in the second item", "key_results:\n  - title: a\n  - title: b\n    Titel: c\n",
			[]string{`4:5: error: [unknown-field] unknown field "Titel" in key_results[2]; did you mean "title"?`}},
		{"unknown field in a nested mapping", "nested:\n  dun: true\n",
			[]string{`2:3: error: [unknown-field] unknown field "dun" in nested; did you mean "done"?`}},
		{"unknown field without suggestion", "colour: blue\n",
			[]string{`1:1: error: [unknown-field] unknown field "colour"; known fields are count, draft, due, key_results, members, nested, order, owner, tags, title, weight`}},
		{"list for text", "title: [a, b]\n",
			[]string{`1:8: error: [type] field "title" should be text, not a list; put the value in quotes if the brackets or ": " are part of it`}},
		{"mapping for a reference", "owner: {name: ada}\n",
			[]string{`1:8: error: [type] field "owner" should be a reference (an id or a name), not a set of fields; put the value in quotes if the brackets or ": " are part of it`}},
		{"text for a number", "weight: heavy\n",
			[]string{`1:9: error: [type] field "weight" should be a number, not "heavy"`}},
		{"percent for a number", "key_results:\n  - target: 80%\n",
			[]string{`2:13: error: [type] field "key_results[1].target" should be a number, not "80%" (leave out the %; put it in ` + "`unit`" + ` instead)`}},
		{"quoted number", "weight: \"2\"\n",
			[]string{`1:9: error: [type] field "weight" should be a number, not "2"`}},
		{"NaN", "weight: .nan\n",
			[]string{`1:9: error: [type] field "weight" should be a number, not a number (.nan)`}},
		{"fraction for a whole number", "order: 1.5\n",
			[]string{`1:8: error: [type] field "order" should be a whole number, not a number (1.5)`}},
		{"text for true/false", "draft: maybe\n",
			[]string{`1:8: error: [type] field "draft" should be true or false, not "maybe"`}},
		{"list for true/false", "draft: [true]\n",
			[]string{`1:8: error: [type] field "draft" should be true or false, not a list`}},
		{"text for a list of items", "key_results: none\n",
			[]string{`1:14: error: [type] field "key_results" should be a list, not "none"; write each item on a line of its own starting with "- ", or [a, b]`}},
		{"list for a mapping", "nested: [a]\n",
			[]string{`1:9: error: [type] field "nested" should be a set of ` + "`field: value`" + ` lines, not a list; remove the "- " in front of its fields`}},
		{"text for an item", "key_results: [a]\n",
			[]string{`1:15: error: [type] field "key_results[1]" should be a set of ` + "`field: value`" + ` lines, not "a"`}},
		{"impossible date", "due: 2026-02-30\n",
			[]string{`1:6: error: [invalid-date] field "due": 2026-02-30 is not a date: February 2026 has 28 days`}},
		{"no such month", "due: 2026-13-01\n",
			[]string{`1:6: error: [invalid-date] field "due": 2026-13-01 is not a date: there is no month 13; months run from 01 to 12`}},
		{"not a date", "due: 2026/10/05\n",
			[]string{`1:6: error: [invalid-date] field "due": "2026/10/05" is not a date; write it as YYYY-MM-DD, e.g. 2026-10-05`}},
		{"date in another format", "due: 05/10/2026\n",
			[]string{`1:6: error: [invalid-date] field "due": "05/10/2026" is not a date; write it as YYYY-MM-DD, e.g. 2026-10-05`}},
		{"duplicate field", "title: a\nowner: x\ntitle: b\n",
			[]string{`3:1: error: [duplicate-field] field "title" is given twice (first on line 1); keep one`}},
		{"alias", "title: &t x\nowner: *t\n",
			[]string{`2:8: error: [syntax] field "owner": YAML aliases (*name) are not supported; write the value out`}},
		{"mapping as a key", "? {a: 1}\n: x\n",
			[]string{`1:3: error: [syntax] a field name must be plain text`}},
		{"every error of the file", "ownr: x\nweight: heavy\nkey_results:\n  - tagret: 1\n  - target: 80%\n",
			[]string{
				`1:1: error: [unknown-field] unknown field "ownr"; did you mean "owner"?`,
				`2:9: error: [type] field "weight" should be a number, not "heavy"`,
				`4:5: error: [unknown-field] unknown field "tagret" in key_results[1]; did you mean "target"?`,
				`5:13: error: [type] field "key_results[2].target" should be a number, not "80%" (leave out the %; put it in ` + "`unit`" + ` instead)`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := decodeYAML(t, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDecodeInvalidValueLeavesPointerNil(t *testing.T) {
	v, ds := decodeYAML(t, "owner: [a, b]\nweight: heavy\ncount: x\ndue: 2026-13-01\n")
	if len(ds) != 4 {
		t.Errorf("diagnostics = %v, want 4", ds)
	}
	if v.Owner != nil || v.Weight != nil || v.Count != nil || v.Due != nil {
		t.Errorf("invalid values were set: owner %v weight %v count %v due %v", v.Owner, v.Weight, v.Count, v.Due)
	}
}

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2026-10-05", " 2026-02-28 ", "2024-02-29"} {
		if _, err := ParseDate(s); err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
		}
	}
	for _, s := range []string{"2026-02-30", "2026-02-29", "2026-13-01", "2026-1-5", "2026/10/05", "", "yesterday"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) succeeded", s)
		}
	}
}

func TestSuggest(t *testing.T) {
	names := []string{"aligns_to", "contributing_teams", "depends_on", "key_results", "owner", "priorities", "status", "target", "title", "weight"}
	tests := []struct{ in, want string }{
		{"tagret", "target"},
		{"titel", "title"},
		{"Title", "title"},
		{"ownr", "owner"},
		{"priority", "priorities"},
		{"keyresults", "key_results"},
		{"key_result", "key_results"},
		{"align_to", "aligns_to"},
		{"contributing", "contributing_teams"},
		{"dependson", "depends_on"},
		{"colour", ""},
		{"x", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in, names); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Suggest("on-trak", []string{"on-track", "at-risk", "off-track"}); got != "on-track" {
		t.Errorf("Suggest(on-trak) = %q", got)
	}
	// "force" and "source" are both one edit from "sorce": the tie goes to
	// the one that starts the same way, whichever comes first.
	for _, flags := range [][]string{{"force", "source"}, {"source", "force"}} {
		if got := Suggest("sorce", flags); got != "source" {
			t.Errorf("Suggest(sorce, %v) = %q, want source", flags, got)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"target", "target", 0},
		{"tagret", "target", 1}, {"kitten", "sitting", 3}, {"ines", "inés", 1}, {"ab", "ba", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPairs(t *testing.T) {
	type target struct {
		Meta   Meta  `yaml:"-"`
		Ignore Pairs `yaml:"check_ignore"`
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("check_ignore:\n  kr-activity: \"a reason\"\n  stale:\n"), &n); err != nil {
		t.Fatal(err)
	}
	list := &diag.List{}
	var v target
	(&Decoder{File: "f.md", List: list}).Decode(n.Content[0], &v)
	if list.Len() > 0 {
		t.Fatal(list.Sorted())
	}
	if r, ok := v.Ignore.Get("kr-activity"); !ok || r != "a reason" || v.Ignore[0].Line != 2 {
		t.Errorf("kr-activity = %q %v, %+v", r, ok, v.Ignore)
	}
	if r, ok := v.Ignore.Get("stale"); !ok || r != "" {
		t.Errorf("stale = %q %v", r, ok)
	}
	for _, bad := range []string{"check_ignore: [a, b]\n", "check_ignore: {a: [x]}\n"} {
		if err := yaml.Unmarshal([]byte(bad), &n); err != nil {
			t.Fatal(err)
		}
		list := &diag.List{}
		(&Decoder{File: "f.md", List: list}).Decode(n.Content[0], &target{})
		if !list.HasErrors() {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestParseDayMatchesTimeParse holds parseDay, ParseDate's shortcut, to
// time.Parse: the same day for every valid date, and no answer for every
// text time.Parse refuses, around the edges of months, leap years and the
// shape of the text.
func TestParseDayMatchesTimeParse(t *testing.T) {
	var inputs []string
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 1999, 2000, 2024, 2025, 2026, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				inputs = append(inputs, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	inputs = append(inputs, "", "2026-1-05", "2026-01-5", "2026/01/05", "202a-01-05", "2026-0a-05",
		"2026-01-0a", "+026-01-05", "-026-01-05", "2026-+1-05", "2026-01-+5", "2026-01-05x", "２026-01-05")
	for _, s := range inputs {
		want, err := time.Parse("2006-01-02", s)
		got, ok := parseDay(s)
		if ok != (err == nil) || ok && (got.Time != want || got.Location() != want.Location()) {
			t.Errorf("parseDay(%q) = %v, %v; time.Parse: %v, %v", s, got, ok, want, err)
		}
	}
}

// TestFieldsLookup: every field is found by its name, and no other name
// finds one (shorter, longer, of the same length, or empty).
func TestFieldsLookup(t *testing.T) {
	f := fieldsOf(reflect.TypeOf(doc{}))
	for _, name := range f.names {
		if fd := f.lookup(name); fd == nil || fd.name != name {
			t.Errorf("lookup(%q) = %v", name, fd)
		}
	}
	for _, name := range []string{"", "x", "titel", "Title", "key_resultsx", "a_name_longer_than_any_field"} {
		if fd := f.lookup(name); fd != nil {
			t.Errorf("lookup(%q) = %q, want none", name, fd.name)
		}
	}
}
