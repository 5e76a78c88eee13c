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
	// Periods are the periods measured: those running today.
	Periods []*model.Period
	Powers  []*Power
	// Strategy holds the strategy review's findings (the rules of group
	// review.Strategy), shown on the health and strategy pages.
	Strategy []Finding
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
	Findings []Finding // from the review
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
	Group    string
	Findings []Finding
}

// NewHealth computes the figures of the running periods with
// review.Measure and files the review's findings (render's
// Options.Findings) under them: both come from the computation `check`
// runs, so the page and `check` agree and no rule is written here a
// second time. files maps a source file to the site path of its page,
// for the findings' links.
func NewHealth(p *model.Portal, findings []diag.Diagnostic, files map[string]string) *Health {
	fig := review.Measure(p)
	h := &Health{Periods: fig.Periods, Powers: []*Power{
		focusPower(fig), alignmentPower(fig), transparencyPower(fig), engagementPower(fig),
	}}
	h.attachFindings(findings, files)
	if focus := h.Powers[0]; len(focus.Findings) > 0 && focus.Level == "good" {
		focus.Level = "warn"
	}
	return h
}

// Tiles are the four superpowers for the home page.
func (h *Health) Tiles() []*Power { return h.Powers }

func focusPower(fig review.Figures) *Power {
	pw := &Power{ID: "focus", Name: "Focus", Question: "Are we doing a few things that matter?"}
	perTeam := ratio(fig.Objectives, fig.TeamsWithObjectives)
	pw.Figure, pw.Caption = fmt.Sprintf("%.1f", perTeam), "objectives per team"
	pw.Facts = []Fact{
		{"Key results per objective", fmt.Sprintf("%.1f", ratio(fig.KeyResults, fig.Objectives))},
		{"Teams with objectives", fmt.Sprint(fig.TeamsWithObjectives)},
		{"Objectives running now", fmt.Sprint(fig.Objectives)},
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

func transparencyPower(fig review.Figures) *Power {
	pw := &Power{ID: "transparency", Name: "Transparency", Question: "Can everyone see what every team is working on, and why?"}
	pw.percent(fig.TeamsWithObjectives, fig.Teams, "of teams have objectives running now")
	pw.Facts = []Fact{
		{"Objectives that say why", PercentOf(fig.WithWhy, fig.Objectives)},
		{"Check-ins with a note", PercentOf(fig.WithNote, fig.Checkins)},
	}
	return pw
}

func engagementPower(fig review.Figures) *Power {
	pw := &Power{ID: "engagement", Name: "Engagement", Question: "Are people updating their key results?"}
	if fig.StaleAfterDays <= 0 {
		pw.Figure, pw.Caption, pw.Level = "–", "check-in freshness is not reviewed (stale_after_days: 0)", "none"
	} else {
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
			pw.Findings = append(pw.Findings, f)
			continue
		}
		if d.Group == review.Strategy {
			h.Strategy = append(h.Strategy, f)
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
		h.Other = append(h.Other, FindingGroup{Group: groupName(g), Findings: other[g]})
	}
}

func groupName(g string) string {
	switch g {
	case "":
		return "Other"
	}
	return g
}
