package sheet

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Level says what a column describes.
type Level int

// The levels of a column.
const (
	ObjectiveLevel Level = iota
	KeyResultLevel
	CheckinLevel
)

// Type is what a cell holds.
type Type int

// The types of a cell.
const (
	Text Type = iota
	List
	Number
	Bool
	Date
)

// Field is one column of the import and export format.
type Field struct {
	Name  string // the header export writes, and import's canonical name
	Level Level
	Type  Type
	Help  string // what to write, for error messages and docs
}

// Fields are the columns, in the order export writes them.
var Fields = []Field{
	{"period", ObjectiveLevel, Text, "the period: 2026-Q4, 2026-H2, 2026, or one declared in portal.yaml"},
	{"team", ObjectiveLevel, Text, "the owning team: its id (engineering/platform), a unique part of it, or its name"},
	{"objective id", ObjectiveLevel, Text, "the objective's file name without .md (default: the title in lower case, words joined by '-')"},
	{"objective", ObjectiveLevel, Text, "the objective's title"},
	{"objective owner", ObjectiveLevel, List, "the person accountable: a name or person id; several separated by ';'"},
	{"why", ObjectiveLevel, Text, "why the objective matters now (the page's text, Markdown)"},
	{"aligns to", ObjectiveLevel, List, "the objective or key result above it: leadership/grow or leadership/grow#kr2; several separated by ';'"},
	{"priorities", ObjectiveLevel, List, "strategic priority ids it delivers directly; several separated by ';'"},
	{"tags", ObjectiveLevel, List, "labels; several separated by ';'"},
	{"contributing teams", ObjectiveLevel, List, "other teams that contribute; several separated by ';'"},
	{"contributors", ObjectiveLevel, List, "other people who contribute; several separated by ';'"},
	{"depends on", ObjectiveLevel, List, "objectives that must succeed for this one to; several separated by ';'"},
	{"objective status", ObjectiveLevel, Text, "overrides the computed status: on-track, at-risk, off-track, achieved, missed or dropped"},
	{"retrospective", ObjectiveLevel, Text, "what was learnt, for a closed period"},
	{"objective weight", ObjectiveLevel, Number, "the objective's weight in a rollup key result it aligns to (default 1)"},
	{"draft", ObjectiveLevel, Bool, "yes to keep the objective out of the site until published"},
	{"key result id", KeyResultLevel, Text, "the key result's id (default kr1, kr2… by position)"},
	{"key result", KeyResultLevel, Text, "what is measured: the key result's title"},
	{"kind", KeyResultLevel, Text, "metric, keep-above, keep-below, boolean, qualitative or rollup; leave empty to infer it"},
	{"owner", KeyResultLevel, List, "the key result's owner: a name or person id; several separated by ';'"},
	{"start", KeyResultLevel, Number, "a metric's value at the start: a number such as 45 or 0.5, without unit"},
	{"target", KeyResultLevel, Number, "a metric's target: a number such as 10, without unit"},
	{"stretch", KeyResultLevel, Number, "a metric's stretch target: a number"},
	{"threshold", KeyResultLevel, Number, "the line a keep-above or keep-below key result holds: a number"},
	{"unit", KeyResultLevel, Text, "shown after values: %, ms, customers"},
	{"due", KeyResultLevel, Date, "when a yes/no key result is due: YYYY-MM-DD"},
	{"weight", KeyResultLevel, Number, "the key result's weight in its objective's progress (default 1)"},
	{"score", KeyResultLevel, Number, "the final score of a closed period, from 0.0 to 1.0"},
	{"key result aligns to", KeyResultLevel, List, "key results of other objectives this one contributes to: leadership/grow#arr; several separated by ';'"},
	{"key result tags", KeyResultLevel, List, "labels such as P0; several separated by ';'"},
	{"milestones", KeyResultLevel, Text, "a milestones key result's steps, one a line: [x] for done, (due YYYY-MM-DD) after: [x] Beta shipped (due 2026-11-01)"},
	{"initiatives", KeyResultLevel, Text, "the work planned, one a line: [x] for done, a link in <>: [ ] Migrate CI runners <https://jira.example/PLAT-1>"},
	{"date", CheckinLevel, Date, "the check-in's date, YYYY-MM-DD; leave empty for values written on the key result"},
	{"current", CheckinLevel, Number, "the value measured: a number, without unit"},
	{"progress", CheckinLevel, Number, "a qualitative key result's progress in percent, 0 to 100, without %"},
	{"done", CheckinLevel, Bool, "a yes/no key result: yes or no"},
	{"status", CheckinLevel, Text, "the owner's call: on-track, at-risk, off-track, achieved, missed or dropped"},
	{"confidence", CheckinLevel, Number, "the owner's confidence, 0 (none) to 10 (certain)"},
	{"note", CheckinLevel, Text, "what happened, one line"},
}

