package export

import (
	"math"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// exportSchema is the version of okrs.json. Schema 2: unknowns are null
// ("progress": null and "status": "no-data" without data, "score": null
// unless scored), and owners, due dates, stretch targets, tags,
// key-result alignment, baselines and confidence.
const exportSchema = 2

// The types of okrs.json. Field order is fixed by the structs and lists
// keep portal order, so the file is byte-stable.
type (
	jsonExport struct {
		Schema     int             `json:"schema"`
		Generated  string          `json:"generated"`
		Portal     jsonPortal      `json:"portal"`
		Strategy   jsonStrategy    `json:"strategy"`
		Periods    []jsonPeriod    `json:"periods"`
		Priorities []jsonPriority  `json:"priorities"`
		Teams      []jsonTeam      `json:"teams"`
		People     []jsonPerson    `json:"people"`
		Objectives []jsonObjective `json:"objectives"`
	}
	jsonPortal struct {
		Title         string `json:"title"`
		Organisation  string `json:"organisation"`
		BaseURL       string `json:"base_url,omitempty"`
		CurrentPeriod string `json:"current_period,omitempty"`
	}
	jsonStrategy struct {
		Mission string   `json:"mission"`
		Vision  string   `json:"vision"`
		Values  []string `json:"values"`
		Horizon string   `json:"horizon"`
	}
	jsonPeriod struct {
		ID         string   `json:"id"`
		Name       string   `json:"name"`
		Start      string   `json:"start"`
		End        string   `json:"end"`
		Phase      string   `json:"phase"`
		Expected   float64  `json:"expected"`
		Objectives int      `json:"objectives"`
		Progress   float64  `json:"progress"`
		NoData     int      `json:"no_data,omitempty"`
		Score      *float64 `json:"score,omitempty"`
		NotScored  int      `json:"not_scored,omitempty"`
		URL        string   `json:"url"`
	}
	jsonPriority struct {
		ID         string    `json:"id"`
		Title      string    `json:"title"`
		Owner      string    `json:"owner,omitempty"`
		Summary    string    `json:"summary,omitempty"`
		Order      int       `json:"order"`
		KPIs       []jsonKPI `json:"kpis"`
		Objectives []string  `json:"objectives"`
		URL        string    `json:"url"`
	}
	jsonKPI struct {
		Name    string   `json:"name"`
		Current *float64 `json:"current,omitempty"`
		Target  *float64 `json:"target,omitempty"`
		Unit    string   `json:"unit,omitempty"`
	}
	jsonTeam struct {
		ID       string     `json:"id"`
		Name     string     `json:"name"`
		Parent   string     `json:"parent,omitempty"`
		Lead     string     `json:"lead,omitempty"`
		Members  []string   `json:"members"`
		Mission  string     `json:"mission,omitempty"`
		Links    []jsonLink `json:"links"`
		Children []string   `json:"children"`
		URL      string     `json:"url"`
	}
	jsonLink struct {
		Title string `json:"title"`
		URL   string `json:"url"`
	}
	jsonPerson struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Title    string `json:"title,omitempty"`
		Team     string `json:"team,omitempty"`
		Email    string `json:"email,omitempty"`
		Implicit bool   `json:"implicit,omitempty"`
		URL      string `json:"url"`
	}
	jsonObjective struct {
		ID                string          `json:"id"`
		Title             string          `json:"title"`
		Team              string          `json:"team"`
		Period            string          `json:"period"`
		Owner             string          `json:"owner,omitempty"`
		Owners            []string        `json:"owners"`
		Contributors      []string        `json:"contributors"`
		Priorities        []string        `json:"priorities"`
		AlignsTo          []jsonAlignment `json:"aligns_to"`
		DependsOn         []string        `json:"depends_on"`
		ContributingTeams []string        `json:"contributing_teams"`
		Weight            float64         `json:"weight"`
		Draft             bool            `json:"draft,omitempty"`
		Tags              []string        `json:"tags"`
		Progress          *float64        `json:"progress"`
		Expected          float64         `json:"expected"`
		Status            string          `json:"status"`
		Phase             string          `json:"phase"`
		Score             *float64        `json:"score"`
		Band              string          `json:"band,omitempty"`
		Retrospective     string          `json:"retrospective,omitempty"`
		KeyResults        []jsonKR        `json:"key_results"`
		URL               string          `json:"url"`
	}
	jsonAlignment struct {
		Objective string `json:"objective"`
		KeyResult string `json:"key_result,omitempty"`
	}
	jsonKR struct {
		ID          string           `json:"id"`
		Ref         string           `json:"ref"`
		Title       string           `json:"title"`
		Owner       string           `json:"owner,omitempty"`
		Owners      []string         `json:"owners"`
		Kind        string           `json:"kind"`
		Unit        string           `json:"unit,omitempty"`
		Weight      float64          `json:"weight"`
		Tags        []string         `json:"tags"`
		Start       *float64         `json:"start,omitempty"`
		Baseline    *float64         `json:"baseline,omitempty"`
		Target      *float64         `json:"target,omitempty"`
		Stretch     *float64         `json:"stretch,omitempty"`
		Current     *float64         `json:"current,omitempty"`
		Threshold   *float64         `json:"threshold,omitempty"`
		Done        *bool            `json:"done,omitempty"`
		Due         string           `json:"due,omitempty"`
		Milestones  []jsonMilestone  `json:"milestones,omitempty"`
		Entered     *float64         `json:"entered_progress,omitempty"`
		AlignsTo    []string         `json:"aligns_to"`
		Progress    *float64         `json:"progress"`
		Status      string           `json:"status"`
		Confidence  *float64         `json:"confidence,omitempty"`
		Score       *float64         `json:"score"`
		Band        string           `json:"band,omitempty"`
		Checkins    []jsonCheckin    `json:"checkins"`
		Initiatives []jsonInitiative `json:"initiatives"`
	}
	jsonMilestone struct {
		Title string `json:"title"`
		Done  bool   `json:"done"`
		Due   string `json:"due,omitempty"`
	}
	jsonCheckin struct {
		Date       string   `json:"date"`
		Value      *float64 `json:"value,omitempty"`
		Done       *bool    `json:"done,omitempty"`
		Progress   *float64 `json:"progress,omitempty"`
		Confidence *float64 `json:"confidence,omitempty"`
		Status     string   `json:"status,omitempty"`
		Note       string   `json:"note,omitempty"`
	}
	jsonInitiative struct {
		Title  string   `json:"title"`
		URL    string   `json:"url,omitempty"`
		Done   bool     `json:"done"`
		Owners []string `json:"owners,omitempty"`
	}
)

