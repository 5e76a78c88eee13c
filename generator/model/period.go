package model

import "time"

// Period is a span of calendar days over which objectives run.
type Period struct {
	ID       string    // slug, e.g. "2026-q4"
	Name     string    // display name, e.g. "2026-Q4"
	Start    time.Time // first day, midnight UTC
	End      time.Time // last day (inclusive), midnight UTC
	Declared bool      // declared in portal.yaml rather than understood
	Source   Source

	// Objectives of the period, in portal order.
	Objectives []*Objective
	// Within are the other periods whose dates contain this one's (a
	// quarter's year and half; declared fiscal periods by their dates),
	// longest first.
	Within []*Period
}

// Nests reports whether p lies inside q: q's dates contain p's. A period
// nests in itself.
func (p *Period) Nests(q *Period) bool {
	return p != nil && q != nil && !p.Start.Before(q.Start) && !p.End.After(q.End)
}

const day = 24 * time.Hour

// Days is the number of calendar days in the period.
func (p *Period) Days() int { return int(p.End.Sub(p.Start)/day) + 1 }

// SameKind reports whether p and q are periods of one kind: lengths
// within a tenth of each other (quarters of 90 to 92 days, years of 365
// or 366), so that one follows the other.
func (p *Period) SameKind(q *Period) bool {
	d := p.Days() - q.Days()
	if d < 0 {
		d = -d
	}
	return d*10 <= q.Days()
}

// Contains reports whether the day t falls within the period.
func (p *Period) Contains(t time.Time) bool {
	return !t.Before(p.Start) && !t.After(p.End)
}

// Elapsed is the fraction of the period gone by on day today: 0 on or
// before its first day, 1 after its last, linear in between.
func (p *Period) Elapsed(today time.Time) float64 {
	if !today.After(p.Start) {
		return 0
	}
	if today.After(p.End) {
		return 1
	}
	return float64(today.Sub(p.Start)/day) / float64(p.Days())
}

// Phase says where today falls relative to the period.
type Phase int

// The phases of a period.
const (
	PhaseUpcoming Phase = iota
	PhaseActive
	PhaseClosed
)

// PhaseOn returns the period's phase on day today.
func (p *Period) PhaseOn(today time.Time) Phase {
	switch {
	case today.Before(p.Start):
		return PhaseUpcoming
	case today.After(p.End):
		return PhaseClosed
	}
	return PhaseActive
}

// Now are the periods that pages and rules about "now" consider: the
// running ones, else the current period alone.
func (p *Portal) Now() []*Period {
	if len(p.Running) > 0 || p.Current == nil {
		return p.Running
	}
	return []*Period{p.Current}
}

// PeriodNames joins the names of ps for a sentence, with conj before the
// last: "2026, 2026-H2 and 2026-Q4".
func PeriodNames(ps []*Period, conj string) string {
	s := ""
	for i, p := range ps {
		switch {
		case i == 0:
		case i == len(ps)-1:
			s += " " + conj + " "
		default:
			s += ", "
		}
		s += p.Name
	}
	return s
}
