package pagedata

import (
	"fmt"
	"sort"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
)

// Health is the health page's content: the four superpowers of OKRs, each
// with figures of the running periods, and the review's findings.
type Health struct {
	// Periods are the periods measured: those running today, else the
	// current period (model.Portal.Now).
	Periods []*model.Period
	// When says which objectives the figures are of, after "the OKRs":
	// "running now", or, when no period runs, "in 2026-Q3".
	When   string
	Powers []*Power
	// Coach are the figures a coach tracks, against their targets and the
	// previous periods (Previous, of the same lengths; none when empty).
	Coach    []CoachFigure
	Previous []*model.Period
	// Plans are the plan scores of the teams in the running periods,
	// weakest first.
	Plans PlanList
	// Strategy holds the strategy review's findings (the rules of group
	// review.Strategy), shown on the health and strategy pages.
	Strategy []Finding
	// StrategyMore is the number of strategy findings left off the page.
	StrategyMore int
	// Other holds review findings of no superpower group nor the strategy
	// (errors, loading warnings).
	Other []FindingGroup
}

// Power is one superpower: focus, alignment, transparency or engagement.
type Power struct {
	ID       string // anchor and group name
	Name     string
	Question string
	Figure   string // the headline figure, e.g. "87%"
	Caption  string // what the figure counts
	Level    string // good, warn or bad
	Facts    []Fact
	Findings []Finding // from the review, at most MaxFindings
	// FindingsMore is the number of findings left off the page.
	FindingsMore int
}

// MaxFindings caps each list of findings on the health page, so that the
// page stays small on a large portal; `okrportal check` lists them all.
const MaxFindings = 100

// CoachFigure is one of review.Gauges as the health page shows it.
type CoachFigure struct {
	ID, Name string
	Value    string // "72%", "–" with nothing to count
	Count    string // "13 of 18"
	Target   string // "≥ 80%" or "≤ 20%"
	Level    string // good (target met), bad, or none
	Previous string // the previous periods' value, "–" when unknown
	// Trend is the change since the previous periods ("+12 pts"), "" when
	// either is unknown; Better tells whether it moved towards the target
	// ("better", "worse" or "same").
	Trend, Better string
	// Link is the site path of the list behind the figure, LinkText its
	// name.
	Link, LinkText string
}

// coachLabels name each gauge and the list behind it.
var coachLabels = map[string][3]string{
	"outcomes":             {"Key results worded as outcomes", "health/#focus", "kr-activity findings"},
	"kr-alignment":         {"Aligned to a key result, not only an objective", "alignment/", "alignment tree"},
	"dependencies-at-risk": {"Dependencies on at-risk work", "health/#alignment", "depends-on-at-risk findings"},
	"involved":             {"People involved in these objectives", "people/", "people"},
	"checkin-notes":        {"Check-ins with a note or a confidence", "updates/", "latest check-ins"},
}

// coachFigures pairs the gauges of now with those of before (nil when no
// previous period).
func coachFigures(now, before []review.Gauge) []CoachFigure {
	out := make([]CoachFigure, 0, len(now))
	for i, g := range now {
		l := coachLabels[g.ID]
		cf := CoachFigure{ID: g.ID, Name: l[0], Link: l[1], LinkText: l[2], Value: "–", Previous: "–", Level: "none"}
		cf.Target = fmt.Sprintf("≥ %d%%", g.Target)
		if g.AtMost {
			cf.Target = fmt.Sprintf("≤ %d%%", g.Target)
		}
		pct, ok := g.Percent()
		if ok {
			cf.Value, cf.Count = fmt.Sprintf("%d%%", pct), fmt.Sprintf("%d of %d", g.N, g.D)
			cf.Level = "bad"
			if g.Met() {
				cf.Level = "good"
			}
		}
		if before != nil {
			if prev, pok := before[i].Percent(); pok {
				cf.Previous = fmt.Sprintf("%d%%", prev)
				if ok {
					cf.Trend, cf.Better = trend(pct-prev, g.AtMost)
				}
			}
		}
		out = append(out, cf)
	}
	return out
}

// trend words a change of d points and whether it is for the better.
func trend(d int, atMost bool) (text, better string) {
	switch {
	case d == 0:
		return "±0 pts", "same"
	case (d > 0) != atMost:
		return fmt.Sprintf("%+d pts", d), "better"
	}
	return fmt.Sprintf("%+d pts", d), "worse"
}

// Fact is a secondary figure.
type Fact struct{ Label, Value string }

// Finding is one review diagnostic with the page of its file.
type Finding struct {
	diag.Diagnostic
	Path string
}

// FindingGroup is the findings of one group.
type FindingGroup struct {
	Group        string
	Findings     []Finding // at most MaxFindings
	FindingsMore int       // left off the page
}

