package sheet

import (
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// FromPortal turns a loaded portal into the sheet's objectives. all is the
// portal loaded as of a date after every check-in (so that it has them
// all); written is the same portal loaded as of a date before any, whose
// key results have only the values written on them.
func FromPortal(all, written *model.Portal) []*Objective {
	before := map[string]*model.Objective{}
	for _, o := range written.Objectives {
		before[o.ID] = o
	}
	var out []*Objective
	for _, o := range all.Objectives {
		obj := &Objective{Values: objectiveValues(o)}
		for i, k := range o.KeyResults {
			var w *model.KeyResult
			if b := before[o.ID]; b != nil && i < len(b.KeyResults) {
				w = b.KeyResults[i]
			}
			obj.KeyResults = append(obj.KeyResults, keyResultOf(k, i, w))
		}
		out = append(out, obj)
	}
	return out
}

// folders returns the period and team folders and the file name of an
// objective's file.
func folders(o *model.Objective) (period, team, slug string) {
	slug = strings.TrimSuffix(path.Base(o.Source.File), ".md")
	parts := strings.Split(o.Source.File, "/")
	if len(parts) >= 4 && parts[0] == "okrs" {
		return parts[1], strings.Join(parts[2:len(parts)-1], "/"), slug
	}
	if o.Period != nil {
		period = o.Period.Name
	}
	if o.Team != nil {
		team = o.Team.ID
	}
	return period, team, slug
}

func objectiveValues(o *model.Objective) Values {
	v := Values{}
	v["period"], v["team"], v["objective id"] = folders(o)
	v["objective"] = o.Title
	v["objective owner"] = people(o.Owners)
	v["why"] = strings.TrimSpace(o.Body.Text)
	v["aligns to"] = join(o.AlignsTo, func(a model.Alignment) string { return alignment(o, a) })
	v["priorities"] = join(o.Priorities, func(p *model.Priority) string { return p.ID })
	v["tags"] = strings.Join(o.Tags, "; ")
	v["contributing teams"] = join(o.ContributingTeams, func(t *model.Team) string { return t.ID })
	v["contributors"] = people(o.Contributors)
	v["depends on"] = join(o.DependsOn, func(d *model.Objective) string { return d.ID })
	v["objective status"] = string(o.StatusOverride)
	v["retrospective"] = strings.TrimSpace(o.Retrospective)
	if o.Weight != 1 {
		v["objective weight"] = num(&o.Weight)
	}
	if o.Draft {
		v["draft"] = "true"
	}
	return v
}

// alignment is the reference to an alignment's target: its id, without
// the period when it is the objective's own (references prefer it).
func alignment(o *model.Objective, a model.Alignment) string {
	target := a.Objective
	ref := ""
	if a.KeyResult != nil {
		target, ref = a.KeyResult.Objective, "#"+a.KeyResult.ID
	}
	if target == nil {
		return ""
	}
	id := target.ID
	if o.Period != nil && target.Period == o.Period && strings.HasPrefix(id, o.Period.ID+"/") {
		id = strings.TrimPrefix(id, o.Period.ID+"/")
	}
	return id + ref
}

func join[T any](xs []T, f func(T) string) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = f(x)
	}
	return strings.Join(s, "; ")
}

// people names people by id when they have a file, else as written.
func people(ps []*model.Person) string {
	return join(ps, func(p *model.Person) string {
		if p.Implicit {
			return p.Name
		}
		return p.ID
	})
}

func keyResultOf(k *model.KeyResult, i int, written *model.KeyResult) *KeyResult {
	v := Values{"key result": k.Title, "kind": string(k.Kind), "unit": k.Unit,
		"owner": people(k.Owners), "key result tags": strings.Join(k.Tags, "; ")}
	v["key result aligns to"] = join(k.AlignsTo, func(to *model.KeyResult) string {
		return alignment(k.Objective, model.Alignment{KeyResult: to})
	})
	if k.ID != "kr"+strconv.Itoa(i+1) {
		v["key result id"] = k.ID
	}
	for name, f := range map[string]*float64{"start": k.Start, "target": k.Target, "stretch": k.Stretch,
		"threshold": k.Threshold, "score": k.Score} {
		v[name] = num(f)
	}
	if k.Weight != 1 {
		v["weight"] = num(&k.Weight)
	}
	var ms []Milestone
	for _, m := range k.Milestones {
		due := ""
		if m.Due != nil {
			due = m.Due.Format(time.DateOnly)
		}
		ms = append(ms, Milestone{Title: m.Title, Done: m.Done, Due: due})
	}
	v["milestones"] = formatMilestones(ms)
	var ins []Initiative
	for _, in := range k.Initiatives {
		ins = append(ins, Initiative{Title: in.Title, URL: in.URL, Done: in.Done, Owners: splitList(people(in.Owners))})
	}
	v["initiatives"] = formatInitiatives(ins)
	if k.Due != nil {
		v["due"] = k.Due.Format(time.DateOnly)
	}
	if written != nil {
		v["current"], v["progress"], v["done"] = num(written.Current), num(written.Progress), boolStr(written.Done)
	}
	out := &KeyResult{Values: v}
	for _, c := range k.Checkins {
		out.Checkins = append(out.Checkins, Values{"date": c.Date.Format(time.DateOnly), "current": num(c.Value),
			"done": boolStr(c.Done), "progress": num(c.Progress), "status": string(c.Status),
			"confidence": num(c.Confidence), "note": c.Note})
	}
	return out
}

func num(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func boolStr(b *bool) string {
	if b == nil {
		return ""
	}
	return strconv.FormatBool(*b)
}

// Rows lays objectives out as the sheet's rows (without the header): one
// per key result, then one per further check-in, the objective's and key
// result's columns repeated on each; an objective without key results
// takes one row.
func Rows(objs []*Objective) [][]string {
	var rows [][]string
	for _, o := range objs {
		if len(o.KeyResults) == 0 {
			rows = append(rows, row(o.Values))
		}
		for _, k := range o.KeyResults {
			rows = append(rows, keyResultRows(o, k)...)
		}
	}
	return rows
}

func keyResultRows(o *Objective, k *KeyResult) [][]string {
	base := Values{}
	for name, s := range o.Values {
		base[name] = s
	}
	for name, s := range k.Values {
		base[name] = s
	}
	hasWritten := k.Values["current"] != "" || k.Values["progress"] != "" || k.Values["done"] != ""
	var rows [][]string
	if hasWritten || len(k.Checkins) == 0 {
		rows = append(rows, row(base))
	}
	for _, c := range k.Checkins {
		r := Values{}
		for name, s := range base {
			if field(name).Level != CheckinLevel {
				r[name] = s
			}
		}
		for name, s := range c {
			r[name] = s
		}
		rows = append(rows, row(r))
	}
	return rows
}

// Header is the export's header row: every field.
func Header() []string {
	h := make([]string, len(Fields))
	for i, f := range Fields {
		h[i] = f.Name
	}
	return h
}

func row(v Values) []string {
	r := make([]string, len(Fields))
	for i, f := range Fields {
		r[i] = v[f.Name]
	}
	return r
}
