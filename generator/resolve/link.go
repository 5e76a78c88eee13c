package resolve

import (
	"fmt"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

func docOf(e model.Source, section source.Section) *source.Document {
	return &source.Document{Path: e.File, Section: section}
}

// linkTeams resolves parents, leads and members, and rejects cycles. A
// team without `parent:` whose folder is another team's file
// (teams/eng.md and teams/eng/web.md) gets that team as its parent.
func (r *resolver) linkTeams() {
	for _, t := range r.portal.Teams {
		raw, doc := r.rawTeams[t], docOf(t.Source, source.SectionTeams)
		if raw.Parent != nil {
			t.Parent = r.team(doc, *raw.Parent, "parent")
		} else if i := strings.LastIndexByte(t.ID, '/'); i > 0 && raw.ID == "" {
			t.Parent = r.teams.get(t.ID[:i])
		}
		if t.Parent == t {
			r.errorf(doc.Path, raw.Meta.LineOf("parent"), "cycle", "team %s names itself as its parent", t.ID)
			t.Parent = nil
		}
		if raw.Lead != nil {
			t.Lead = r.person(doc, *raw.Lead, "lead")
		}
		t.Members = r.peopleList(doc, raw.Members, "members")
	}
	for _, t := range r.portal.Teams {
		r.checkTeamCycle(t)
	}
}

func (r *resolver) checkTeamCycle(start *model.Team) {
	seen := map[*model.Team]bool{}
	path := []string{start.ID}
	for t := start.Parent; t != nil; t = t.Parent {
		if t == start {
			raw := r.rawTeams[start]
			r.errorf(start.Source.File, raw.Meta.LineOf("parent"), "cycle", "team parents form a cycle: %s; one of these teams must have another parent or none", strings.Join(append(path, start.ID), " → "))
			start.Parent = nil
			return
		}
		if seen[t] {
			return // a cycle above start; reported from its own members
		}
		seen[t] = true
		path = append(path, t.ID)
	}
}

func (r *resolver) linkPeople() {
	for _, p := range r.portal.People {
		raw, ok := r.rawPeople[p]
		if !ok || raw.Team == nil {
			continue
		}
		p.Team = r.team(docOf(p.Source, source.SectionPeople), *raw.Team, "team")
	}
}

func (r *resolver) linkPriorities() {
	for _, p := range r.portal.Priorities {
		if raw := r.rawPriorities[p]; raw.Owner != nil {
			p.Owner = r.person(docOf(p.Source, source.SectionPriorities), *raw.Owner, "owner")
		}
	}
}

// linkObjectives builds every key result first, so that alignments to
// "<objective>#<kr>" can be resolved in the second pass.
// linkObjectives builds every objective's key results, then links the
// objectives to everything they name. Key results are built on all cores:
// they need nothing but their own file. Their owners are people, who may
// be created on first mention (implicit people), so they are linked
// after, in portal order, as is everything else.
func (r *resolver) linkObjectives() {
	objs := r.portal.Objectives
	links := make([][]keyResultLinks, len(objs))
	forEach(len(objs), func(i int) {
		od := r.rawObjectives[objs[i]]
		links[i] = r.keyResults(od.doc, objs[i], od.raw)
	})
	for i, o := range objs {
		doc := r.rawObjectives[o].doc
		for _, l := range links[i] {
			r.keyResultLinks(doc, o, l)
		}
	}
	for _, o := range objs {
		od := r.rawObjectives[o]
		r.objectiveRefs(od.doc, o, od.raw)
	}
}

// keyResultLinks resolves a key result's owners and the key results it
// aligns to (which must be another objective's: `<objective>#<kr-id>`).
func (r *resolver) keyResultLinks(doc *source.Document, o *model.Objective, l keyResultLinks) {
	kr := l.kr
	kr.Owners = r.peopleList(doc, l.owners, "owner")
	if len(kr.Owners) > 0 {
		kr.Owner = kr.Owners[0]
	}
	for i, refs := range l.initiativeOwners {
		if i < len(kr.Initiatives) && len(refs) > 0 {
			kr.Initiatives[i].Owners = r.peopleList(doc, refs, "owner")
		}
	}
	if len(l.alignsTo) == 0 {
		return
	}
	field := fmt.Sprintf("key_results[%d].aligns_to", l.index) // for messages
	for _, ref := range l.alignsTo {
		parent, target := r.objective(doc, ref, field, o.Period, true)
		switch {
		case parent == nil:
			continue
		case target == nil:
			r.list.Add(errAt(doc, ref, "invalid-reference", fmt.Sprintf("%s %q names an objective; a key result aligns to another key result, written `%s#kr1`, or move the link to the objective's own `aligns_to:`", field, ref.Value, parent.ID)))
		case parent == o:
			r.list.Add(errAt(doc, ref, "cycle", fmt.Sprintf("%s %q is a key result of the same objective; align to another objective's key result", field, ref.Value)))
		default:
			kr.AlignsTo = appendUnique(kr.AlignsTo, target)
		}
	}
}

func (r *resolver) objectiveRefs(doc *source.Document, o *model.Objective, raw *rawObjective) {
	r.objectiveTeam(doc, o, raw)
	o.Owners = r.peopleList(doc, raw.Owner, "owner")
	if len(o.Owners) > 0 {
		o.Owner = o.Owners[0]
	}
	o.Contributors = r.peopleList(doc, raw.Contributors, "contributors")
	for _, ref := range raw.Priorities {
		if p := r.priority(doc, ref, "priorities"); p != nil {
			o.Priorities = appendUnique(o.Priorities, p)
		}
	}
	for _, ref := range raw.AlignsTo {
		parent, kr := r.objective(doc, ref, "aligns_to", o.Period, true)
		if parent == nil {
			continue
		}
		if parent == o {
			r.list.Add(errAt(doc, ref, "cycle", "an objective cannot align to itself or its own key results"))
			continue
		}
		o.AlignsTo = append(o.AlignsTo, model.Alignment{Objective: parent, KeyResult: kr, Line: ref.Line})
	}
	for _, ref := range raw.DependsOn {
		if dep, _ := r.objective(doc, ref, "depends_on", o.Period, false); dep != nil && dep != o {
			o.DependsOn = appendUnique(o.DependsOn, dep)
		}
	}
	for _, ref := range raw.ContributingTeams {
		if t := r.team(doc, ref, "contributing_teams"); t != nil {
			o.ContributingTeams = appendUnique(o.ContributingTeams, t)
		}
	}
}

func (r *resolver) objectiveTeam(doc *source.Document, o *model.Objective, raw *rawObjective) {
	ref := decode.Ref{Line: raw.Meta.Line}
	if raw.Team != nil {
		ref = *raw.Team
	} else {
		_, ref.Value = pathParts(doc.Path)
	}
	if ref.Value == "" {
		r.errorf(doc.Path, ref.Line, "missing-field", "the objective has no team; put the file under okrs/<period>/<team>/ or add e.g. `team: platform`")
		return
	}
	field := "team"
	if raw.Team == nil {
		field = "the team folder"
	}
	o.Team = r.team(doc, ref, field)
}

func appendUnique[T comparable](list []T, v T) []T {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// checkAlignmentCycles walks aligns_to upwards from every objective and
// reports each cycle once, then cuts it so later stages never loop.
func (r *resolver) checkAlignmentCycles() {
	const (
		unvisited = iota
		active
		done
	)
	state := map[*model.Objective]int{}
	var visit func(o *model.Objective, path []*model.Objective)
	visit = func(o *model.Objective, path []*model.Objective) {
		state[o] = active
		path = append(path, o)
		kept := o.AlignsTo[:0]
		for _, a := range o.AlignsTo {
			switch state[a.Objective] {
			case active:
				r.reportAlignmentCycle(o, a, path)
				continue
			case unvisited:
				visit(a.Objective, path)
			}
			kept = append(kept, a)
		}
		o.AlignsTo = kept
		state[o] = done
	}
	for _, o := range r.portal.Objectives {
		if state[o] == unvisited {
			visit(o, nil)
		}
	}
}

func (r *resolver) reportAlignmentCycle(o *model.Objective, a model.Alignment, path []*model.Objective) {
	var ids []string
	inCycle := false
	for _, p := range path {
		if p == a.Objective {
			inCycle = true
		}
		if inCycle {
			ids = append(ids, p.ID)
		}
	}
	ids = append(ids, a.Objective.ID)
	r.errorf(o.Source.File, a.Line, "cycle", "%s", fmt.Sprintf("alignment forms a cycle: %s; an objective cannot (indirectly) align to itself", strings.Join(ids, " → ")))
}