// NewHealth computes the figures of the running periods with
// review.Measure and files the review's findings (render's
// Options.Findings) under them: both come from the computation `check`
// runs, so the page and `check` agree and no rule is written here a
// second time. files maps a source file to the site path of its page,
// for the findings' links.
func NewHealth(p *model.Portal, findings []diag.Diagnostic, scores []*review.PlanScore, files map[string]string) *Health {
	fig := review.Measure(p)
	active := false // a measured period is under way (current_period can name one that has closed)
	for _, pe := range fig.Periods {
		active = active || pe.PhaseOn(p.Today) == model.PhaseActive
	}
	when := "running now"
	if !active && len(fig.Periods) > 0 {
		when = "in " + model.PeriodNames(fig.Periods, "and")
	}
	h := &Health{Periods: fig.Periods, When: when, Powers: []*Power{
		focusPower(fig, when), alignmentPower(fig), transparencyPower(fig, when), engagementPower(fig, active),
	}}
	var before []review.Gauge
	if h.Previous = review.Previous(p, fig.Periods); len(h.Previous) > 0 {
		before = review.MeasurePeriods(p, h.Previous).Gauges(p.Settings.Check)
	}
	h.Coach = coachFigures(fig.Gauges(p.Settings.Check), before)
	h.Plans = Plans(scores, fig.Periods, files)
	h.attachFindings(findings, files)
	if focus := h.Powers[0]; len(focus.Findings) > 0 && focus.Level == "good" {
		focus.Level = "warn"
	}
	return h
}

// Tiles are the four superpowers for the home page.
func (h *Health) Tiles() []*Power { return h.Powers }

func focusPower(fig review.Figures, when string) *Power {
	pw := &Power{ID: "focus", Name: "Focus", Question: "Are we doing a few things that matter?"}
	perTeam := ratio(fig.Objectives, fig.TeamsWithObjectives)
	pw.Figure, pw.Caption = fmt.Sprintf("%.1f", perTeam), "objectives per team"
	pw.Facts = []Fact{
		{"Key results per objective", fmt.Sprintf("%.1f", ratio(fig.KeyResults, fig.Objectives))},
		{"Teams with objectives", fmt.Sprint(fig.TeamsWithObjectives)},
		{"Objectives " + when, fmt.Sprint(fig.Objectives)},
	}
	pw.Level = "good"
	if fig.Objectives == 0 {
		pw.Level, pw.Figure = "none", "–"
	}
	return pw
}

func alignmentPower(fig review.Figures) *Power {
	pw := &Power{ID: "alignment", Name: "Alignment", Question: "Does every objective trace up to the strategy?"}
	pw.percent(fig.Aligned, fig.Objectives, "of objectives aligned to a priority or parent")
	pw.Facts = []Fact{
		{"Aligned to a parent objective", fmt.Sprint(fig.WithParent)},
		{"Not aligned", fmt.Sprint(fig.Objectives - fig.Aligned)},
	}
	return pw
}

func transparencyPower(fig review.Figures, when string) *Power {
	pw := &Power{ID: "transparency", Name: "Transparency", Question: "Can everyone see what every team is working on, and why?"}
	pw.percent(fig.TeamsWithObjectives, fig.Teams, "of teams have objectives "+when)
	pw.Facts = []Fact{
		{"Objectives that say why", PercentOf(fig.WithWhy, fig.Objectives)},
		{"Check-ins with a note", PercentOf(fig.WithNote, fig.Checkins)},
	}
	return pw
}

// engagementPower is the engagement tile; active tells whether a measured
// period is under way (else no key result is due a check-in).
func engagementPower(fig review.Figures, active bool) *Power {
	pw := &Power{ID: "engagement", Name: "Engagement", Question: "Are people updating their key results?"}
	switch {
	case fig.StaleAfterDays <= 0:
		pw.Figure, pw.Caption, pw.Level = "–", "check-in freshness is not reviewed (stale_after_days: 0)", "none"
	case !active:
		pw.Figure, pw.Caption, pw.Level = "–", "no period is running, so no key result is due a check-in", "none"
	default:
		pw.percent(fig.Fresh, fig.Checkable, fmt.Sprintf("of key results checked in within %d days", fig.StaleAfterDays))
	}
	pw.Facts = []Fact{
		{"Objectives with an owner", PercentOf(fig.Owned, fig.Objectives)},
		{"Check-ins with a confidence", PercentOf(fig.WithConfidence, fig.Checkins)},
	}
	return pw
}

// percent sets the headline figure to n of total as a percentage and the
// level from it.
func (pw *Power) percent(n, total int, caption string) {
	pw.Figure, pw.Caption = PercentOf(n, total), caption
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

// PercentOf is n of d as a whole percentage, "–" when d is 0.
func PercentOf(n, d int) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%d%%", int(ratio(n, d)*100+0.5))
}

// attachFindings files the review findings under their superpower, or
// under Other for other groups.
func (h *Health) attachFindings(findings []diag.Diagnostic, files map[string]string) {
	byID := map[string]*Power{}
	for _, pw := range h.Powers {
		byID[pw.ID] = pw
	}
	other := map[string][]Finding{}
	for _, d := range findings {
		f := Finding{Diagnostic: d, Path: files[d.File]}
		if pw := byID[d.Group]; pw != nil {
			pw.Findings, pw.FindingsMore = capped(pw.Findings, pw.FindingsMore, f)
			continue
		}
		if d.Group == review.Strategy {
			h.Strategy, h.StrategyMore = capped(h.Strategy, h.StrategyMore, f)
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
		fs, more := other[g], 0
		if len(fs) > MaxFindings {
			fs, more = fs[:MaxFindings], len(fs)-MaxFindings
		}
		h.Other = append(h.Other, FindingGroup{Group: groupName(g), Findings: fs, FindingsMore: more})
	}
}

// capped appends f to list, or counts it in more once list holds
// MaxFindings.
func capped(list []Finding, more int, f Finding) ([]Finding, int) {
	if len(list) >= MaxFindings {
		return list, more + 1
	}
	return append(list, f), more
}

func groupName(g string) string {
	switch g {
	case "":
		return "Other"
	}
	return g
}
