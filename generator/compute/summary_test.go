package compute

import (
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

func TestSummarise(t *testing.T) {
	q3 := &model.Period{ID: "2026-q3", Start: date(2026, 7, 1), End: date(2026, 9, 30)}
	active := q4()
	a := objective("a", active, qualitative("kr1", 1, 60)) // on track
	b := objective("b", active, qualitative("kr1", 1, 0))  // off track
	b.Weight = 2
	c := objective("c", q3, qualitative("kr1", 1, 80))    // closed, score 0.8
	d := objective("d", q3, qualitative("kr1", 1, 20))    // closed, score 0.2
	e := objective("e", active, qualitative("kr1", 1, 0)) // no data
	f := objective("f", q3, qualitative("kr1", 1, 0))     // closed, never scored
	Compute(portal(date(2026, 11, 16), a, b, c, d, e, f), nil)
	// The flags as compute sets them, by hand: this test is about Summarise.
	for _, o := range []*model.Objective{a, b, c, d} {
		o.Computed.HasData, o.Computed.Scored = true, o.Computed.Phase == model.PhaseClosed
	}
	for _, o := range []*model.Objective{e, f} {
		o.Computed.HasData, o.Computed.Scored, o.Computed.Status = false, false, model.StatusNoData
	}
	f.Computed.Status = model.StatusClosed
	// Expected as a due date makes it, by hand: e's does not count, it has
	// no data.
	a.Computed.Expected, b.Computed.Expected, c.Computed.Expected, d.Computed.Expected, e.Computed.Expected = 0.5, 0.2, 1, 1, 0.9

	s := Summarise([]*model.Objective{a, b, c, d, e, f, nil})
	if s.Objectives != 6 || s.Closed != 3 || s.Scored != 2 || s.NotScored != 1 || s.WithData != 4 || s.NoData != 2 {
		t.Errorf("objectives, closed, scored, not scored, with data, no data = %d, %d, %d, %d, %d, %d; want 6, 3, 2, 1, 4, 2",
			s.Objectives, s.Closed, s.Scored, s.NotScored, s.WithData, s.NoData)
	}
	// (0.6 + 2×0 + 0.8 + 0.2) / 5: e and f have no data
	assertNear(t, "progress", s.Progress, 0.32)
	// (0.5 + 2×0.2 + 1 + 1) / 5, with the same weights
	assertNear(t, "expected", s.Expected, 0.58)
	// f is not scored: (0.8 + 0.2) / 2
	assertNear(t, "score", s.Score, 0.5)
	if got := s.BandIn(model.ScoreBands{Amber: 0.3, Green: 0.5}); got != "green" {
		t.Errorf("band with the portal's bands = %q, want green", got)
	}
	if s.Band() != "amber" {
		t.Errorf("band = %q, want amber", s.Band())
	}
	want := map[model.Status]int{model.StatusOnTrack: 1, model.StatusOffTrack: 1, model.StatusClosed: 3, model.StatusNoData: 1}
	for st, n := range want {
		if s.Counts[st] != n {
			t.Errorf("Counts[%q] = %d, want %d", st, s.Counts[st], n)
		}
	}
	if len(s.Counts) != len(want) {
		t.Errorf("Counts = %v, want %v", s.Counts, want)
	}
}

func TestSummariseEmpty(t *testing.T) {
	s := Summarise(nil)
	if s.Objectives != 0 || s.Progress != 0 || s.Score != 0 || s.Band() != "" || s.Counts == nil {
		t.Errorf("empty summary = %+v", s)
	}
	if s.Counts[model.StatusOnTrack] != 0 {
		t.Error("missing status does not read as 0")
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		progress float64
		want     int
	}{
		{0, 0}, {0.29, 29}, {0.57, 57}, {0.5, 50}, {0.999, 99}, {1, 100}, {1.5, 100}, {-1, 0},
	}
	for _, tt := range tests {
		if got := Percent(tt.progress); got != tt.want {
			t.Errorf("Percent(%v) = %d, want %d", tt.progress, got, tt.want)
		}
	}
}
