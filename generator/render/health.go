package render

import (
	"fmt"
	"sort"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// health is the health page's content: the four superpowers of OKRs, each
// with figures computed from the current period, and findings.
type health struct {
	Powers []*power
	// Other holds review findings of no superpower group (errors, strategy).
	Other []findingGroup
	// Reviewed is true when findings came from the review (Options.Findings).
	Reviewed bool
}

// power is one superpower: focus, alignment, transparency or engagement.
type power struct {
	ID       string // anchor and group name
	Name     string
	Question string
	Figure   string // the headline figure, e.g. "87%"
	Caption  string // what the figure counts
	Level    string // good, warn or bad
	Facts    []fact
	Issues   []issue   // computed here when there are no review findings
	More     int       // issues left off
	Findings []finding // from the review
}

// fact is a secondary figure.
type fact struct{ Label, Value string }

// issue is one thing to look at, linking to its page.
type issue struct {
	Text string
	Path string // site path of the page, may be ""
}

// finding is one review diagnostic with the page of its file.
type finding struct {
	diag.Diagnostic
	Path string
}

// findingGroup is the findings of one group.
type findingGroup struct {
	Group    string
	Findings []finding
}

// maxIssues caps each superpower's computed issue list.
const maxIssues = 50

// newHealth computes the figures of the current period of s.
func newHealth(s *site) *health {
	var objs []*model.Objective
	if s.Current != nil {
		objs = s.Current.Objectives
	}
	h := &health{Powers: []*power{
		focusPower(s, objs), alignmentPower(objs), transparencyPower(s, objs), engagementPower(s, objs),
	}}
	if len(s.opts.Findings) > 0 {
		h.Reviewed = true
		s.attachFindings(h)
	}
	return h
}

// Tiles are the four superpowers for the home page.
func (h *health) Tiles() []*power { return h.Powers }

func focusPower(s *site, objs []*model.Objective) *power {
	cs := checkSettings(s.p)
	pw := &power{ID: "focus", Name: "Focus", Question: "Are we doing a few things that matter?"}
	teams, krs := 0, 0
	for _, t := range s.p.Teams {
		n := len(s.teams[t].Objectives)
		if n > 0 {
			teams++
		}
		if n > cs.MaxObjectivesPerTeam {
			pw.add(fmt.Sprintf("%s has %d objectives (more than %d)", t.Name, n, cs.MaxObjectivesPerTeam), teamPath(t))
		}
	}
	for _, o := range objs {
		krs += len(o.KeyResults)
		if n := len(o.KeyResults); n < cs.MinKeyResults || n > cs.MaxKeyResults {
			pw.add(fmt.Sprintf("%s has %d key results (aim for %d–%d)", o.Title, n, cs.MinKeyResults, cs.MaxKeyResults), objPath(o))
		}
	}
	perTeam := ratio(len(objs), teams)
	pw.Figure, pw.Caption = fmt.Sprintf("%.1f", perTeam), "objectives per team"
	pw.Facts = []fact{
		{"Key results per objective", fmt.Sprintf("%.1f", ratio(krs, len(objs)))},
		{"Teams with objectives", fmt.Sprint(teams)},
		{"Objectives this period", fmt.Sprint(len(objs))},
	}
	pw.Level = "good"
	if perTeam > float64(cs.MaxObjectivesPerTeam) || len(pw.Issues) > 0 {
		pw.Level = "warn"
	}
	if len(objs) == 0 {
		pw.Level, pw.Figure = "none", "–"
	}
	return pw
}

func alignmentPower(objs []*model.Objective) *power {
	pw := &power{ID: "alignment", Name: "Alignment", Question: "Does every objective trace up to the strategy?"}
	aligned, withParent := 0, 0
	for _, o := range objs {
		if len(o.AlignsTo) > 0 {
			withParent++
		}
		if len(o.AlignsTo) > 0 || len(o.Priorities) > 0 {
			aligned++
			continue
		}
		pw.add(o.Title+" aligns to nothing", objPath(o))
	}
	pw.percent(aligned, len(objs), "of objectives aligned to a priority or parent")
	pw.Facts = []fact{
		{"Aligned to a parent objective", fmt.Sprint(withParent)},
		{"Not aligned", fmt.Sprint(len(objs) - aligned)},
	}
	return pw
}

func transparencyPower(s *site, objs []*model.Objective) *power {
	pw := &power{ID: "transparency", Name: "Transparency", Question: "Can everyone see what every team is working on, and why?"}
	with := 0
	for _, t := range s.p.Teams {
		if len(s.teams[t].Objectives) > 0 {
			with++
			continue
		}
		pw.add(t.Name+" has no objectives this period", teamPath(t))
	}
	why := 0
	for _, o := range objs {
		if !o.Body.Empty() {
			why++
			continue
		}
		pw.add(o.Title+" has no “why”", objPath(o))
	}
	pw.percent(with, len(s.p.Teams), "of teams have objectives this period")
	pw.Facts = []fact{{"Objectives that say why", pctOf(why, len(objs))}}
	return pw
}

func engagementPower(s *site, objs []*model.Objective) *power {
	pw := &power{ID: "engagement", Name: "Engagement", Question: "Are people updating their key results?"}
	days := checkSettings(s.p).StaleAfterDays
	total, upToDate, owned, live := 0, 0, 0, 0
	for _, o := range objs {
		if !liveObjective(o) {
			continue
		}
		live++
		if o.Owner != nil {
			owned++
		} else {
			pw.add(o.Title+" has no owner", objPath(o))
		}
		for _, k := range o.KeyResults {
			if !takesCheckins(k) {
				continue
			}
			total++
			if fresh(k.Latest(), s.p.Today, days) {
				upToDate++
				continue
			}
			pw.add(fmt.Sprintf("%s: no check-in in %d days", k.Title, days), objPath(o)+"#"+krAnchor(k))
		}
	}
	pw.percent(upToDate, total, fmt.Sprintf("of key results checked in within %d days", days))
	pw.Facts = []fact{{"Objectives with an owner", pctOf(owned, live)}}
	if s.Current == nil || s.Current.PhaseOn(s.p.Today) != model.PhaseActive {
		pw.Level, pw.Issues, pw.More = "none", nil, 0
	}
	return pw
}

// liveObjective reports whether o counts in the engagement figures: not
// a draft, not dropped.
// TODO(issue 9): take this and the figures from the computation that
// check shares, once review exposes it.
func liveObjective(o *model.Objective) bool {
	return !o.Draft && o.Computed.Status != model.StatusDropped && o.StatusOverride != model.StatusDropped
}

// takesCheckins reports whether k can take a check-in: every kind but a
// roll-up, whose progress comes from what aligns to it.
func takesCheckins(k *model.KeyResult) bool { return k.Kind != model.KindRollup }

// add records an issue, keeping at most maxIssues.
func (pw *power) add(text, path string) {
	if len(pw.Issues) >= maxIssues {
		pw.More++
		return
	}
	pw.Issues = append(pw.Issues, issue{Text: text, Path: path})
}

// percent sets the headline figure to n of total as a percentage and the
// level from it.
func (pw *power) percent(n, total int, caption string) {
	pw.Figure, pw.Caption = pctOf(n, total), caption
	switch f := ratio(n, total); {
	case total == 0:
		pw.Level = "none"
	case f >= 0.8:
		pw.Level = "good"
	case f >= 0.5:
		pw.Level = "warn"
	default:
		pw.Level = "bad"
	}
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func pctOf(n, d int) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%d%%", int(ratio(n, d)*100+0.5))
}

// checkSettings returns the portal's thresholds with unset ones defaulted.
func checkSettings(p *model.Portal) model.CheckSettings {
	cs, def := p.Settings.Check, model.DefaultCheckSettings()
	for _, f := range []struct{ v, d *int }{
		{&cs.MaxObjectivesPerTeam, &def.MaxObjectivesPerTeam},
		{&cs.MaxObjectivesPerOwner, &def.MaxObjectivesPerOwner},
		{&cs.MinKeyResults, &def.MinKeyResults},
		{&cs.MaxKeyResults, &def.MaxKeyResults},
		{&cs.StaleAfterDays, &def.StaleAfterDays},
	} {
		if *f.v <= 0 {
			*f.v = *f.d
		}
	}
	return cs
}

// attachFindings files the review findings under their superpower, or
// under Other for other groups, replacing the computed issue lists.
func (s *site) attachFindings(h *health) {
	byID := map[string]*power{}
	for _, pw := range h.Powers {
		pw.Issues, pw.More = nil, 0
		byID[pw.ID] = pw
	}
	other := map[string][]finding{}
	for _, d := range s.opts.Findings {
		f := finding{Diagnostic: d, Path: s.files[d.File]}
		if pw := byID[d.Group]; pw != nil {
			pw.Findings = append(pw.Findings, f)
			continue
		}
		other[d.Group] = append(other[d.Group], f)
	}
	groups := make([]string, 0, len(other))
	for g := range other {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		h.Other = append(h.Other, findingGroup{Group: groupName(g), Findings: other[g]})
	}
}

func groupName(g string) string {
	switch g {
	case "":
		return "Other"
	case "strategy":
		return "Strategy"
	}
	return g
}

// fresh reports whether c is within days of today.
func fresh(c *model.Checkin, today time.Time, days int) bool {
	return c != nil && !c.Date.Before(today.AddDate(0, 0, -days))
}
