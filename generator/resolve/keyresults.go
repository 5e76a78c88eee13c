package resolve

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

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

// keyResultLinks are the references of a key result that can only be
// resolved once every objective is declared: its owners and the key
// results it aligns to.
type keyResultLinks struct {
	kr       *model.KeyResult
	owners   []decode.Ref
	alignsTo []decode.Ref
	// initiativeOwners are the owners of each of kr.Initiatives, by index.
	initiativeOwners [][]decode.Ref
	index            int // 1-based position, for messages
}

// keyResults builds o's key results from its file, all but their links,
// which it returns. It touches nothing shared but the diagnostics list, so
// that objectives can be done in parallel.
func (r *resolver) keyResults(doc *source.Document, o *model.Objective, raw *rawObjective) []keyResultLinks {
	var links []keyResultLinks
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
		if l := newLinks(kr, rk, i+1); l != nil {
			links = append(links, *l)
		}
	}
	return links
}

// newLinks returns the references of kr still to be resolved, or nil when
// it has none. rk's initiatives are kr's, in order, but for those left out
// for want of a title.
func newLinks(kr *model.KeyResult, rk *rawKeyResult, index int) *keyResultLinks {
	var inits [][]decode.Ref
	for _, in := range rk.Initiatives {
		if strings.TrimSpace(in.Title) != "" { // as required() keeps them
			inits = append(inits, in.Owner)
		}
	}
	hasInitiativeOwners := false
	for _, o := range inits {
		hasInitiativeOwners = hasInitiativeOwners || len(o) > 0
	}
	if len(rk.Owner) == 0 && len(rk.AlignsTo) == 0 && !hasInitiativeOwners {
		return nil
	}
	l := &keyResultLinks{kr: kr, owners: rk.Owner, alignsTo: rk.AlignsTo, index: index}
	if hasInitiativeOwners {
		l.initiativeOwners = inits
	}
	return l
}

// krIDs are the ids of the first key results of an objective, made once.
var krIDs = [...]string{"kr1", "kr2", "kr3", "kr4", "kr5", "kr6", "kr7", "kr8", "kr9", "kr10", "kr11", "kr12"}

// krID is the default id of key result number i (from 0): "kr1", "kr2", ….
func krID(i int) string {
	if i < len(krIDs) {
		return krIDs[i]
	}
	return "kr" + strconv.Itoa(i+1)
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
	kr := &model.KeyResult{ID: krID(i), Title: rk.Title, Objective: o, Weight: 1, Unit: rk.Unit,
		Start: rk.Start, Target: rk.Target, Stretch: rk.Stretch, Current: rk.Current, Threshold: rk.Threshold, Done: rk.Done,
		Progress: rk.Progress, Score: rk.Score, Tags: rk.Tags, Line: line}
	if rk.Due != nil {
		kr.Due = &rk.Due.Time
	}
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
	if rk.Score != nil { // the line is looked up only for a value to check
		r.fraction(doc, rk.Meta.LineOf("score"), "score", rk.Score, 1)
	}
	if rk.Progress != nil {
		r.fraction(doc, rk.Meta.LineOf("progress"), "progress", rk.Progress, 100)
	}
	for _, m := range rk.Milestones {
		if r.required(doc, m.Meta, "title", m.Title, "Beta shipped") {
			ms := model.Milestone{Title: m.Title, Done: m.Done}
			if m.Due != nil {
				ms.Due = &m.Due.Time
			}
			kr.Milestones = append(kr.Milestones, ms)
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
			ci := model.Checkin{Date: c.Date.Time, Value: c.Value, Done: c.Done, Progress: c.Progress, Note: c.Note,
				Confidence: c.Confidence, Line: c.Meta.Line}
			if c.Status != nil {
				ci.Status = parseStatus(doc, *c.Status, list)
			}
			if c.Progress != nil { // the line is looked up only for a value to check
				checkFraction(doc, c.Meta.LineOf("progress"), "progress", c.Progress, 100, list)
			}
			if c.Confidence != nil && (*c.Confidence < 0 || *c.Confidence > 10) {
				list.Errorf(doc.Path, c.Meta.LineOf("confidence"), "invalid-value", "confidence %g is out of range; write it from 0 (no chance) to 10 (certain)", *c.Confidence)
				ci.Confidence = nil
			}
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

// checkins gives kr the check-ins Decode built, merged with the rows of
// its series file, that are dated on or before the build date (shared
// with a cached document's later builds, so never modified): the portal
// describes that day, and a check-in dated
// after it counts nowhere (warning future-checkin). It warns of check-ins
// outside an open period, and sets current, done and progress to the
// latest check-in's that has one; the values written on the key result
// are its state before its first check-in.
func (r *resolver) checkins(doc *source.Document, o *model.Objective, kr *model.KeyResult, rk *rawKeyResult) {
	all := r.withSeries(doc, rk)
	n := asOf(all, r.opts.Today)
	kr.Checkins = all[:n:n]
	// The warnings are about written check-ins only: a series file is an
	// export, whose rows outside the period or after the build date are
	// no one's mistake (they count nowhere after the build date all the
	// same).
	written := rk.checkins
	w := asOf(written, r.opts.Today)
	for _, ci := range written[w:] {
		r.list.Warnf(doc.Path, rk.checkinLine(ci), "engagement", "future-checkin",
			"check-in dated %s is after the build date %s, so it counts nowhere yet; fix its date, or build with --today %s to include it",
			ci.Date.Format("2006-01-02"), r.opts.Today.Format("2006-01-02"), ci.Date.Format("2006-01-02"))
	}
	if per := o.Period; per != nil && per.PhaseOn(r.opts.Today) != model.PhaseClosed {
		for _, ci := range written[:w] {
			if !per.Contains(ci.Date) {
				r.list.Warnf(doc.Path, rk.checkinLine(ci), "engagement", "checkin-outside-period", "check-in dated %s is outside the period %s (%s to %s); fix its date, or record it on the objective of the period it belongs to",
					ci.Date.Format("2006-01-02"), per.Name, per.Start.Format("2006-01-02"), per.End.Format("2006-01-02"))
			}
		}
	}
	var latestValue, latestDone, latestProgress bool
	for i := len(kr.Checkins) - 1; i >= 0; i-- {
		c := kr.Checkins[i]
		if !latestValue && c.Value != nil {
			kr.Current, latestValue = c.Value, true
		}
		if !latestDone && c.Done != nil {
			kr.Done, latestDone = c.Done, true
		}
		if !latestProgress && c.Progress != nil {
			kr.Progress, latestProgress = c.Progress, true
		}
	}
}

// asOf is the number of check-ins of cs, sorted by date, dated on or
// before today.
func asOf(cs []model.Checkin, today time.Time) int {
	n := len(cs)
	for n > 0 && cs[n-1].Date.After(today) {
		n--
	}
	return n
}

// checkinLine is the line of a check-in's date.
func (rk *rawKeyResult) checkinLine(ci model.Checkin) int {
	if line, ok := rk.dateLines[ci.Line]; ok {
		return line
	}
	return ci.Line
}
