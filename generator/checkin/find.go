package checkin

import (
	"fmt"
	"slices"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/resolve"
)

// Find returns the key result ref names in p: `<objective>#<kr-id>` or
// `<objective>#krN`, with the objective as references name it (its full
// id or a unique trailing part, those of periods running on p.Today
// first); an objective with a single key result alone; or words of the
// key result's title, matched case-insensitively. Its errors list the
// candidates or suggest one.
func Find(p *model.Portal, ref string) (*model.KeyResult, error) {
	objRef, krRef, hasKR := strings.Cut(strings.TrimSpace(ref), "#")
	objs := findObjectives(p, objRef)
	switch {
	case len(objs) > 1:
		return nil, fmt.Errorf("%q names several objectives: %s; write more of the id", objRef, strings.Join(ids(objs), ", "))
	case len(objs) == 1 && hasKR:
		return inObjective(objs[0], krRef)
	case len(objs) == 1 && len(objs[0].KeyResults) == 1:
		return objs[0].KeyResults[0], nil
	case len(objs) == 1:
		return nil, fmt.Errorf("objective %s has %d key results; name one: %s", objs[0].ID, len(objs[0].KeyResults), krList(objs[0].KeyResults))
	case hasKR:
		return nil, fmt.Errorf("no objective %q%s", objRef, didYouMean(decode.Suggest(resolve.PathID(objRef), objectiveRefs(p))))
	}
	return byTitle(allKeyResults(p), ref)
}

// findObjectives returns the objectives ref names, preferring those of a
// period running on p.Today.
func findObjectives(p *model.Portal, ref string) []*model.Objective {
	id := resolve.PathID(strings.TrimSpace(ref))
	if id == "" {
		return nil
	}
	var out []*model.Objective
	for _, o := range p.Objectives {
		if o.ID == id {
			return []*model.Objective{o}
		}
		if strings.HasSuffix(o.ID, "/"+id) {
			out = append(out, o)
		}
	}
	var running []*model.Objective
	for _, o := range out {
		if o.Period != nil && o.Period.Contains(p.Today) {
			running = append(running, o)
		}
	}
	if len(running) > 0 {
		return running
	}
	return out
}

// inObjective finds a key result of o by id (kr2, activation) or title.
func inObjective(o *model.Objective, ref string) (*model.KeyResult, error) {
	id := resolve.Slugify(ref)
	for _, kr := range o.KeyResults {
		if kr.ID == id {
			return kr, nil
		}
	}
	kr, err := byTitle(o.KeyResults, ref)
	if err != nil {
		return nil, fmt.Errorf("objective %s has no key result %q; it has %s", o.ID, ref, krList(o.KeyResults))
	}
	return kr, nil
}

// byTitle finds the key result whose title is ref, else the only one
// whose title holds every word of ref.
func byTitle(krs []*model.KeyResult, ref string) (*model.KeyResult, error) {
	words := strings.Fields(strings.ToLower(ref))
	if len(words) == 0 {
		return nil, fmt.Errorf("name a key result: <objective>#kr1, or words of its title")
	}
	var found []*model.KeyResult
	for _, kr := range krs {
		title := strings.ToLower(kr.Title)
		if strings.Join(strings.Fields(title), " ") == strings.Join(words, " ") {
			return kr, nil
		}
		if containsAll(title, words) {
			found = append(found, kr)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return nil, fmt.Errorf("no key result or objective matches %q%s", ref, didYouMean(suggestTitle(krs, words)))
	}
	return nil, fmt.Errorf("%q matches %d key results: %s; name one as <objective>#<kr-id>", ref, len(found), krList(found))
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// suggestTitle returns the reference of the key result sharing the most
// words with the query (the closest title among equals), else the one
// whose title is closest to it.
func suggestTitle(krs []*model.KeyResult, words []string) string {
	bestScore := 0
	var best []string
	byTitle := map[string]*model.KeyResult{}
	for _, kr := range krs {
		t := strings.ToLower(kr.Title)
		byTitle[t] = kr
		score := 0
		for _, w := range words {
			if len(w) > 2 && strings.Contains(t, w) {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore = []string{t}, score
		case score == bestScore:
			best = append(best, t)
		}
	}
	query := strings.Join(words, " ")
	kr := byTitle[decode.Suggest(query, best)]
	if kr == nil && bestScore > 0 {
		kr = byTitle[best[0]]
	}
	if kr == nil {
		return ""
	}
	return refOf(kr) + " (" + kr.Title + ")"
}

func didYouMean(s string) string {
	if s == "" {
		return ""
	}
	return "; did you mean " + s + "?"
}

// refOf is the full reference of a key result.
func refOf(kr *model.KeyResult) string { return kr.Objective.ID + "#" + kr.ID }

func krList(krs []*model.KeyResult) string {
	var out []string
	for _, kr := range krs {
		out = append(out, fmt.Sprintf("%s (%s)", refOf(kr), kr.Title))
	}
	return strings.Join(out, ", ")
}

func ids(objs []*model.Objective) []string {
	var out []string
	for _, o := range objs {
		out = append(out, o.ID)
	}
	slices.Sort(out)
	return out
}

// objectiveRefs lists every objective's id and trailing parts.
func objectiveRefs(p *model.Portal) []string {
	var out []string
	for _, o := range p.Objectives {
		for s := range resolve.RefsTo(o.ID) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func allKeyResults(p *model.Portal) []*model.KeyResult {
	var out []*model.KeyResult
	for _, o := range p.Objectives {
		out = append(out, o.KeyResults...)
	}
	return out
}
