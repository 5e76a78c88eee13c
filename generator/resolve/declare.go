package resolve

import (
	"strings"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// declareEntities decodes every team, person, priority and objective file
// and registers its id, before any reference is resolved.
func (r *resolver) declareEntities(bySection map[source.Section][]*source.Document) {
	n := 0
	for _, docs := range bySection {
		n += len(docs)
	}
	seen := make(map[string]string, n) // section+id → file, for duplicate messages
	dup := func(doc *source.Document, section source.Section, id string) bool {
		key := string(section) + "\x00" + id
		if first, ok := seen[key]; ok {
			r.errorf(doc.Path, doc.Line(), "duplicate-id", "%s id %q is also used by %s; rename one of the files or set a different `id:`", singular(section), id, first)
			return true
		}
		seen[key] = doc.Path
		return false
	}
	for _, doc := range bySection[source.SectionTeams] {
		r.declareTeam(doc, dup)
	}
	for _, doc := range bySection[source.SectionPeople] {
		r.declarePerson(doc, dup)
	}
	for _, doc := range bySection[source.SectionPriorities] {
		r.declarePriority(doc, dup)
	}
	for _, doc := range bySection[source.SectionOKRs] {
		r.declareObjective(doc, dup)
	}
}

func singular(s source.Section) string {
	switch s {
	case source.SectionPeople:
		return "person"
	case source.SectionPriorities:
		return "priority"
	case source.SectionOKRs:
		return "objective"
	}
	return strings.TrimSuffix(string(s), "s")
}

type dupFunc func(*source.Document, source.Section, string) bool

func (r *resolver) declareTeam(doc *source.Document, dup dupFunc) {
	raw := r.raw(doc).(*rawTeam)
	id := r.entityID(doc, source.SectionTeams, raw.ID, raw.Meta)
	if !r.required(doc, raw.Meta, "name", raw.Name, "Platform") || id == "" || dup(doc, source.SectionTeams, id) {
		return
	}
	t := &model.Team{ID: id, Name: raw.Name, Mission: raw.Mission, Body: model.Markdown{Text: doc.Body, Line: doc.BodyLine}, Source: sourceOf(doc)}
	for _, l := range raw.Links {
		if l.URL == "" {
			r.errorf(doc.Path, l.Meta.Line, "missing-field", "a link needs a `url`")
			continue
		}
		title := l.Title
		if title == "" {
			title = l.URL
		}
		t.Links = append(t.Links, model.Link{Title: title, URL: l.URL})
	}
	r.teams.add(id, t)
	r.rawTeams[t] = raw
	r.portal.Teams = append(r.portal.Teams, t)
}

func (r *resolver) declarePerson(doc *source.Document, dup dupFunc) {
	raw := r.raw(doc).(*rawPerson)
	id := r.entityID(doc, source.SectionPeople, raw.ID, raw.Meta)
	if !r.required(doc, raw.Meta, "name", raw.Name, "Ada Lovelace") || id == "" || dup(doc, source.SectionPeople, id) {
		return
	}
	p := &model.Person{ID: id, Name: raw.Name, Title: raw.Title, Email: raw.Email, Body: model.Markdown{Text: doc.Body, Line: doc.BodyLine}, Source: sourceOf(doc)}
	r.addPerson(p)
	r.rawPeople[p] = raw
}

func (r *resolver) addPerson(p *model.Person) {
	r.people.add(p.ID, p)
	key := nameKey(p.Name)
	r.peopleName[key] = append(r.peopleName[key], p)
	r.portal.People = append(r.portal.People, p)
}

func (r *resolver) declarePriority(doc *source.Document, dup dupFunc) {
	raw := r.raw(doc).(*rawPriority)
	id := r.entityID(doc, source.SectionPriorities, raw.ID, raw.Meta)
	if !r.required(doc, raw.Meta, "title", raw.Title, "Win the mid-market") || id == "" || dup(doc, source.SectionPriorities, id) {
		return
	}
	p := &model.Priority{ID: id, Title: raw.Title, Summary: raw.Summary, Order: raw.Order, Horizon: raw.Horizon, Body: model.Markdown{Text: doc.Body, Line: doc.BodyLine}, Source: sourceOf(doc)}
	for _, k := range raw.KPIs {
		if !r.required(doc, k.Meta, "name", k.Name, "Net revenue retention") {
			continue
		}
		kpi := model.KPI{Name: k.Name, Current: k.Current, Target: k.Target, Unit: k.Unit}
		if k.AsOf != nil {
			t := k.AsOf.Time
			kpi.AsOf = &t
		}
		p.KPIs = append(p.KPIs, kpi)
	}
	p.CheckIgnore = r.checkIgnore(doc, raw.CheckIgnore)
	r.priorities.add(id, p)
	r.rawPriorities[p] = raw
	r.portal.Priorities = append(r.portal.Priorities, p)
}

func (r *resolver) declareObjective(doc *source.Document, dup dupFunc) {
	raw := r.raw(doc).(*rawObjective)
	id := r.entityID(doc, source.SectionOKRs, raw.ID, raw.Meta)
	if !r.required(doc, raw.Meta, "title", raw.Title, "Make deploys boring") || id == "" || dup(doc, source.SectionOKRs, id) {
		return
	}
	o := &model.Objective{ID: id, Title: raw.Title, Draft: raw.Draft, Tags: raw.Tags, Retrospective: raw.Retrospective,
		Weight: 1, Body: model.Markdown{Text: doc.Body, Line: doc.BodyLine}, Source: sourceOf(doc)}
	o.Period = r.objectivePeriod(doc, raw)
	o.CheckIgnore = r.checkIgnore(doc, raw.CheckIgnore)
	if raw.Weight != nil {
		o.Weight = r.weight(doc, raw.Meta.LineOf("weight"), *raw.Weight)
	}
	if raw.Status != nil {
		o.StatusOverride = r.status(doc, *raw.Status)
	}
	if o.Draft && !r.opts.Drafts {
		r.drafts.add(id, o)
		return
	}
	r.objectives.add(id, o)
	r.rawObjectives[o] = &objectiveDoc{raw: raw, doc: doc}
	r.portal.Objectives = append(r.portal.Objectives, o)
}

// pathParts splits okrs/<period>/<team…>/<slug>.md into period and team
// refs; either may be "" when the path is shorter.
func pathParts(rel string) (period, team string) {
	parts := strings.Split(strings.TrimPrefix(rel, "okrs/"), "/")
	if len(parts) >= 2 {
		period = parts[0]
	}
	if len(parts) >= 3 {
		team = strings.Join(parts[1:len(parts)-1], "/")
	}
	return period, team
}

func (r *resolver) objectivePeriod(doc *source.Document, raw *rawObjective) *model.Period {
	ref, line := "", raw.Meta.Line
	if raw.Period != nil {
		ref, line = raw.Period.Value, raw.Period.Line
	} else {
		ref, _ = pathParts(doc.Path)
	}
	if ref == "" {
		r.errorf(doc.Path, line, "missing-field", "the objective has no period; put the file under okrs/<period>/<team>/ or add e.g. `period: 2026-Q4`")
		return nil
	}
	p, err := r.periods.lookup(ref)
	if err != nil {
		r.periodError(doc, raw, ref, err)
		return nil
	}
	return p
}
