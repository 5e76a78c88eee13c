package pagedata

import (
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
)

func TestCoachFigures(t *testing.T) {
	up := review.Gauge{ID: "outcomes", N: 9, D: 10, Target: 80}
	ceiling := review.Gauge{ID: "dependencies-at-risk", N: 1, D: 4, Target: 20, AtMost: true}
	tests := []struct {
		name                                      string
		now, before                               review.Gauge
		noBefore                                  bool
		value, target, prev, trend, better, level string
	}{
		{"met and better", up, review.Gauge{ID: "outcomes", N: 7, D: 10, Target: 80}, false, "90%", "≥ 80%", "70%", "+20 pts", "better", "good"},
		{"unchanged", up, up, false, "90%", "≥ 80%", "90%", "±0 pts", "same", "good"},
		{"no previous period", up, review.Gauge{}, true, "90%", "≥ 80%", "–", "", "", "good"},
		{"nothing counted before", up, review.Gauge{ID: "outcomes"}, false, "90%", "≥ 80%", "–", "", "", "good"},
		{"a ceiling: up is worse", ceiling, review.Gauge{ID: "dependencies-at-risk", N: 0, D: 4, Target: 20, AtMost: true}, false, "25%", "≤ 20%", "0%", "+25 pts", "worse", "bad"},
		{"a ceiling: down is better", review.Gauge{ID: "dependencies-at-risk", N: 0, D: 4, Target: 20, AtMost: true}, ceiling, false, "0%", "≤ 20%", "25%", "-25 pts", "better", "good"},
		{"nothing to count", review.Gauge{ID: "involved", Target: 60}, review.Gauge{ID: "involved", N: 1, D: 2}, false, "–", "≥ 60%", "50%", "", "", "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before []review.Gauge
			if !tt.noBefore {
				before = []review.Gauge{tt.before}
			}
			c := coachFigures([]review.Gauge{tt.now}, before)[0]
			got := [6]string{c.Value, c.Target, c.Previous, c.Trend, c.Better, c.Level}
			if want := [6]string{tt.value, tt.target, tt.prev, tt.trend, tt.better, tt.level}; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			if c.Name == "" || c.Link == "" {
				t.Errorf("%s has no name or link", c.ID)
			}
		})
	}
}

// TestHealthSaysWhichPeriods: with no period running, the figures are of
// the current period, and the tiles say so instead of "running now" (a
// published set whose last quarter had closed read "100% of teams have
// objectives running now").
func TestHealthSaysWhichPeriods(t *testing.T) {
	p := testportal.Sample()
	h := NewHealth(p, nil, nil, nil)
	if h.When != "running now" || !strings.HasSuffix(h.Powers[2].Caption, "objectives running now") {
		t.Errorf("running periods: when %q, transparency %q", h.When, h.Powers[2].Caption)
	}
	// As with current_period: 2026-Q3, which has closed.
	q3 := p.Periods[1]
	p.Running, p.Current = []*model.Period{q3}, q3
	h = NewHealth(p, nil, nil, nil)
	if h.When != "in 2026-Q3" {
		t.Errorf("nothing running: when %q, want %q", h.When, "in 2026-Q3")
	}
	if got := h.Powers[2].Caption; got != "of teams have objectives in 2026-Q3" {
		t.Errorf("transparency caption %q", got)
	}
	if got := h.Powers[0].Facts[2].Label; got != "Objectives in 2026-Q3" {
		t.Errorf("focus fact %q", got)
	}
	if eng := h.Powers[3]; eng.Figure != "–" || eng.Level != "none" || !strings.Contains(eng.Caption, "no period is running") {
		t.Errorf("engagement with nothing running: %+v", eng)
	}
}
