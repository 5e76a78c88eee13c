package resolve

import (
	"sort"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// nestPeriods sets every period's Within: the other periods whose dates
// contain its own (a quarter lies in its half and its year; declared
// fiscal periods nest by their dates), longest first. periods is sorted
// by start, then shortest first.
func nestPeriods(periods []*model.Period) {
	for _, p := range periods {
		p.Within = nil
		for _, q := range periods {
			if q != p && p.Nests(q) {
				p.Within = append(p.Within, q)
			}
		}
		sortLongestFirst(p.Within)
	}
}

// runningPeriods are the periods containing today, longest first.
func runningPeriods(periods []*model.Period, today time.Time) []*model.Period {
	var out []*model.Period
	for _, p := range periods {
		if p.Contains(today) {
			out = append(out, p)
		}
	}
	sortLongestFirst(out)
	return out
}

// sortLongestFirst orders periods by length, longest first, then by start
// and id.
func sortLongestFirst(ps []*model.Period) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Days() != b.Days() {
			return a.Days() > b.Days()
		}
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.ID < b.ID
	})
}
