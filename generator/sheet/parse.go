package sheet

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/okrportal/okrportal/generator/resolve"
)

// Objective is one objective as the sheet gives it.
type Objective struct {
	Row        int    // its first row
	Values     Values // the objective-level fields
	KeyResults []*KeyResult
}

// KeyResult is one key result with its check-ins.
type KeyResult struct {
	Row      int
	Values   Values   // the key-result-level fields, and current/progress/done written on it
	Checkins []Values // the check-in fields, each with a date, in row order
}

// Slug is the objective's file name without .md.
func (o *Objective) Slug() string {
	if s := o.Values["objective id"]; s != "" {
		return s
	}
	return resolve.FileSlug(o.Values["objective"])
}

// Options tune Parse.
type Options struct {
	Date string // YYYY-MM-DD: the date of check-ins whose row gives none
	// Undated makes every row without a date that gives a value a
	// check-in on Date, instead of values written on the key result.
	Undated  bool
	Declared []string // the periods portal.yaml declares
}

// parser groups rows into objectives.
type parser struct {
	t     *Table
	cols  []string
	opts  Options
	objs  []*Objective
	byKey map[string]*Objective
	probs []Problem
}

// Parse reads a table's rows into objectives, matching headers through m.
// Problems are returned all at once; objectives are meaningful only when
// there are none.
func Parse(t *Table, m Mapping, opts Options) ([]*Objective, []Problem) {
	if t.Header == nil {
		return nil, []Problem{{File: t.File, Message: "the sheet is empty; start from docs/import-template.csv"}}
	}
	cols, probs := columns(t, m)
	if len(probs) > 0 {
		return nil, probs
	}
	p := &parser{t: t, cols: cols, opts: opts, byKey: map[string]*Objective{}}
	for _, r := range t.Rows {
		p.row(r)
	}
	return p.objs, p.probs
}

// fieldCols is where each field was found in a row, for problems.
type fieldCols map[string]int

func (p *parser) errorf(r Row, col int, format string, args ...any) {
	p.probs = append(p.probs, p.t.problem(r.Num, col, format, args...))
}

// split normalizes a row's cells into its three levels.
func (p *parser) split(r Row) ([3]Values, fieldCols, bool) {
	vals := [3]Values{{}, {}, {}}
	at := fieldCols{}
	ok := true
	for i, name := range p.cols {
		if name == "" || i >= len(r.Cells) {
			continue
		}
		f := field(name)
		v, msg := cell(f, r.Cells[i])
		if msg != "" {
			p.errorf(r, i, "%s", msg)
			ok = false
			continue
		}
		if v != "" {
			vals[f.Level][name], at[name] = v, i
		}
	}
	return vals, at, ok
}

func (p *parser) row(r Row) {
	vals, at, ok := p.split(r)
	o, kr := vals[ObjectiveLevel], vals[KeyResultLevel]
	if !p.required(r, o, at) || !ok {
		return
	}
	obj := p.objective(r, o, at)
	if kr["key result"] == "" && kr["key result id"] == "" {
		if len(kr) > 0 || len(vals[CheckinLevel]) > 0 {
			p.errorf(r, at.first(kr, vals[CheckinLevel]), "no key result on this row: write the key result's title in the \"key result\" column")
		}
		return
	}
	k := p.keyResult(r, obj, kr, at)
	p.checkin(r, k, vals[CheckinLevel], at)
}

// first is the column of one of the fields in vs, or -1.
func (at fieldCols) first(vs ...Values) int {
	best := -1
	for _, v := range vs {
		for name := range v {
			if c := at[name]; best < 0 || c < best {
				best = c
			}
		}
	}
	return best
}

var slugRE = regexp.MustCompile(`^[a-z0-9_][a-z0-9_-]*$`)

