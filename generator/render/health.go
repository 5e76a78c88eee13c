package render

import (
	"fmt"
	"sort"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
)

// health is the health page's content: the four superpowers of OKRs, each
// with figures of the running periods, and the review's findings.
type health struct {
	// Periods are the periods measured: those running today.
	Periods []*model.Period
	Powers  []*power
	// Other holds review findings of no superpower group (errors, strategy).
	Other []findingGroup
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
	Findings []finding // from the review
}

// fact is a secondary figure.
type fact struct{ Label, Value string }

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

// newHealth computes the figures of the running periods with
// review.Measure and files the review's findings (Options.Findings) under
// them: both come from the computation `check` runs, so the page and
// `check` agree and no rule is written here a second time.
func newHealth(s *site) *health {
	fig := review.Measure(s.p)
	h := &health{Periods: fig.Periods, Powers: []*power{
		focusPower(fig), alignmentPower(fig), transparencyPower(fig), engagementPower(fig),
	}}
	s.attachFindings(h)
	if focus := h.Powers[0]; len(focus.Findings) > 0 && focus.Level == "good" {
		focus.Level = "warn"
	}
	return h
}

// Tiles are the four superpowers for the home page.
func (h *health) Tiles() []*power { return h.Powers }

func focusPower(fig review.Figures) *power {
	pw := &power{ID: "focus", Name: "Focus", Question: "Are we doing a few things that matter?"}
	perTeam := ratio(fig.Objectives, fig.TeamsWithObjectives)
	pw.Figure, pw.Caption = fmt.Sprintf("%.1f", perTeam), "objectives per team"
	pw.Facts = []fact{
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

func alignmentPower(fig review.Figures) *power {
	pw := &power{ID: "alignment", Name: "Alignment", Question: "Does every objective trace up to the strategy?"}
	pw.percent(fig.Aligned, fig.Objectives, "of objectives aligned to a priority or parent")
	pw.Facts = []fact{
		{"Aligned to a parent objective", fmt.Sprint(fig.WithParent)},
		{"Not aligned", fmt.Sprint(fig.Objectives - fig.Aligned)},
	}
	return pw
}

func transparencyPower(fig review.Figures) *power {
	pw := &power{ID: "transparency", Name: "Transparency", Question: "Can everyone see what every team is working on, and why?"}
	pw.percent(fig.TeamsWithObjectives, fig.Teams, "of teams have objectives running now")
	pw.Facts = []fact{
		{"Objectives that say why", pctOf(fig.WithWhy, fig.Objectives)},
		{"Check-ins with a note", pctOf(fig.WithNote, fig.Checkins)},
	}
	return pw
}

func engagementPower(fig review.Figures) *power {
	pw := &power{ID: "engagement", Name: "Engagement", Question: "Are people updating their key results?"}
	if fig.StaleAfterDays <= 0 {
		pw.Figure, pw.Caption, pw.Level = "–", "check-in freshness is not reviewed (stale_after_days: 0)", "none"
	} else {
		pw.percent(fig.Fresh, fig.Checkable, fmt.Sprintf("of key results checked in within %d days", fig.StaleAfterDays))
	}
	pw.Facts = []fact{
		{"Objectives with an owner", pctOf(fig.Owned, fig.Objectives)},
		{"Check-ins with a confidence", pctOf(fig.WithConfidence, fig.Checkins)},
	}
	return pw
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

// attachFindings files the review findings under their superpower, or
// under Other for other groups.
func (s *site) attachFindings(h *health) {
	byID := map[string]*power{}
	for _, pw := range h.Powers {
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
