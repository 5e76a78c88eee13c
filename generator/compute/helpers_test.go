package compute

import (
	"math"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// f returns a pointer to v, for optional numbers.
func f(v float64) *float64 { return &v }

// yes and no are optional booleans.
func yes() *bool { v := true; return &v }
func no() *bool  { v := false; return &v }

// date is midnight UTC of a calendar day.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// q4 is 2026-Q4: 1 October to 31 December 2026, 92 days.
func q4() *model.Period {
	return &model.Period{ID: "2026-q4", Name: "2026-Q4", Start: date(2026, 10, 1), End: date(2026, 12, 31)}
}

// objective builds an objective of period p with weight 1 and the given key
// results, linking each key result back to it.
func objective(id string, p *model.Period, krs ...*model.KeyResult) *model.Objective {
	o := &model.Objective{ID: id, Title: id, Period: p, Weight: 1, KeyResults: krs,
		Source: model.Source{File: "okrs/" + id + ".md", Line: 2}}
	for _, kr := range krs {
		kr.Objective = o
	}
	return o
}

// qualitative builds a qualitative key result of weight w at progress pct %.
func qualitative(id string, w, pct float64) *model.KeyResult {
	return &model.KeyResult{ID: id, Kind: model.KindQualitative, Weight: w, Progress: f(pct)}
}

// rollup builds a rollup key result of weight 1 over children.
func rollup(id string, children ...*model.Objective) *model.KeyResult {
	return &model.KeyResult{ID: id, Kind: model.KindRollup, Weight: 1, Children: children, Line: 7}
}

// portal builds a portal of objs on day today.
func portal(today time.Time, objs ...*model.Objective) *model.Portal {
	return &model.Portal{Strategy: &model.Strategy{}, Objectives: objs, Today: today,
		Settings: model.Settings{Statuses: model.DefaultStatusSettings(), Scores: model.DefaultScoreBands()}}
}

// near reports whether a and b agree to 1e-12.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// assertNear fails t when got is not want.
func assertNear(t *testing.T, what string, got, want float64) {
	t.Helper()
	if !near(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}