// required checks the period, team and title of a row's objective.
func (p *parser) required(r Row, o Values, at fieldCols) bool {
	ok := true
	for _, name := range []string{"period", "team", "objective"} {
		if o[name] == "" {
			p.errorf(r, p.colOf(name), "empty %s: write %s (repeat it on every row of the objective)", name, field(name).Help)
			ok = false
		}
	}
	if per := o["period"]; per != "" {
		if err := resolve.CheckPeriod(per, p.opts.Declared); err != nil {
			fix := "write 2026-Q4, 2026-H2 or 2026, or declare it under `periods:` in portal.yaml"
			if s := resolve.SuggestPeriod(per, p.opts.Declared); s != "" {
				fix = fmt.Sprintf("write %q", s)
			}
			p.errorf(r, at["period"], "period %q is not a period the portal knows; %s", per, fix)
			ok = false
		}
	}
	if o["objective"] != "" && o["objective id"] == "" && resolve.FileSlug(o["objective"]) == "" {
		p.errorf(r, at["objective"], "the title %q gives no file name; write one in an \"objective id\" column (letters, digits, '-')", o["objective"])
		ok = false
	}
	if o["team"] != "" && resolve.PathID(o["team"]) == "" {
		p.errorf(r, at["team"], "team %q has no letter or digit; write the team's id or name", o["team"])
		ok = false
	}
	if id := o["objective id"]; id != "" && !slugRE.MatchString(id) {
		p.errorf(r, at["objective id"], "objective id %q may only use lower-case letters, digits, '-' and '_'; write %q", id, resolve.FileSlug(id))
		ok = false
	}
	return ok
}

func (p *parser) colOf(name string) int {
	for i, n := range p.cols {
		if n == name {
			return i
		}
	}
	return -1
}

func (p *parser) objective(r Row, o Values, at fieldCols) *Objective {
	obj := &Objective{Row: r.Num, Values: o}
	key := strings.ToLower(o["period"] + "|" + strings.Trim(o["team"], "/") + "|" + obj.Slug())
	if prev, ok := p.byKey[key]; ok {
		p.merge(r, prev.Values, o, at, "objective", prev.Row)
		return prev
	}
	p.byKey[key] = obj
	p.objs = append(p.objs, obj)
	obj.Values = Values{}
	p.merge(r, obj.Values, o, at, "objective", r.Num)
	return obj
}

// merge copies vs into into; a field given differently before is a
// problem: the columns of an objective (or key result) repeat.
func (p *parser) merge(r Row, into, vs Values, at fieldCols, what string, first int) {
	for name, v := range vs {
		old, ok := into[name]
		switch {
		case !ok:
			into[name] = v
		case old != v:
			p.errorf(r, at[name], "%s is %q here but %q on row %d of the same %s; its columns repeat on each of its rows: write the same, or leave the cell empty",
				name, v, old, first, what)
		}
	}
}

func (p *parser) keyResult(r Row, obj *Objective, kr Values, at fieldCols) *KeyResult {
	for _, k := range obj.KeyResults {
		sameID := kr["key result id"] != "" && kr["key result id"] == k.Values["key result id"]
		sameTitle := kr["key result"] != "" && strings.EqualFold(kr["key result"], k.Values["key result"])
		if sameID || sameTitle {
			p.merge(r, k.Values, kr, at, "key result", k.Row)
			return k
		}
	}
	if kr["threshold"] != "" && kr["kind"] != "keep-above" && kr["kind"] != "keep-below" {
		p.errorf(r, at["threshold"], "a threshold needs the kind keep-above or keep-below: write one of them in the \"kind\" column")
	}
	if kr["key result"] == "" {
		p.errorf(r, at["key result id"], "key result %q has no title on its first row: write it in the \"key result\" column", kr["key result id"])
	}
	k := &KeyResult{Row: r.Num, Values: kr}
	obj.KeyResults = append(obj.KeyResults, k)
	return k
}

// checkin files a row's check-in values: a check-in when the row is dated
// or says what only a check-in says; else the key result's own values.
func (p *parser) checkin(r Row, k *KeyResult, c Values, at fieldCols) {
	if len(c) == 0 {
		return
	}
	if c["date"] == "" && c["status"] == "" && c["confidence"] == "" && c["note"] == "" && !p.opts.Undated {
		p.merge(r, k.Values, c, at, "key result", k.Row)
		return
	}
	if c["date"] == "" {
		c["date"] = p.opts.Date
	}
	if v := c.float("confidence"); v != nil && (*v < 0 || *v > 10) {
		p.errorf(r, at["confidence"], "confidence %s is out of range; write it from 0 (no chance) to 10 (certain)", c["confidence"])
	}
	k.Checkins = append(k.Checkins, c)
}
