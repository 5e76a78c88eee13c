package resolve

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

func (r *resolver) weight(doc *source.Document, line int, w float64) float64 {
	if w < 0 {
		r.errorf(doc.Path, line, "invalid-value", "weight %g is negative; use 0 to leave an item out of the roll-up, or a positive number", w)
		return 0
	}
	return w
}

func (r *resolver) status(doc *source.Document, ref decode.Ref) model.Status {
	return parseStatus(doc, ref, r.list)
}

// parseStatus parses a status as written, reporting an unknown one.
func parseStatus(doc *source.Document, ref decode.Ref, list *diag.List) model.Status {
	s, ok := model.ParseStatus(strings.ToLower(ref.Value))
	if !ok {
		msg := fmt.Sprintf("unknown status %q; use one of %s", ref.Value, strings.Join(model.StatusNames, ", "))
		if sug := decode.Suggest(ref.Value, model.StatusNames); sug != "" {
			msg = fmt.Sprintf("unknown status %q; did you mean %q? (one of %s)", ref.Value, sug, strings.Join(model.StatusNames, ", "))
		}
		list.Add(errAt(doc, ref, "invalid-value", msg))
	}
	return s
}

// keyResultOwner is a key result whose owner is still to be linked.
type keyResultOwner struct {
	kr  *model.KeyResult
	ref *decode.Ref
}

// keyResults builds o's key results from its file, all but their owners,
// which it returns to be linked. It touches nothing shared but the
// diagnostics list, so that objectives can be done in parallel.
func (r *resolver) keyResults(doc *source.Document, o *model.Objective, raw *rawObjective) []keyResultOwner {
	var owners []keyResultOwner
	if len(raw.KeyResults) > 0 {
		o.KeyResults = make([]*model.KeyResult, 0, len(raw.KeyResults))
	}
	var byID map[string]*model.KeyResult // for the duplicate check once there are many
	for i := range raw.KeyResults {
		rk := &raw.KeyResults[i]
		kr := r.keyResult(doc, o, rk, i)
		if kr == nil {
			continue
		}
		first := byID[kr.ID]
		if byID == nil {
			first = keyResultByID(o.KeyResults, kr.ID)
		}
		if first != nil {
			r.errorf(doc.Path, rk.Meta.LineOf("id"), "duplicate-id", "key result id %q is used twice in this objective (first on line %d); give each its own `id:`", kr.ID, first.Line)
			continue
		}
		o.KeyResults = append(o.KeyResults, kr)
		if byID != nil {
			byID[kr.ID] = kr
		} else if len(o.KeyResults) == 32 { // a linear search is quadratic past a few
			byID = make(map[string]*model.KeyResult, len(raw.KeyResults))
			for _, k := range o.KeyResults {
				byID[k.ID] = k
			}
		}
		if rk.Owner != nil {
			owners = append(owners, keyResultOwner{kr: kr, ref: rk.Owner})
		}
	}
	return owners
}

// keyResultByID returns the key result of krs with the id, or nil.
func keyResultByID(krs []*model.KeyResult, id string) *model.KeyResult {
	for _, k := range krs {
		if k.ID == id {
			return k
		}
	}
	return nil
}

func (r *resolver) keyResult(doc *source.Document, o *model.Objective, rk *rawKeyResult, i int) *model.KeyResult {
	line := rk.Meta.Line
	if strings.TrimSpace(rk.Title) == "" {
		if rk.Meta.IsInvalid("title") {
			return nil
		}
		r.errorf(doc.Path, line, "missing-field", "key_results[%d] has no title; add e.g. `title: Cut p95 latency to 300 ms`", i+1)
		return nil
	}
	kr := &model.KeyResult{ID: "kr" + strconv.Itoa(i+1), Title: rk.Title, Objective: o, Weight: 1, Unit: rk.Unit,
		Start: rk.Start, Target: rk.Target, Current: rk.Current, Threshold: rk.Threshold, Done: rk.Done,
		Progress: rk.Progress, Score: rk.Score, Line: line}
	if rk.ID != "" {
		if !ValidID(rk.ID) || strings.Contains(rk.ID, "/") {
			r.errorf(doc.Path, rk.Meta.LineOf("id"), "invalid-id", "key result id %q may only use lower-case letters, digits, '-' and '_' (try %q)", rk.ID, Slugify(rk.ID))
		} else {
			kr.ID = rk.ID
		}
	}
	if rk.Weight != nil {
		kr.Weight = r.weight(doc, rk.Meta.LineOf("weight"), *rk.Weight)
	}
	r.fraction(doc, rk.Meta.LineOf("score"), "score", rk.Score, 1)
	r.fraction(doc, rk.Meta.LineOf("progress"), "progress", rk.Progress, 100)
	for _, m := range rk.Milestones {
		if r.required(doc, m.Meta, "title", m.Title, "Beta shipped") {
			kr.Milestones = append(kr.Milestones, model.Milestone{Title: m.Title, Done: m.Done})
		}
	}
	for _, in := range rk.Initiatives {
		if r.required(doc, in.Meta, "title", in.Title, "Migrate CI runners") {
			kr.Initiatives = append(kr.Initiatives, model.Initiative{Title: in.Title, URL: in.URL, Done: in.Done})
		}
	}
	r.checkins(doc, o, kr, rk)
	r.kind(doc, kr, rk)
	return kr
}

