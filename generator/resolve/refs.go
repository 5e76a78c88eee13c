package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// refError reports an unresolved or ambiguous reference.
func (r *resolver) refError(doc *source.Document, ref decode.Ref, field, kind string, ids []string) {
	if len(ids) > 1 {
		r.list.Add(errAt(doc, ref, "ambiguous-reference", fmt.Sprintf("%s %q matches several %ss: %s; write more of the id", field, ref.Value, kind, candidates(ids))))
		return
	}
	name, kr, hasKR := strings.Cut(ref.Value, "#")
	if s := r.suggestRef(kind, name); s != "" {
		if hasKR {
			s += "#" + kr
		}
		r.list.Add(errAt(doc, ref, "unresolved-reference", fmt.Sprintf("%s %q matches no %s; did you mean %q?", field, ref.Value, kind, s)))
		return
	}
	r.list.Add(errAt(doc, ref, "unresolved-reference", fmt.Sprintf("%s %q matches no %s; check the spelling or write its full id", field, ref.Value, kind)))
}

func (r *resolver) team(doc *source.Document, ref decode.Ref, field string) *model.Team {
	ids := r.teams.find(ref.Value)
	if len(ids) != 1 {
		r.refError(doc, ref, field, "team", ids)
		return nil
	}
	return r.teams.get(ids[0])
}

func (r *resolver) priority(doc *source.Document, ref decode.Ref, field string) *model.Priority {
	ids := r.priorities.find(ref.Value)
	if len(ids) != 1 {
		r.refError(doc, ref, field, "priority", ids)
		return nil
	}
	return r.priorities.get(ids[0])
}

// person finds a person by id, trailing part of the id, or name. A name
// that matches nobody becomes an implicit person with a page of its own.
// A person file wins over an implicit person, whichever is referred to
// first: `owner: Inés García` finds people/ines.md even after another
// file has named `inés-garcía`.
//
// When the portal has files in people/, a reference to an implicit
// person is warned about (unknown-person): likely a typo.
func (r *resolver) person(doc *source.Document, ref decode.Ref, field string) *model.Person {
	p := r.findPerson(doc, ref, field)
	if p != nil && p.Implicit {
		r.unknownPerson(doc, ref, field)
	}
	return p
}

// findPerson is person without the warning.
func (r *resolver) findPerson(doc *source.Document, ref decode.Ref, field string) *model.Person {
	ids := r.people.find(ref.Value)
	if len(ids) == 1 && !r.people.get(ids[0]).Implicit {
		return r.people.get(ids[0])
	}
	byName := r.peopleName[nameKey(ref.Value)]
	switch {
	case len(byName) == 1:
		return byName[0]
	case len(byName) > 1:
		ids = slices.DeleteFunc(ids, func(id string) bool { return r.people.get(id).Implicit })
		for _, p := range byName {
			if !slices.Contains(ids, p.ID) {
				ids = append(ids, p.ID)
			}
		}
	case len(ids) == 1:
		return r.people.get(ids[0])
	}
	if len(ids) > 1 {
		sort.Strings(ids)
		r.refError(doc, ref, field, "person", ids)
		return nil
	}
	id := Slugify(ref.Value)
	if p, ok := r.people.byID[id]; ok { // "Eng / Ada" for eng-ada
		return p
	}
	if id == "" {
		r.list.Add(errAt(doc, ref, "invalid-reference", fmt.Sprintf("%s %q has no letters or digits to name a person by", field, ref.Value)))
		return nil
	}
	p := &model.Person{ID: id, Name: strings.TrimSpace(ref.Value), Implicit: true, Source: model.Source{File: doc.Path, Line: ref.Line}}
	r.addPerson(p)
	return p
}

// nameKey is how names are compared: case and runs of spaces do not count.
func nameKey(name string) string {
	if isNameKey(name) { // most references: an id, or a name written plainly
		return name
	}
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// isNameKey reports whether name is its own key: ASCII without capitals,
// and with no white space but single spaces between words.
func isNameKey(name string) bool {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z':
			return false
		case c == ' ':
			if i == 0 || i == len(name)-1 || name[i-1] == ' ' {
				return false
			}
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		}
	}
	return true
}

func (r *resolver) peopleList(doc *source.Document, refs []decode.Ref, field string) []*model.Person {
	var out []*model.Person
	seen := map[*model.Person]bool{}
	for _, ref := range refs {
		if p := r.person(doc, ref, field); p != nil && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// objective finds an objective, or a key result with "<ref>#<kr-id>".
// Among several matches, those of period win.
func (r *resolver) objective(doc *source.Document, ref decode.Ref, field string, period *model.Period, allowKR bool) (*model.Objective, *model.KeyResult) {
	objRef, krRef, hasKR := strings.Cut(ref.Value, "#")
	if hasKR && !allowKR {
		r.list.Add(errAt(doc, ref, "invalid-reference", fmt.Sprintf("%s %q names a key result; %s takes objectives, so drop the #%s", field, ref.Value, field, krRef)))
		return nil, nil
	}
	ids := r.objectives.find(objRef)
	if len(ids) > 1 && period != nil {
		var same []string
		for _, id := range ids {
			if r.objectives.get(id).Period == period {
				same = append(same, id)
			}
		}
		if len(same) > 0 {
			ids = same
		}
	}
	if len(ids) != 1 {
		if len(ids) == 0 && len(r.drafts.find(objRef)) > 0 {
			r.list.Add(errAt(doc, ref, "draft-reference", fmt.Sprintf("%s %q is a draft; publish it (remove `draft: true`) or build with --drafts", field, ref.Value)))
			return nil, nil
		}
		r.refError(doc, ref, field, "objective", ids)
		return nil, nil
	}
	o := r.objectives.get(ids[0])
	if !hasKR {
		return o, nil
	}
	krID := Slugify(krRef)
	var known []string
	for _, kr := range o.KeyResults {
		if kr.ID == krID {
			return o, kr
		}
		known = append(known, kr.ID)
	}
	r.list.Add(errAt(doc, ref, "unresolved-reference", fmt.Sprintf("%s %q: objective %s has no key result %q%s (it has %s)", field, ref.Value, o.ID, krRef, didYouMean(suggestKR(krID, known)), strings.Join(known, ", "))))
	return nil, nil
}
