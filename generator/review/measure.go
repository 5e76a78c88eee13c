package review

import (
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// Figures are the health page's numbers for the four superpowers. Measure
// computes them over the objectives of the running periods with the same
// predicates as the rules, so that the page and `check` agree: an
// objective the rule `unaligned` flags is one Aligned does not count, a
// key result `stale` flags is one Fresh does not count.
type Figures struct {
	// Periods are the running periods measured.
	Periods []*model.Period
	// Objectives of the running periods; drafts are left out, as by the
	// rules: they are not yet part of the portal.
	Objectives int
	// KeyResults of those objectives.
	KeyResults int
	// Teams of the portal, and those with objectives in a running period.
	Teams, TeamsWithObjectives int
	// Aligned objectives name a priority or align to another objective;
	// WithParent align to another objective.
	Aligned, WithParent int
	// WithWhy objectives explain why they matter (a body).
	WithWhy int
	// Owned objectives have an owner.
	Owned int
	// Checkable key results are expected to be checked in: they can take
	// a check-in (not rollups), are not finished, and belong to live
	// objectives (neither draft nor dropped) of active periods — those the
	// rule `stale` looks at. Fresh of them were checked in within
	// StaleAfterDays. With StaleAfterDays 0 freshness is not measured.
	Checkable, Fresh int
	StaleAfterDays   int
	// WithNote and WithConfidence count the check-ins of the measured
	// objectives that carry a note or a confidence; Checkins counts them
	// all.
	Checkins, WithNote, WithConfidence int
	// WithNoteOrConfidence count the check-ins with either.
	WithNoteOrConfidence int

	// The coach's figures, measuring use rather than presence.

	// LiveKRs are the key results of live objectives, those the rule
	// kr-activity reads; Outcomes of them are worded as outcomes (the rule
	// does not flag them).
	LiveKRs, Outcomes int
	// ToKeyResult of the WithParent objectives align to a key result of
	// their parent (aligns_to: obj#kr), or have a key result aligned to
	// one: the link says which result they move, not only whose objective.
	ToKeyResult int
	// Dependencies are the depends_on links of live objectives; AtRisk of
	// them point to an objective at risk or off track (the rule
	// depends-on-at-risk).
	Dependencies, AtRisk int
	// People of the portal; Involved of them own or contribute to a
	// measured objective, or own one of its key results.
	People, Involved int
}

// Measure computes the figures of p, which must be computed, over the
// running periods.
func Measure(p *model.Portal) Figures { return MeasurePeriods(p, running(p)) }

// MeasurePeriods computes the figures of p over the objectives of now.
func MeasurePeriods(p *model.Portal, now []*model.Period) Figures {
	f := Figures{Periods: now, Teams: len(p.Teams), People: len(p.People), StaleAfterDays: p.Settings.Check.StaleAfterDays}
	involved := map[*model.Person]bool{}
	for _, t := range p.Teams {
		if hasRunning(t.Objectives, now) {
			f.TeamsWithObjectives++
		}
	}
	for _, per := range now {
		for _, o := range published(per.Objectives) {
			f.objective(p, o)
			involve(involved, o)
		}
	}
	f.Involved = len(involved)
	return f
}

// involve marks the owners and contributors of o and its key results.
func involve(seen map[*model.Person]bool, o *model.Objective) {
	for _, ps := range [][]*model.Person{o.Owners, o.Contributors} {
		for _, x := range ps {
			seen[x] = true
		}
	}
	for _, kr := range o.KeyResults {
		for _, x := range kr.Owners {
			seen[x] = true
		}
	}
}

// Previous returns, for each period of now, the period of the same length
// that ended last before it started (2026-Q3 for 2026-Q4, 2025 for 2026),
// without repeats; nil when none has one.
func Previous(p *model.Portal, now []*model.Period) []*model.Period {
	var out []*model.Period
	for _, cur := range now {
		var best *model.Period
		for _, q := range p.Periods {
			if q == cur || !q.End.Before(cur.Start) || !q.SameKind(cur) {
				continue
			}
			if best == nil || q.End.After(best.End) {
				best = q
			}
		}
		if best != nil && !isRunning(out, best) {
			out = append(out, best)
		}
	}
	return out
}

// objective adds o's figures.
func (f *Figures) objective(p *model.Portal, o *model.Objective) {
	f.Objectives++
	f.KeyResults += len(o.KeyResults)
	if aligned(o) {
		f.Aligned++
	}
	if len(o.AlignsTo) > 0 {
		f.WithParent++
	}
	if !o.Body.Empty() {
		f.WithWhy++
	}
	if o.Owner != nil {
		f.Owned++
	}
	if len(o.AlignsTo) > 0 && toKeyResult(o) {
		f.ToKeyResult++
	}
	if Live(o) {
		f.LiveKRs += len(o.KeyResults)
		for _, kr := range o.KeyResults {
			if ActivityWord(kr.Title) == "" {
				f.Outcomes++
			}
		}
		f.Dependencies += len(o.DependsOn)
		for _, d := range o.DependsOn {
			if troubled(d) {
				f.AtRisk++
			}
		}
	}
	active := o.Period.PhaseOn(p.Today) == model.PhaseActive
	for _, kr := range o.KeyResults {
		for _, c := range kr.Checkins {
			f.Checkins++
			if c.Note != "" {
				f.WithNote++
			}
			if c.Confidence != nil {
				f.WithConfidence++
			}
			if c.Note != "" || c.Confidence != nil {
				f.WithNoteOrConfidence++
			}
		}
		if !active || !ExpectsCheckins(o, kr) {
			continue
		}
		f.Checkable++
		if f.StaleAfterDays > 0 && !Stale(p, o, kr) {
			f.Fresh++
		}
	}
}

// toKeyResult reports whether o aligns to a key result of a parent, or
// has a key result aligned to one.
func toKeyResult(o *model.Objective) bool {
	for _, a := range o.AlignsTo {
		if a.KeyResult != nil {
			return true
		}
	}
	for _, kr := range o.KeyResults {
		if len(kr.AlignsTo) > 0 {
			return true
		}
	}
	return false
}

// aligned reports whether o traces up to the strategy directly: it names
// a priority or aligns to another objective (the rule `unaligned`).
func aligned(o *model.Objective) bool { return len(o.AlignsTo) > 0 || len(o.Priorities) > 0 }

// staleDays is how many days before today kr was last checked in, or the
// period started when it never was.
func staleDays(o *model.Objective, kr *model.KeyResult, today time.Time) int {
	last := o.Period.Start
	if c := kr.Latest(); c != nil && c.Date.After(last) {
		last = c.Date
	}
	return int(today.Sub(last).Hours() / 24)
}