// field returns the field named name, or nil.
func field(name string) *Field {
	for i := range Fields {
		if Fields[i].Name == name {
			return &Fields[i]
		}
	}
	return nil
}

// aliases are other headers people write for a field.
var aliases = map[string]string{
	"objective title": "objective", "objective name": "objective", "key result title": "key result",
	"kr": "key result", "kr title": "key result", "key result owner": "owner", "kr owner": "owner",
	"objective slug": "objective id", "kr id": "key result id", "aligns_to": "aligns to",
	"parent": "aligns to", "quarter": "period", "cycle": "period", "initial": "start", "baseline": "start",
	"value": "current", "current value": "current", "target value": "target", "start value": "start",
	"checkin date": "date", "check-in date": "date", "comment": "note", "description": "why",
}

// normalize is a header as matched: lower case, without spaces, '_', '-'.
func normalize(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		if r == ' ' || r == '_' || r == '-' || unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Mapping maps a sheet's headers (normalized) to field names; a field
// name of "" ignores the column.
type Mapping map[string]string

// ParseMapping reads --map values, "Column Title=field" each; field may be
// empty ("Column Title=") to ignore a column.
func ParseMapping(specs []string) (Mapping, error) {
	m := Mapping{}
	for _, s := range specs {
		col, name, ok := strings.Cut(s, "=")
		if !ok || strings.TrimSpace(col) == "" {
			return nil, fmt.Errorf("--map %q: write it as 'Column Title=field', e.g. --map 'KR Name=key result'", s)
		}
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "" && fieldByHeader(name, nil) == "" {
			return nil, fmt.Errorf("--map %q: %q is not a field; the fields are: %s", s, name, FieldNames())
		}
		m[normalize(col)] = fieldByHeader(name, nil)
	}
	return m, nil
}

// FieldNames lists the fields' names, comma-separated.
func FieldNames() string {
	var names []string
	for _, f := range Fields {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

// fieldByHeader returns the field a header names, through m first, then
// the fields' names, then the aliases; "" when none.
func fieldByHeader(h string, m Mapping) string {
	n := normalize(h)
	if name, ok := m[n]; ok {
		return name
	}
	for _, f := range Fields {
		if normalize(f.Name) == n {
			return f.Name
		}
	}
	for a, name := range aliases {
		if normalize(a) == n {
			return name
		}
	}
	return ""
}

// columns matches the header row: the field of each column ("" when
// ignored), or problems naming the headers nothing matches.
func columns(t *Table, m Mapping) ([]string, []Problem) {
	out := make([]string, len(t.Header))
	var probs []Problem
	seen := map[string]int{}
	for i, h := range t.Header {
		name := fieldByHeader(h, m)
		if _, ignored := m[normalize(h)]; name == "" && !ignored && strings.TrimSpace(h) != "" {
			probs = append(probs, t.problem(t.HeaderRow, i, "column %q matches no field; rename it to one of: %s — or pass --map '%s=FIELD' (or '%s=' to ignore it)", h, FieldNames(), h, h))
			continue
		}
		if j, dup := seen[name]; dup && name != "" {
			probs = append(probs, t.problem(t.HeaderRow, i, "column %q is field %q, like column %s; keep one of them", h, name, colName(j)))
			continue
		}
		if name != "" {
			seen[name] = i
		}
		out[i] = name
	}
	for _, need := range []string{"period", "team", "objective"} {
		if !slices.Contains(out, need) {
			probs = append(probs, t.problem(t.HeaderRow, -1, "no %q column: add one (%s)", need, field(need).Help))
		}
	}
	return out, probs
}