func (r *resolver) fraction(doc *source.Document, line int, field string, v *float64, max float64) {
	checkFraction(doc, line, field, v, max, r.list)
}

// checkFraction reports a score (max 1) or progress (max 100) out of range.
func checkFraction(doc *source.Document, line int, field string, v *float64, max float64, list *diag.List) {
	if v != nil && (*v < 0 || *v > max) {
		unit := "from 0.0 to 1.0"
		if max == 100 {
			unit = "from 0 to 100 (percent)"
		}
		list.Errorf(doc.Path, line, "invalid-value", "%s %g is out of range; write it %s", field, *v, unit)
	}
}

// buildCheckins builds the check-ins of every key result of raw, which
// needs nothing outside the file: Decode does it on the loader's cores,
// and drops the raw check-ins, so that a portal's hundreds of thousands
// of them are not all held at once.
func buildCheckins(doc *source.Document, raw *rawObjective, list *diag.List) {
	for i := range raw.KeyResults {
		rk := &raw.KeyResults[i]
		if len(rk.Checkins) == 0 {
			continue
		}
		rk.checkins = make([]model.Checkin, 0, len(rk.Checkins))
		for _, c := range rk.Checkins {
			if c.Date == nil {
				if !c.Meta.IsInvalid("date") {
					list.Errorf(doc.Path, c.Meta.Line, "missing-field", "a check-in needs a `date: YYYY-MM-DD`")
				}
				continue
			}
			ci := model.Checkin{Date: c.Date.Time, Value: c.Value, Done: c.Done, Progress: c.Progress, Note: c.Note, Line: c.Meta.Line}
			if c.Status != nil {
				ci.Status = parseStatus(doc, *c.Status, list)
			}
			checkFraction(doc, c.Meta.LineOf("progress"), "progress", c.Progress, 100, list)
			if line := c.Meta.LineOf("date"); line != ci.Line {
				if rk.dateLines == nil {
					rk.dateLines = map[int]int{}
				}
				rk.dateLines[ci.Line] = line
			}
			rk.checkins = append(rk.checkins, ci)
		}
		byDate := func(a, b model.Checkin) int { return a.Date.Compare(b.Date) }
		if !slices.IsSortedFunc(rk.checkins, byDate) {
			slices.SortStableFunc(rk.checkins, byDate)
		}
		rk.Checkins = nil
	}
}

// checkins gives kr the check-ins Decode built (shared with a cached
// document's later builds, so never modified), warns of those outside
// o's period, and defaults current, done and progress from them.
func (r *resolver) checkins(doc *source.Document, o *model.Objective, kr *model.KeyResult, rk *rawKeyResult) {
	kr.Checkins = rk.checkins
	for _, ci := range kr.Checkins {
		if o.Period != nil && !o.Period.Contains(ci.Date) {
			line, ok := rk.dateLines[ci.Line]
			if !ok {
				line = ci.Line
			}
			r.list.Warnf(doc.Path, line, "engagement", "checkin-outside-period", "check-in dated %s is outside the period %s (%s to %s)",
				ci.Date.Format("2006-01-02"), o.Period.Name, o.Period.Start.Format("2006-01-02"), o.Period.End.Format("2006-01-02"))
		}
	}
	// Current, done and progress default to the latest check-in that has one.
	for i := len(kr.Checkins) - 1; i >= 0; i-- {
		c := kr.Checkins[i]
		if kr.Current == nil && c.Value != nil {
			kr.Current = c.Value
		}
		if kr.Done == nil && c.Done != nil {
			kr.Done = c.Done
		}
		if kr.Progress == nil && c.Progress != nil {
			kr.Progress = c.Progress
		}
	}
}
