package render

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// latestBySorting is pagedata.LatestCheckins the obvious way: sort every check-in.
func latestBySorting(objs []*model.Objective, n int) []pagedata.CheckinRef {
	var all []pagedata.CheckinRef
	for _, o := range objs {
		for _, k := range o.KeyResults {
			for i := range k.Checkins {
				all = append(all, pagedata.CheckinRef{KR: k, C: &k.Checkins[i]})
			}
		}
	}
	slices.SortStableFunc(all, func(a, b pagedata.CheckinRef) int { return cmp.Compare(b.C.Date.Unix(), a.C.Date.Unix()) })
	return all[:min(n, len(all))]
}

// TestLatestCheckinsMatchesSorting compares pagedata.LatestCheckins with a full
// sort on random portals with many check-ins on the same days.
func TestLatestCheckinsMatchesSorting(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	day0 := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for round := range 50 {
		var objs []*model.Objective
		for range r.IntN(30) {
			o := &model.Objective{}
			for range r.IntN(4) {
				k := &model.KeyResult{Objective: o}
				for range r.IntN(8) {
					k.Checkins = append(k.Checkins, model.Checkin{Date: day0.AddDate(0, 0, r.IntN(20))})
				}
				o.KeyResults = append(o.KeyResults, k)
			}
			objs = append(objs, o)
		}
		for _, n := range []int{0, 1, 5, 100} {
			got, want := pagedata.LatestCheckins(objs, n), latestBySorting(objs, n)
			if len(got) != len(want) {
				t.Fatalf("round %d, n=%d: %d check-ins, want %d", round, n, len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("round %d, n=%d: check-in %d is %v of %v, want %v of %v", round, n, i,
						got[i].C.Date, got[i].KR, want[i].C.Date, want[i].KR)
				}
			}
		}
	}
}
