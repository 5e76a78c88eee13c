package render

import (
	"fmt"
	"sort"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
)

// health is the health page's content: the four superpowers of OKRs, each
// with figures computed from the current period, and findings.
type health struct {
	// Periods are the periods measured: those running today.
	Periods []*model.Period
	Powers  []*power
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

// newHealth computes the figures of the periods running today (the
// current period when none is) with review.Measure, the computation that
// check shares, so that the page and check agree.
func newHealth(s *site) *health {
	fig := review.Measure(s.p)
	objs := liveListed(fig.Periods)
	h := &health{Periods: fig.Periods, Powers: []*power{
		focusPower(s, objs, fig), alignmentPower(objs, fig), transparencyPower(s, objs, fig), engagementPower(s, objs, fig),
	}}
	if len(s.opts.Findings) > 0 {
		h.Reviewed = true
		s.attachFindings(h)
		if focus := h.Powers[0]; len(focus.Findings) > 0 && focus.Level == "good" {
			focus.Level = "warn" // as its own issues would make it
		}
	}
	return h
}

// liveListed are the objectives of periods that are not drafts: those the
// figures count, for the issue lists.
func liveListed(periods []*model.Period) []*model.Objective {
	var out []*model.Objective
	for _, pe := range periods {
		for _, o := range pe.Objectives {
			if !o.Draft {
				out = append(out, o)
			}
		}
	}
	return out
}

// Tiles are the four superpowers for the home page.
func (h *health) Tiles() []*power { return h.Powers }

// The issue lists below are shown only when the page has no review
// findings (Options.Findings): they restate rules of package review in
// brief. The figures come from review.Measure.

func focusPower(s *site, objs []*model.Objective, fig review.Figures) *power {
	cs := checkSettings(s.p)
	pw := &power{ID: "focus", Name: "Focus", Question: "Are we doing a few things that matter?"}
	type teamPeriod struct {
		t  *model.Team
		pe *model.Period
	}
	perTeamList := map[teamPeriod]int{} // as the rule counts: per period
	for _, o := range objs {
		perTeamList[teamPeriod{o.Team, o.Period}]++
		if n := len(o.KeyResults); n < cs.MinKeyResults || n > cs.MaxKeyResults {
			pw.add(fmt.Sprintf("%s has %d key results (aim for %d–%d)", o.Title, n, cs.MinKeyResults, cs.MaxKeyResults), objPath(o))
		}
	}
	for _, pe := range fig.Periods {
		for _, t := range s.p.Teams {
			if n := perTeamList[teamPeriod{t, pe}]; n > cs.MaxObjectivesPerTeam {
				pw.add(fmt.Sprintf("%s has %d objectives in %s (more than %d)", t.Name, n, pe.Name, cs.MaxObjectivesPerTeam), teamPath(t))
			}
		}
	}
	perTeam := ratio(fig.Objectives, fig.TeamsWithObjectives)
	pw.Figure, pw.Caption = fmt.Sprintf("%.1f", perTeam), "objectives per team"
	pw.Facts = []fact{
		{"Key results per objective", fmt.Sprintf("%.1f", ratio(fig.KeyResults, fig.Objectives))},
		{"Teams with objectives", fmt.Sprint(fig.TeamsWithObjectives)},
		{"Objectives running now", fmt.Sprint(fig.Objectives)},
	}
	pw.Level = "good"
	if perTeam > float64(cs.MaxObjectivesPerTeam) || len(pw.Issues) > 0 && len(s.opts.Findings) == 0 {
		pw.Level = "warn"
	}
	if fig.Objectives == 0 {
		pw.Level, pw.Figure = "none", "–"
	}
	return pw
}

func alignmentPower(objs []*model.Objective, fig review.Figures) *power {
	pw := &power{ID: "alignment", Name: "Alignment", Question: "Does every objective trace up to the strategy?"}
	for _, o := range objs {
		if len(o.AlignsTo) == 0 && len(o.Priorities) == 0 {
			pw.add(o.Title+" aligns to nothing", objPath(o))
		}
	}
	pw.percent(fig.Aligned, fig.Objectives, "of objectives aligned to a priority or parent")
	pw.Facts = []fact{
		{"Aligned to a parent objective", fmt.Sprint(fig.WithParent)},
		{"Not aligned", fmt.Sprint(fig.Objectives - fig.Aligned)},
	}
	return pw
}

func transparencyPower(s *site, objs []*model.Objective, fig review.Figures) *power {
	pw := &power{ID: "transparency", Name: "Transparency", Question: "Can everyone see what every team is working on, and why?"}
	with := map[*model.Team]bool{}
	for _, o := range objs {
		with[o.Team] = true
	}
	for _, t := range s.p.Teams {
		if !with[t] {
			pw.add(t.Name+" has no objectives running now", teamPath(t))
		}
	}
	for _, o := range objs {
		if o.Body.Empty() {
			pw.add(o.Title+" has no “why”", objPath(o))
		}
	}
	pw.percent(fig.TeamsWithObjectives, fig.Teams, "of teams have objectives running now")
	pw.Facts = []fact{{"Objectives that say why", pctOf(fig.WithWhy, fig.Objectives)}}
	return pw
}

func engagementPower(s *site, objs []*model.Objective, fig review.Figures) *power {
	pw := &power{ID: "engagement", Name: "Engagement", Question: "Are people updating their key results?"}
	days := checkSettings(s.p).StaleAfterDays
	for _, o := range objs {
		if !liveObjective(o) {
			continue
		}
		if o.Owner == nil {
			pw.add(o.Title+" has no owner", objPath(o))
		}
		if o.Period.PhaseOn(s.p.Today) != model.PhaseActive {
			continue
		}
		for _, k := range o.KeyResults {
			if expectsCheckins(o, k) && !fresh(o, k, s.p.Today, days) {
				pw.add(fmt.Sprintf("%s: no check-in in %d days", k.Title, days), objPath(o)+"#"+krAnchor(k))
			}
		}
	}
	pw.percent(fig.Fresh, fig.Checkable, fmt.Sprintf("of key results checked in within %d days", days))
	pw.Facts = []fact{{"Objectives with an owner", pctOf(fig.Owned, fig.Objectives)}}
	if fig.Checkable == 0 {
		pw.Level, pw.Issues, pw.More = "none", nil, 0
	}
	return pw
}

// liveObjective reports whether o counts in the engagement figures: not
// a draft, not dropped (review's live).
func liveObjective(o *model.Objective) bool {
	return !o.Draft && o.StatusOverride != model.StatusDropped && o.Computed.Status != model.StatusDropped
}

// expectsCheckins reports whether k of o is expected to be checked in:
// o is live, k is no roll-up (whose progress comes from what aligns to
// it) and not finished, unless it keeps a line. It restates review's
// unexported predicate of the same name, which Measure counts by.
// TODO(issue 9): use review's once exported.
func expectsCheckins(o *model.Objective, k *model.KeyResult) bool {
	if !liveObjective(o) || k.Kind == model.KindRollup {
		return false
	}
	switch k.Kind {
	case model.KindKeepAbove, model.KindKeepBelow:
		return true
	}
	return !(k.Computed.HasData && k.Computed.Progress >= 1)
}

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

// fresh reports whether k of o was checked in within days of today, or
// its period started since: as review's stale rule and Measure judge it.
func fresh(o *model.Objective, k *model.KeyResult, today time.Time, days int) bool {
	last := o.Period.Start
	if c := k.Latest(); c != nil && c.Date.After(last) {
		last = c.Date
	}
	return !last.Before(today.AddDate(0, 0, -days))
}
