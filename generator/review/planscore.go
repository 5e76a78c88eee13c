package review

import (
	"strings"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// A PlanScore grades one team's plan for one period, 0 to 100, in the
// spirit of Tability's plan score: five parts of equal weight, each the
// share of the plan's objectives or key results the review found nothing
// wrong with. It reads the review's findings rather than judging again, so
// the score and `check` agree and a finding a file's check_ignore
// suppresses costs nothing.
//
//	Score = round(100 × (Focus + Outcomes + Ownership + Alignment + Freshness) / 5)
//
// Focus is the share of objectives without key-result-count or
// objective-numeric-title, halved when the team has too-many-objectives
// in the period; Outcomes the share of key results without kr-activity,
// kr-vague or no-target; Ownership the share of objectives without
// no-owner whose key results draw no kr-no-owner; Alignment the share of
// objectives without unaligned, root-without-priority, no-priority-chain
// or aligned-to-dropped; Freshness the share of key results without stale
// or kr-no-due. A part with nothing to count scores 1.
type PlanScore struct {
	Team   *model.Team
	Period *model.Period
	Score  int
	Parts  []ScorePart
	// First is the index in Parts of what to fix first: the weakest part
	// (the first of equals), -1 when every part is whole.
	First int
}

// ScorePart is one part of a plan score: Good of Total are free of its
// rules' findings, which Findings lists.
type ScorePart struct {
	ID, Name    string
	Good, Total int
	Findings    []diag.Diagnostic
}

// Share is Good of Total, 1 when there is nothing to count.
func (sp ScorePart) Share() float64 {
	if sp.Total == 0 {
		return 1
	}
	return float64(sp.Good) / float64(sp.Total)
}

// The rules behind each part: objective-level and key-result-level.
var (
	focusRules     = setOf(`key-result-count objective-numeric-title`)
	outcomeRules   = setOf(`kr-activity kr-vague no-target`)
	ownerRules     = setOf(`no-owner kr-no-owner`)
	alignmentRules = setOf(`unaligned root-without-priority no-priority-chain aligned-to-dropped`)
	freshRules     = setOf(`stale kr-no-due`)
)

// PlanScores grades every team's plan in every period that is not over
// (the review reads no other), from the review's findings. Teams without
// live objectives in a period get no score there.
func PlanScores(p *model.Portal, findings []diag.Diagnostic) []*PlanScore {
	byFile := map[string][]diag.Diagnostic{}
	for _, d := range findings {
		if d.Severity == diag.Suppressed || d.File == "" {
			continue // a finding of no file belongs to no plan
		}
		byFile[d.File] = append(byFile[d.File], d)
	}
	var out []*PlanScore
	for _, per := range p.Periods {
		if per.PhaseOn(p.Today) == model.PhaseClosed {
			continue
		}
		var order []*model.Team
		objs := map[*model.Team][]*model.Objective{}
		for _, o := range per.Objectives {
			if !Live(o) || o.Team == nil {
				continue
			}
			if objs[o.Team] == nil {
				order = append(order, o.Team)
			}
			objs[o.Team] = append(objs[o.Team], o)
		}
		for _, t := range order {
			out = append(out, planScore(t, per, objs[t], byFile))
		}
	}
	return out
}

// planScore grades objs, team t's live objectives of per.
func planScore(t *model.Team, per *model.Period, objs []*model.Objective, byFile map[string][]diag.Diagnostic) *PlanScore {
	ps := &PlanScore{Team: t, Period: per, Parts: []ScorePart{
		{ID: "focus", Name: "Focus"},
		{ID: "outcomes", Name: "Measurable outcomes"},
		{ID: "ownership", Name: "Ownership"},
		{ID: "alignment", Name: "Alignment"},
		{ID: "freshness", Name: "Freshness"},
	}}
	focus, outcomes, owners, align, fresh := &ps.Parts[0], &ps.Parts[1], &ps.Parts[2], &ps.Parts[3], &ps.Parts[4]
	crowded := false
	for _, d := range byFile[t.Source.File] {
		// too-many-objectives names the period it counts.
		if d.Rule == "too-many-objectives" && strings.Contains(d.Message, " in "+per.Name+";") {
			crowded = true
			focus.Findings = append(focus.Findings, d)
		}
	}
	for _, o := range objs {
		ds := byFile[o.Source.File]
		focus.Total++
		owners.Total++
		align.Total++
		if !take(focus, ds, focusRules, nil) {
			focus.Good++
		}
		if !take(owners, ds, ownerRules, nil) {
			owners.Good++
		}
		if !take(align, ds, alignmentRules, nil) {
			align.Good++
		}
		for _, kr := range o.KeyResults {
			outcomes.Total++
			fresh.Total++
			if !take(outcomes, ds, outcomeRules, kr) {
				outcomes.Good++
			}
			if !take(fresh, ds, freshRules, kr) {
				fresh.Good++
			}
		}
	}
	sum := 0.0
	ps.First = -1
	for i := range ps.Parts {
		share := ps.Parts[i].Share()
		if i == 0 && crowded {
			share /= 2
		}
		sum += share
		if share < 1 && (ps.First < 0 || share < partShare(ps, ps.First, crowded)) {
			ps.First = i
		}
	}
	ps.Score = int(sum*20 + 0.5)
	return ps
}

// partShare is part i's share, focus halved when crowded.
func partShare(ps *PlanScore, i int, crowded bool) float64 {
	s := ps.Parts[i].Share()
	if i == 0 && crowded {
		s /= 2
	}
	return s
}

// take adds to part the findings of ds under rules about the objective
// (kr nil: findings on the objective's own line or any of its lines for
// rules of the objective as a whole) or about kr (findings on kr's line),
// and reports whether there were any.
func take(part *ScorePart, ds []diag.Diagnostic, rules map[string]bool, kr *model.KeyResult) bool {
	found := false
	for _, d := range ds {
		if !rules[d.Rule] {
			continue
		}
		if kr != nil && d.Line != kr.Line {
			continue
		}
		part.Findings = append(part.Findings, d)
		found = true
	}
	return found
}
