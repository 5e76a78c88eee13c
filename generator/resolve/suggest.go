package resolve

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// suggestIn returns the id, or unique trailing part of one, in ix that ref
// most likely misspells, or "". It runs only for a reference that matched
// nothing, so it may look at every id.
func suggestIn[T any](ix *index[T], ref string) string {
	if ref = normaliseRef(ref); len(ref) < 3 { // "c" is one edit from any "a"
		return ""
	}
	return decode.Suggest(ref, uniqueSuffixes(ix, nil))
}

// uniqueSuffixes lists the full ids of ix and the trailing parts that name
// one id only, sorted, leaving out the ids for which skip is true.
func uniqueSuffixes[T any](ix *index[T], skip func(T) bool) []string {
	out := make([]string, 0, len(ix.bySuffix))
	for s, ids := range ix.bySuffix {
		if _, full := ix.byID[s]; (full || len(ids) == 1) && (skip == nil || !skip(ix.byID[ids[0]])) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// didYouMean formats a suggestion for the end of a message.
func didYouMean(s string) string {
	if s == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", s)
}

// suggestRef suggests a team, priority or objective for an unresolved ref.
func (r *resolver) suggestRef(kind, ref string) string {
	switch kind {
	case "team":
		return suggestIn(r.teams, ref)
	case "priority":
		return suggestIn(r.priorities, ref)
	case "objective":
		return suggestIn(r.objectives, ref)
	case "person":
		return r.suggestPerson(ref)
	}
	return ""
}

// suggestPerson suggests a person with a file by id or by name.
func (r *resolver) suggestPerson(ref string) string {
	implicit := func(p *model.Person) bool { return p.Implicit }
	if s := decode.Suggest(normaliseRef(ref), uniqueSuffixes(r.people, implicit)); s != "" {
		return s
	}
	var names []string
	for _, p := range r.portal.People {
		if !p.Implicit {
			names = append(names, nameKey(p.Name))
		}
	}
	slices.Sort(names)
	if s := decode.Suggest(nameKey(ref), names); s != "" {
		return r.peopleName[s][0].Name
	}
	return ""
}

// unknownPerson warns that ref names nobody in people/: likely a typo, as
// the portal keeps a file per person. The implicit person is made anyway.
func (r *resolver) unknownPerson(doc *source.Document, ref decode.Ref, field string) {
	if len(r.rawPeople) == 0 { // no people/ files: names are how people are given
		return
	}
	fix := fmt.Sprintf("add people/%s.md if they are new", FileSlug(ref.Value))
	if s := r.suggestPerson(ref.Value); s != "" {
		fix = fmt.Sprintf("did you mean %q? (or add people/%s.md if they are new)", s, FileSlug(ref.Value))
	}
	r.list.Add(diag.Diagnostic{File: doc.Path, Line: ref.Line, Col: ref.Col, Severity: diag.Warning, Group: "engagement", Rule: "unknown-person",
		Message: fmt.Sprintf("%s %q matches no one in people/; %s", field, ref.Value, fix)})
}

var (
	yearRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)(?:$|[^0-9])`)
	partRE = regexp.MustCompile(`(?i)^[^a-z0-9]*([hq])\s*-?\s*([1-4])[^a-z0-9]*$`)
)

// suggestPeriod is SuggestPeriod with the declared periods of the portal.
func (r *resolver) suggestPeriod(ref string) string {
	var ids []string
	for id, p := range r.periods.byID {
		if p.Declared {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return SuggestPeriod(ref, ids)
}

// SuggestPeriod turns a calendar period written another way (Q4-2026,
// 2026Q4, q4_2026, 2026 H1) into its form, or finds the declared period
// id that ref misspells; "" when it sees neither.
func SuggestPeriod(ref string, declared []string) string {
	if y := yearRE.FindStringSubmatch(ref); y != nil {
		rest := strings.Replace(ref, y[1], "", 1)
		if m := partRE.FindStringSubmatch(rest); m != nil {
			return y[1] + "-" + strings.ToUpper(m[1]+m[2])
		}
		if strings.Trim(rest, " -_/.") == "" && rest != "" {
			return y[1]
		}
	}
	ref = Slugify(ref)
	for _, id := range declared { // fy27-q1 for FY27 Q1; not fy22-q3 for fy23-q1
		if decode.Distance(ref, Slugify(id)) <= 1 {
			return id
		}
	}
	return ""
}

// CheckPeriod reports what is wrong with a period id: nil for a calendar
// period (YYYY, YYYY-HN, YYYY-QN) or one of declared.
func CheckPeriod(ref string, declared []string) error {
	ps := &periods{byID: map[string]*model.Period{}}
	for _, id := range declared {
		ps.byID[Slugify(id)] = &model.Period{ID: Slugify(id), Declared: true}
	}
	_, err := ps.lookup(ref)
	return err
}

// periodMessage is the message of lookup's err for the period ref, with a
// suggestion when there is one.
func (r *resolver) periodMessage(ref string, err error) string {
	if s := r.suggestPeriod(ref); s != "" {
		return fmt.Sprintf("period %q is not declared; did you mean %q?", ref, s)
	}
	return err.Error()
}

// periodError reports an objective's unknown period: on the `period:`
// field, or once for the whole okrs/<period>/ folder the file is in.
func (r *resolver) periodError(doc *source.Document, raw *rawObjective, ref string, err error) {
	if raw.Period != nil {
		r.list.Add(errAt(doc, *raw.Period, "unknown-period", r.periodMessage(ref, err)))
		return
	}
	folder := path.Join("okrs", strings.Split(strings.TrimPrefix(doc.Path, "okrs/"), "/")[0])
	msg := fmt.Sprintf("folder %s: %v", folder, err)
	if s := r.suggestPeriod(ref); s != "" {
		msg = fmt.Sprintf("folder %s names no period; did you mean %q? Rename the folder to okrs/%s, or declare %q under `periods:` in portal.yaml", folder, s, s, ref)
	}
	r.list.Add(diag.Diagnostic{File: folder, Severity: diag.Error, Rule: "unknown-period", Message: msg})
}

var krNumber = regexp.MustCompile(`^kr[0-9]+$`)

// suggestKR suggests a key result id; not krN for krM, which differ in
// meaning rather than spelling.
func suggestKR(id string, known []string) string {
	s := decode.Suggest(id, known)
	if krNumber.MatchString(id) && krNumber.MatchString(s) {
		return ""
	}
	return s
}
