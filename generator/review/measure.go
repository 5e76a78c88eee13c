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
}

// Measure computes the figures of p, which must be computed.
func Measure(p *model.Portal) Figures {
	now := running(p)
	f := Figures{Periods: now, Teams: len(p.Teams), StaleAfterDays: p.Settings.Check.StaleAfterDays}
	for _, t := range p.Teams {
		if hasRunning(t.Objectives, now) {
			f.TeamsWithObjectives++
		}
	}
	for _, per := range now {
		for _, o := range published(per.Objectives) {
			f.objective(p, o)
		}
	}
	return f
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
