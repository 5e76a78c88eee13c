package export

import (
	"strconv"
	"strings"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// searchFormat is the version of search-index.json's layout. Format 1 was
// a list of {title, type, url, team, text} entries, one per objective,
// key result, team and person, each key result repeating its objective's
// link, title, period and team. Format 2 holds each of those once and
// refers to it by position:
//
//	{"format": 2,
//	 "paths": {"objective": [prefix, suffix], "team": [...], "person": [...]},
//	 "anchor": [prefix, suffix],
//	 "periods": [name, ...],
//	 "teams": [[id, name, parent, lead, mission], ...],
//	 "people": [[id, name, team, title], ...],
//	 "current": n,
//	 "objectives": [[id, title, team, period, owner, tags, excerpt,
//	                 [[kr id, kr title, kr owner], ...], title?], ...]}
//
// A page's link is its path prefix, id and suffix (a key result's is its
// objective's, "#", and the anchor prefix, id and suffix). A team,
// person or period field is a number, the position in its list (teams,
// people or periods: a team's or person's name is its second column), or
// a string, the name itself ("" for none). Names that an entry's text
// shows (periods, owners, leads) are trimmed of spaces, as are mission,
// tags and excerpt; an objective whose title has spaces around it has its
// trimmed title ninth, for its key results' text.
//
// search.js expands the index into format 1's entries, in their order:
// the first n objectives (the current period's) and their key results,
// then teams, people, and the other objectives; ReadSearchIndex does the
// same in Go.
const searchFormat = 2

// searchRefs are the positions of the teams, people and periods the index
// lists, for the fields that refer to them.
type searchRefs struct {
	teams   map[*model.Team]int
	people  map[*model.Person]int
	periods map[*model.Period]int
}

func (s *Exporter) searchRefs() searchRefs {
	p := s.p
	r := searchRefs{teams: make(map[*model.Team]int, len(p.Teams)), people: make(map[*model.Person]int, len(p.People)),
		periods: make(map[*model.Period]int, len(p.Periods))}
	for i, t := range p.Teams {
		r.teams[t] = i
	}
	for i, x := range p.People {
		r.people[x] = i
	}
	for i, pe := range p.Periods {
		r.periods[pe] = i
	}
	return r
}

// team appends a team field: t's position, or its name when it is not
// listed, or "" for none.
func (r *searchRefs) team(b []byte, t *model.Team) []byte {
	if t == nil {
		return append(b, `""`...)
	}
	if i, ok := r.teams[t]; ok {
		return strconv.AppendInt(b, int64(i), 10)
	}
	return appendJSONString(b, t.Name)
}

// person appends a field whose name an entry's text shows: x's position
// when its name needs no trimming, else its trimmed name, or "" for none.
func (r *searchRefs) person(b []byte, x *model.Person) []byte {
	if x == nil {
		return append(b, `""`...)
	}
	name := strings.TrimSpace(x.Name)
	if i, ok := r.people[x]; ok && name == x.Name {
		return strconv.AppendInt(b, int64(i), 10)
	}
	return appendJSONString(b, name)
}

func (r *searchRefs) period(b []byte, pe *model.Period) []byte {
	if pe == nil {
		return append(b, `""`...)
	}
	if i, ok := r.periods[pe]; ok {
		return strconv.AppendInt(b, int64(i), 10)
	}
	return appendJSONString(b, strings.TrimSpace(pe.Name))
}

// searchIndex writes search-index.json (searchFormat): objectives, key
// results, teams and people with their links relative to the site root.
func (s *Exporter) searchIndex(buf Writer) error {
	if err := s.writeSearchIndex(buf); err != nil {
		return err
	}
	buf.WriteByte('\n')
	return nil
}

// searchIndexScript writes the index as a script for file:// use, where
// browsers refuse to fetch JSON.
func (s *Exporter) searchIndexScript(buf Writer) error {
	buf.WriteString("window.OKR_SEARCH_INDEX = ")
	if err := s.writeSearchIndex(buf); err != nil {
		return err
	}
	buf.WriteString(";\n")
	return nil
}

// probeID stands for an id in a page's path, to split the path around it.
const probeID = "\x00"

// appendPathParts appends the prefix and suffix of path around probeID as
// a JSON pair.
func appendPathParts(b []byte, path string) []byte {
	prefix, suffix, _ := strings.Cut(path, probeID)
	b = appendJSONString(append(b, '['), prefix)
	b = appendJSONString(append(b, ','), suffix)
	return append(b, ']')
}

// writeSearchIndex writes the index's object, an objective at a time.
func (s *Exporter) writeSearchIndex(buf Writer) error {
	p, r := s.p, s.searchRefs()
	buf.Reserve(searchIndexSize(p))
	b := make([]byte, 0, 16<<10)
	b = append(b, `{"format":`...)
	b = strconv.AppendInt(b, searchFormat, 10)
	b = appendPathParts(append(b, `,"paths":{"objective":`...), pagedata.ObjPath(&model.Objective{ID: probeID}))
	b = appendPathParts(append(b, `,"team":`...), pagedata.TeamPath(&model.Team{ID: probeID}))
	b = appendPathParts(append(b, `,"person":`...), pagedata.PersonPath(&model.Person{ID: probeID}))
	b = appendPathParts(append(b, `},"anchor":`...), pagedata.KRAnchor(&model.KeyResult{ID: probeID}))
	b = append(b, `,"periods":[`...)
	for i, pe := range p.Periods {
		b = appendJSONString(comma(b, i), strings.TrimSpace(pe.Name))
	}
	b = append(b, `],"teams":[`...)
	for i, t := range p.Teams {
		b = append(comma(b, i), '[')
		b = appendJSONString(b, t.ID)
		b = appendJSONString(append(b, ','), t.Name)
		b = r.team(append(b, ','), t.Parent)
		b = r.person(append(b, ','), t.Lead)
		b = appendJSONString(append(b, ','), strings.TrimSpace(t.Mission))
		b = append(b, ']')
	}
	b = append(b, `],"people":[`...)
	for i, x := range p.People {
		b = append(comma(b, i), '[')
		b = appendJSONString(b, x.ID)
		b = appendJSONString(append(b, ','), x.Name)
		b = r.team(append(b, ','), x.Team)
		b = appendJSONString(append(b, ','), x.Title)
		b = append(b, ']')
	}
	var current []*model.Objective
	if p.Current != nil {
		current = p.Current.Objectives
	}
	b = append(b, `],"current":`...)
	b = strconv.AppendInt(b, int64(len(current)), 10)
	b = append(b, `,"objectives":[`...)
	n := 0
	for _, objs := range s.searchPeriods() {
		for _, o := range objs {
			b = r.appendObjective(comma(b, n), o)
			n++
			if len(b) > 8<<10 {
				if _, err := buf.Write(b); err != nil {
					return err
				}
				b = b[:0]
			}
		}
	}
	b = append(b, "]}"...)
	_, err := buf.Write(b)
	return err
}

// searchPeriods are the objectives of the index by period, the current
// period first.
func (s *Exporter) searchPeriods() [][]*model.Objective {
	out := make([][]*model.Objective, 0, len(s.p.Periods))
	if s.p.Current != nil {
		out = append(out, s.p.Current.Objectives)
	}
	for _, pe := range s.p.Periods {
		if pe != s.p.Current {
			out = append(out, pe.Objectives)
		}
	}
	return out
}

// appendObjective appends o's row with its key results.
func (r *searchRefs) appendObjective(b []byte, o *model.Objective) []byte {
	b = appendJSONString(append(b, '['), o.ID)
	b = appendJSONString(append(b, ','), o.Title)
	b = r.team(append(b, ','), o.Team)
	b = r.period(append(b, ','), o.Period)
	b = r.person(append(b, ','), o.Owner)
	b = appendJSONString(append(b, ','), strings.TrimSpace(strings.Join(o.Tags, " ")))
	b = appendJSONString(append(b, ','), strings.TrimSpace(excerpt(o.Body.Text)))
	b = append(b, ",["...)
	for i, k := range o.KeyResults {
		b = appendJSONString(append(comma(b, i), '['), k.ID)
		b = appendJSONString(append(b, ','), k.Title)
		b = r.person(append(b, ','), k.Owner)
		b = append(b, ']')
	}
	b = append(b, ']')
	if t := strings.TrimSpace(o.Title); t != o.Title {
		b = appendJSONString(append(b, ','), t)
	}
	return append(b, ']')
}

// comma appends the comma before the i-th item of a list.
func comma(b []byte, i int) []byte {
	if i > 0 {
		return append(b, ',')
	}
	return b
}

// searchIndexSize is about the bytes of p's search index, a little over.
func searchIndexSize(p *model.Portal) int {
	n := 4096
	for _, t := range p.Teams {
		n += 24 + len(t.ID) + len(t.Name) + len(t.Mission)
	}
	for _, x := range p.People {
		n += 24 + len(x.ID) + len(x.Name) + len(x.Title)
	}
	for _, o := range p.Objectives {
		n += 40 + len(o.ID) + len(o.Title) + min(len(o.Body.Text), excerptLen+8)
		for _, t := range o.Tags {
			n += 1 + len(t)
		}
		for _, k := range o.KeyResults {
			n += 16 + len(k.ID) + len(k.Title)
		}
	}
	return n + n/16
}
