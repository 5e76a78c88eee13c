package pagedata

import (
	"slices"
	"sort"

	"github.com/okrportal/okrportal/generator/model"
)

// CheckinRef is one check-in with the key result it belongs to.
type CheckinRef struct {
	KR *model.KeyResult
	C  *model.Checkin
}

// LatestCheckins returns the n newest check-ins of objs, newest first; ties
// in date keep portal order (objective, key result, check-in). It keeps
// only the n best seen so far, so a portal of hundreds of thousands of
// check-ins is not sorted for the hundred it shows.
func LatestCheckins(objs []*model.Objective, n int) []CheckinRef {
	type dated struct {
		day int64 // Unix seconds of the date
		ref CheckinRef
	}
	top := make([]dated, 0, n+1) // newest first; equal days in portal order
	for _, o := range objs {
		for _, k := range o.KeyResults {
			for i := range k.Checkins {
				c := &k.Checkins[i]
				day := c.Date.Unix()
				// A later check-in of the same day ranks below: portal order.
				if n == 0 || len(top) == n && day <= top[n-1].day {
					continue
				}
				at := sort.Search(len(top), func(i int) bool { return top[i].day < day })
				top = slices.Insert(top, at, dated{day: day, ref: CheckinRef{KR: k, C: c}})
				if len(top) > n {
					top = top[:n]
				}
			}
		}
	}
	out := make([]CheckinRef, len(top))
	for i, x := range top {
		out[i] = x.ref
	}
	return out
}
