package export

import (
	"strings"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// searchEntries is format 1 of the search index, the specification of
// what format 2 must expand to: what search finds, in the order ties are shown:
// the current period's objectives and key results, teams, people, then
// the objectives of other periods.
func (s *Exporter) searchEntries() []SearchEntry {
	p := s.p
	out := make([]SearchEntry, 0, len(p.Objectives)*4+len(p.Teams)+len(p.People))
	if s.p.Current != nil {
		out = s.objectiveEntries(out, s.p.Current.Objectives)
	}
	for _, t := range p.Teams {
		parent := ""
		if t.Parent != nil {
			parent = t.Parent.Name
		}
		out = append(out, SearchEntry{Title: t.Name, Type: "team", URL: pagedata.TeamPath(t), Team: parent,
			Text: joinNonEmpty(ownerName(t.Lead), t.Mission)})
	}
	for _, x := range p.People {
		team := ""
		if x.Team != nil {
			team = x.Team.Name
		}
		out = append(out, SearchEntry{Title: x.Name, Type: "person", URL: pagedata.PersonPath(x), Team: team, Text: x.Title})
	}
	for _, pe := range p.Periods {
		if pe != s.p.Current {
			out = s.objectiveEntries(out, pe.Objectives)
		}
	}
	return out
}

// objectiveEntries appends objs and their key results to out.
func (s *Exporter) objectiveEntries(out []SearchEntry, objs []*model.Objective) []SearchEntry {
	for _, o := range objs {
		team, period := "", ""
		if o.Team != nil {
			team = o.Team.Name
		}
		if o.Period != nil {
			period = o.Period.Name
		}
		out = append(out, SearchEntry{Title: o.Title, Type: "objective", URL: pagedata.ObjPath(o), Team: team,
			Text: joinNonEmpty(period, ownerName(o.Owner), strings.Join(o.Tags, " "), excerpt(o.Body.Text))})
		for _, k := range o.KeyResults {
			out = append(out, SearchEntry{Title: k.Title, Type: "key result", URL: pagedata.ObjPath(o) + "#" + pagedata.KRAnchor(k),
				Team: team, Text: joinNonEmpty(period, o.Title, ownerName(k.Owner))})
		}
	}
	return out
}

func ownerName(x *model.Person) string {
	if x == nil {
		return ""
	}
	return x.Name
}

func joinNonEmpty(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, " · ")
}