// exportJSON writes okrs.json: the whole portal with computed values. The
// objectives, most of the file, are appended one at a time
// (appendObjectiveJSON) rather than encoded as one value: the same bytes
// without a second copy of the file in memory, or reflection.
func (s *Exporter) exportJSON(buf Writer) error {
	p := s.p
	x := jsonExport{
		Schema:    exportSchema,
		Generated: pagedata.ISODate(p.Today),
		Portal: jsonPortal{Title: pagedata.Title(s.p), Organisation: p.Settings.Organisation,
			BaseURL: p.Settings.BaseURL},
		Strategy: jsonStrategy{Mission: p.Strategy.Mission, Vision: p.Strategy.Vision,
			Values: nonNil(p.Strategy.Values), Horizon: p.Strategy.Horizon},
		Periods:    make([]jsonPeriod, 0, len(p.Periods)),
		Priorities: make([]jsonPriority, 0, len(p.Priorities)),
		Teams:      make([]jsonTeam, 0, len(p.Teams)),
		People:     make([]jsonPerson, 0, len(p.People)),
		Objectives: []jsonObjective{},
	}
	if s.p.Current != nil {
		x.Portal.CurrentPeriod = s.p.Current.ID
	}
	for _, pe := range p.Periods {
		x.Periods = append(x.Periods, s.jsonPeriod(pe))
	}
	for _, pr := range p.Priorities {
		x.Priorities = append(x.Priorities, s.jsonPriority(pr))
	}
	for _, t := range p.Teams {
		x.Teams = append(x.Teams, s.jsonTeam(t))
	}
	for _, pp := range p.People {
		x.People = append(x.People, jsonPerson{ID: pp.ID, Name: pp.Name, Title: pp.Title,
			Team: teamID(pp.Team), Email: pp.Email, Implicit: pp.Implicit, URL: s.absURL(pagedata.PersonPath(pp))})
	}
	js := newJSONStream(buf)
	// Objectives is the last field: its "]}" make way for the objectives.
	if err := js.value(x, len("]}")); err != nil {
		return err
	}
	objs, written := p.Objectives, 0
	scratch := make([]byte, 0, 16<<10)
	for i, o := range objs {
		if i == exportSample {
			buf.Reserve(extrapolate(written, objs[:i], objs[i:]))
		}
		scratch = scratch[:0]
		if i > 0 {
			scratch = append(scratch, ',')
		}
		scratch = s.appendObjectiveJSON(scratch, o)
		written += len(scratch)
		if _, err := buf.Write(scratch); err != nil {
			return err
		}
	}
	buf.WriteString("]}\n")
	return nil
}

