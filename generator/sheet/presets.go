package sheet

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Preset reads the export or import file of a hosted OKR tool, as its
// public documentation describes it (Sources).
//
// A flat preset maps column titles to fields, a row per key result like
// ours. A tree preset reads files where each row is a goal and names its
// parent row: a goal with a parent and no children is a key result of
// its parent, any other goal is an objective.
type Preset struct {
	Tool    string
	Sources []string
	Columns map[string]string // flat: column title → field ("" ignores it)
	Tree    *Tree
}

// Tree describes a file of goals that name their parents.
type Tree struct {
	ID, Parent  string            // the titles of the row id and parent row ids columns
	Objective   map[string]string // column title → field, on objective rows
	KeyResult   map[string]string // column title → field, on key result rows
	TeamElse    string            // a column read as the team when the team column is empty
	Start, End  string            // columns whose dates give the period
	Description string            // the tool's name for a row in messages ("goal")
}

// Mapping is a flat preset's columns as a Mapping.
func (p Preset) Mapping() Mapping {
	m := Mapping{}
	for col, f := range p.Columns {
		m[normalize(col)] = f
	}
	return m
}

// Presets are the presets by --from name.
var Presets = map[string]Preset{
	"peoplebox": {
		Tool:    "Peoplebox (Goals import via CSV, V2)",
		Sources: []string{"https://help.peoplebox.ai/hc/peoplebox-help-center/articles/1756218434-goals-import-via-csv-v2"},
		Tree: &Tree{ID: "Row ID", Parent: "Parent Row IDs", Start: "Start Date", End: "End Date", TeamElse: "Scope", Description: "goal",
			Objective: map[string]string{"Goal Title": "objective", "Owner Emails": "objective owner", "Departments": "team",
				"Description": "why", "Tags": "tags"},
			KeyResult: map[string]string{"Goal Title": "key result", "Owner Emails": "owner", "Goal Type": "kind",
				"Starting Value": "start", "Target Value": "target", "Current Value": "current", "Progress Status": "status",
				"Tags": "key result tags"}},
	},
}

// PresetNames lists the presets' names, sorted.
func PresetNames() []string {
	return slices.Sorted(maps.Keys(Presets))
}

// Table returns t as the rows of our format: t itself for a flat preset;
// for a tree preset, a table whose columns are the fields, each key
// result on a row with its objective's columns. Its rows keep their row
// numbers in the file.
func (p Preset) Table(t *Table) (*Table, []Problem) {
	if p.Tree == nil || t.Header == nil {
		return t, nil
	}
	return p.Tree.flatten(t)
}

// flatten lays the goals of t out as key result rows.
func (tr *Tree) flatten(t *Table) (*Table, []Problem) {
	col := map[string]int{}
	for i, h := range t.Header {
		col[normalize(h)] = i
	}
	get := func(r Row, title string) string {
		if i, ok := col[normalize(title)]; ok && i < len(r.Cells) {
			return strings.TrimSpace(r.Cells[i])
		}
		return ""
	}
	if _, ok := col[normalize(tr.ID)]; !ok {
		return nil, []Problem{t.problem(t.HeaderRow, -1, "no %q column: this file is not in the format --from expects; leave --from out, or export the file again", tr.ID)}
	}
	byID, children := map[string]int{}, map[string][]int{}
	for i, r := range t.Rows {
		byID[get(r, tr.ID)] = i
	}
	parentOf := func(r Row) string { // the first parent row in the file
		for _, p := range splitList(get(r, tr.Parent)) {
			if _, ok := byID[p]; ok {
				return p
			}
		}
		return ""
	}
	for i, r := range t.Rows {
		if p := parentOf(r); p != "" {
			children[p] = append(children[p], i)
		}
	}
	out := &Table{File: t.File, HeaderRow: t.HeaderRow, Header: Header(), Synthetic: true}
	var probs []Problem
	for _, r := range t.Rows {
		id := get(r, tr.ID)
		if parentOf(r) != "" && len(children[id]) == 0 {
			continue // a key result, laid out with its objective
		}
		obj, msg := tr.values(r, get, tr.Objective)
		if msg != "" {
			probs = append(probs, t.problem(r.Num, -1, "%s", msg))
		}
		if len(children[id]) == 0 {
			out.Rows = append(out.Rows, Row{Num: r.Num, Cells: row(obj)})
		}
		for _, c := range children[id] {
			if len(children[get(t.Rows[c], tr.ID)]) > 0 {
				continue // a goal with goals of its own is an objective itself
			}
			kr, _ := tr.values(t.Rows[c], get, tr.KeyResult)
			currentByKind(kr)
			maps.Copy(kr, obj)
			out.Rows = append(out.Rows, Row{Num: t.Rows[c].Num, Cells: row(kr)})
		}
	}
	return out, probs
}

// values reads a goal's cells into fields; an objective's period comes
// from its dates.
func (tr *Tree) values(r Row, get func(Row, string) string, cols map[string]string) (Values, string) {
	v := Values{}
	for title, f := range cols {
		v[f] = get(r, title)
	}
	if _, ok := cols[tr.TeamElse]; !ok && v["team"] == "" && v["objective"] != "" {
		v["team"] = get(r, tr.TeamElse)
	}
	if v["objective"] == "" {
		return v, ""
	}
	per, msg := periodOf(get(r, tr.Start), get(r, tr.End))
	if msg != "" {
		return v, fmt.Sprintf("%s %q: %s", tr.Description, v["objective"], msg)
	}
	v["period"] = per
	return v, ""
}

// periodOf is the calendar year, half or quarter from start to end.
func periodOf(start, end string) (string, string) {
	s, m1 := date(start)
	e, m2 := date(end)
	if m1 != "" || m2 != "" || s == "" || e == "" {
		return "", fmt.Sprintf("its start and end dates (%q, %q) give no period; write them as YYYY-MM-DD", start, end)
	}
	a, _ := time.Parse(time.DateOnly, s)
	b, _ := time.Parse(time.DateOnly, e)
	months := (b.Year()-a.Year())*12 + int(b.Month()-a.Month()) + 1
	lastDay := b.AddDate(0, 0, 1).Day() == 1
	switch {
	case a.Day() != 1 || !lastDay:
	case months == 12 && a.Month() == 1:
		return fmt.Sprint(a.Year()), ""
	case months == 6 && (a.Month() == 1 || a.Month() == 7):
		return fmt.Sprintf("%d-H%d", a.Year(), (a.Month()+5)/6), ""
	case months == 3 && (a.Month()-1)%3 == 0:
		return fmt.Sprintf("%d-Q%d", a.Year(), (a.Month()+2)/3), ""
	}
	return "", fmt.Sprintf("%s to %s is not a calendar year, half or quarter; add a \"period\" column, or declare the period in portal.yaml and map it", s, e)
}

// currentByKind moves a goal's current value where its kind keeps it: a
// yes/no goal's into done (not 0 is done), a progress goal's into
// progress; their start and target mean nothing to us.
func currentByKind(v Values) {
	kind, _ := cell(field("kind"), v["kind"])
	switch kind {
	case "boolean":
		if n := v.float("current"); n != nil {
			v["done"] = fmt.Sprint(*n != 0)
		}
	case "qualitative":
		v["progress"] = v["current"]
	default:
		return
	}
	v["current"], v["start"], v["target"] = "", "", ""
}
