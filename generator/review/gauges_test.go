package review_test

import (
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
)

// TestCoachFigures: each coach figure has a case that moves it and a close
// case that does not, and the figures count what the rules flag.
func TestCoachFigures(t *testing.T) {
	rep := func(old, new string) string { return strings.Replace(eng, old, new, 1) }
	const carol = "-- people/carol.md --\n---\nname: Carol\n---\n"
	tests := []struct {
		name, overlay string
		want          [5][2]int // N and D of outcomes, kr-alignment, dependencies-at-risk, involved, checkin-notes
	}{
		{"clean", "", [5][2]int{{4, 4}, {0, 1}, {0, 0}, {2, 2}, {0, 4}}},
		{"an activity key result", rep("title: Incidents", "title: Launch the incident runbook"), [5][2]int{{3, 4}, {0, 1}, {0, 0}, {2, 2}, {0, 4}}},
		{"an outcome naming a launch is no activity", rep("title: Incidents", "title: Incidents after a launch"), [5][2]int{{4, 4}, {0, 1}, {0, 0}, {2, 2}, {0, 4}}},
		{"a dropped objective's key results are not read", rep("owner: bob", "owner: bob\nstatus: dropped") + "", [5][2]int{{2, 2}, {0, 1}, {0, 0}, {2, 2}, {0, 4}}},
		{"aligned to a key result", rep("aligns_to: grow", "aligns_to: grow#kr1"), [5][2]int{{4, 4}, {1, 1}, {0, 0}, {2, 2}, {0, 4}}},
		{"a key result aligned to one", rep("  - title: Uptime\n", "  - title: Uptime\n    aligns_to: [grow#kr1]\n"), [5][2]int{{4, 4}, {1, 1}, {0, 0}, {2, 2}, {0, 4}}},
		{"a dependency on work on track", rep("aligns_to: grow", "aligns_to: grow\ndepends_on: [grow]"), [5][2]int{{4, 4}, {0, 1}, {0, 1}, {2, 2}, {0, 4}}},
		{"a dependency on work off track", rep("aligns_to: grow", "aligns_to: grow\ndepends_on: [grow]") +
			"-- okrs/2026-Q4/company/grow.md --\n---\ntitle: Grow reliably\nowner: ada\npriorities: [growth, reliability]\nkey_results:\n  - title: Revenue\n    start: 0\n    target: 10\n    checkins: [{date: 2026-11-15, value: 1}]\n---\nWhy.\n",
			[5][2]int{{3, 3}, {0, 1}, {1, 1}, {2, 2}, {0, 3}}},
		{"a person not involved", carol, [5][2]int{{4, 4}, {0, 1}, {0, 0}, {2, 3}, {0, 4}}},
		{"a contributor is involved", carol + rep("owner: bob", "owner: bob\ncontributors: [carol]"), [5][2]int{{4, 4}, {0, 1}, {0, 0}, {3, 3}, {0, 4}}},
		{"a key result owner is involved", carol + rep("  - title: Uptime\n", "  - title: Uptime\n    owner: carol\n"), [5][2]int{{4, 4}, {0, 1}, {0, 0}, {3, 3}, {0, 4}}},
		{"a check-in with a note", rep("{date: 2026-11-15, value: 99.95}", "{date: 2026-11-15, value: 99.95, note: Calm week}"), [5][2]int{{4, 4}, {0, 1}, {0, 0}, {2, 2}, {1, 4}}},
		{"a check-in with a confidence", rep("{date: 2026-11-15, value: 99.95}", "{date: 2026-11-15, value: 99.95, confidence: 0.8}"), [5][2]int{{4, 4}, {0, 1}, {0, 0}, {2, 2}, {1, 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, rules := measure(t, tt.overlay)
			gs := f.Gauges(model.DefaultCheckSettings())
			for i, g := range gs {
				if got := [2]int{g.N, g.D}; got != tt.want[i] {
					t.Errorf("%s = %d of %d, want %d of %d", g.ID, g.N, g.D, tt.want[i][0], tt.want[i][1])
				}
			}
			if n := f.LiveKRs - f.Outcomes; n != rules["kr-activity"] {
				t.Errorf("%d key results not outcomes, kr-activity fired %d times", n, rules["kr-activity"])
			}
			if f.AtRisk != rules["depends-on-at-risk"] {
				t.Errorf("%d dependencies at risk, depends-on-at-risk fired %d times", f.AtRisk, rules["depends-on-at-risk"])
			}
		})
	}
}

func TestGaugeMet(t *testing.T) {
	tests := []struct {
		g       review.Gauge
		pct     int
		ok, met bool
	}{
		{review.Gauge{N: 4, D: 5, Target: 80}, 80, true, true},
		{review.Gauge{N: 79, D: 100, Target: 80}, 79, true, false},
		{review.Gauge{N: 2, D: 3, Target: 67}, 67, true, true}, // 66.7 rounds up
		{review.Gauge{N: 1, D: 5, Target: 20, AtMost: true}, 20, true, true},
		{review.Gauge{N: 21, D: 100, Target: 20, AtMost: true}, 21, true, false},
		{review.Gauge{N: 0, D: 0, Target: 80}, 0, false, true},
	}
	for _, tt := range tests {
		pct, ok := tt.g.Percent()
		if pct != tt.pct || ok != tt.ok || tt.g.Met() != tt.met {
			t.Errorf("%+v: Percent = %d, %v; Met = %v; want %d, %v, %v", tt.g, pct, ok, tt.g.Met(), tt.pct, tt.ok, tt.met)
		}
	}
}

// TestPrevious: the previous period is the last one of the same length
// that ended before; a year is not the previous of a quarter.
func TestPrevious(t *testing.T) {
	q3 := "-- okrs/2026-Q3/eng/old.md --\n---\ntitle: Old\nowner: bob\nkey_results: [{title: Uptime, start: 0, target: 1}]\n---\nWhy.\n"
	q2 := strings.ReplaceAll(q3, "Q3", "Q2")
	year := "-- okrs/2025/eng/year.md --\n---\ntitle: Year\nowner: bob\nkey_results: [{title: Uptime, start: 0, target: 1}]\n---\nWhy.\n"
	for _, tt := range []struct {
		name, overlay, want string
	}{
		{"none before", "", ""},
		{"a year is not a quarter", year, ""},
		{"the last quarter before", q2 + q3 + year, "2026-Q3"},
		{"a gap is bridged", q2, "2026-Q2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := loadPortal(t, tt.overlay)
			var names []string
			for _, pe := range review.Previous(p, []*model.Period{p.Current}) {
				names = append(names, pe.Name)
			}
			if got := strings.Join(names, ","); got != tt.want {
				t.Errorf("Previous = %q, want %q", got, tt.want)
			}
			if tt.want != "" {
				f := review.MeasurePeriods(p, review.Previous(p, []*model.Period{p.Current}))
				if f.Objectives != 1 || f.LiveKRs != 1 {
					t.Errorf("previous period measured %d objectives, %d key results", f.Objectives, f.LiveKRs)
				}
			}
		})
	}
}