func (s *Exporter) jsonPeriod(pe *model.Period) jsonPeriod {
	sum := compute.Summarise(pe.Objectives) // as the period's page summarises it
	j := jsonPeriod{ID: pe.ID, Name: pe.Name, Start: pagedata.ISODate(pe.Start), End: pagedata.ISODate(pe.End),
		Phase: pagedata.PhaseLabel(pe.PhaseOn(s.p.Today)), Expected: round4(pe.Elapsed(s.p.Today)),
		Objectives: sum.Objectives, Progress: round4(sum.Progress), NoData: sum.NoData,
		NotScored: sum.NotScored, URL: s.absURL(pagedata.PeriodPath(pe))}
	if sum.Scored > 0 {
		j.Score = ptr(round4(sum.Score))
	}
	return j
}

func (s *Exporter) jsonPriority(pr *model.Priority) jsonPriority {
	j := jsonPriority{ID: pr.ID, Title: pr.Title, Owner: personID(pr.Owner), Summary: pr.Summary,
		Order: pr.Order, KPIs: make([]jsonKPI, 0, len(pr.KPIs)), Objectives: objectiveIDs(pr.Objectives),
		URL: s.absURL(pagedata.PriorityPath(pr))}
	for _, k := range pr.KPIs {
		j.KPIs = append(j.KPIs, jsonKPI{Name: k.Name, Current: finite(k.Current), Target: finite(k.Target), Unit: k.Unit})
	}
	return j
}

func (s *Exporter) jsonTeam(t *model.Team) jsonTeam {
	j := jsonTeam{ID: t.ID, Name: t.Name, Lead: personID(t.Lead), Members: make([]string, 0, len(t.Members)),
		Mission: t.Mission, Links: make([]jsonLink, 0, len(t.Links)), Children: make([]string, 0, len(t.Children)),
		URL: s.absURL(pagedata.TeamPath(t))}
	if t.Parent != nil {
		j.Parent = t.Parent.ID
	}
	for _, m := range t.Members {
		j.Members = append(j.Members, m.ID)
	}
	for _, l := range t.Links {
		j.Links = append(j.Links, jsonLink{Title: l.Title, URL: pagedata.SafeLink(l.URL)}) // neutralised as on the pages
	}
	for _, c := range t.Children {
		j.Children = append(j.Children, c.ID)
	}
	return j
}

// absURL is the link to a site path in exported data: absolute with a base
// URL, else relative to the site root.
func (s *Exporter) absURL(path string) string {
	if b := s.p.Settings.BaseURL; b != "" {
		return pagedata.TrimSlash(b) + "/" + path
	}
	return path
}

func round4(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return math.Round(f*1e4) / 1e4
}

// finite drops NaN and infinities, which JSON cannot hold.
func finite(f *float64) *float64 {
	if f == nil || math.IsNaN(*f) || math.IsInf(*f, 0) {
		return nil
	}
	return f
}

func ptr[T any](v T) *T { return &v }

func nonNil[T any](in []T) []T {
	if in == nil {
		return []T{}
	}
	return in
}

func teamID(t *model.Team) string {
	if t == nil {
		return ""
	}
	return t.ID
}

func personID(x *model.Person) string {
	if x == nil {
		return ""
	}
	return x.ID
}

// personIDs are the ids of people, [] for none.
func personIDs(xs []*model.Person) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, x.ID)
	}
	return out
}

// optDate is t as 2006-01-02, or "" for nil.
func optDate(t *time.Time) string {
	if t == nil {
		return ""
	}
	return pagedata.ISODate(*t)
}

func objectiveIDs(objs []*model.Objective) []string {
	out := make([]string, 0, len(objs))
	for _, o := range objs {
		out = append(out, o.ID)
	}
	return out
}
