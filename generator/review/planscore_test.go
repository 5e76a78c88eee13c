package review_test

import (
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/review"
)

// TestPlanScore: each part has a case that moves the score and a close
// case that does not.
func TestPlanScore(t *testing.T) {
	rep := func(old, new string) string { return strings.Replace(eng, old, new, 1) }
	tests := []struct {
		name, overlay string
		score         int    // Engineering's score in 2026-Q4
		first         string // the part to fix first, "" when none
	}{
		{"clean", "", 100, ""},
		{"an activity key result", rep("title: Incidents", "title: Launch the incident runbook"), 90, "outcomes"},
		{"an outcome naming a launch", rep("title: Incidents", "title: Incidents after a launch"), 100, ""},
		{"ignored with a reason", rep("title: Be reliable", "title: Be reliable\ncheck_ignore: {kr-activity: agreed}") + "", 100, ""},
		{"no owner", rep("owner: bob\n", ""), 80, "ownership"},
		{"a key result owner does not hurt", rep("  - title: Uptime\n", "  - title: Uptime\n    owner: bob\n"), 100, ""},
		{"unaligned", rep("aligns_to: grow\n", ""), 80, "alignment"},
		{"stale", rep("{date: 2026-11-15, value: 99.95}", "{date: 2026-10-02, value: 99.95}"), 90, "freshness"},
		{"checked in within the limit", rep("{date: 2026-11-15, value: 99.95}", "{date: 2026-11-08, value: 99.95}"), 100, ""},
		{"one key result too few", rep("  - title: Incidents\n    milestones: [{title: Runbooks, done: true}, {title: Drills}]\n    due: 2026-12-20\n    checkins: [{date: 2026-11-15, progress: 50}]\n", ""), 80, "focus"},
		{"two objectives, one crowded", "-- portal.yaml --\ncheck: {max_objectives_per_team: 1}\n-- okrs/2026-Q4/eng/second.md --\n---\ntitle: Be fast\nowner: bob\naligns_to: grow\nkey_results:\n  - {title: Latency, start: 400, target: 200, checkins: [{date: 2026-11-15, value: 300}]}\n  - {title: Errors, start: 5, target: 1, checkins: [{date: 2026-11-15, value: 3}]}\n---\nWhy.\n", 90, "focus"},
		{"two objectives within the limit", "-- okrs/2026-Q4/eng/second.md --\n---\ntitle: Be fast\nowner: bob\naligns_to: grow\nkey_results:\n  - {title: Latency, start: 400, target: 200, checkins: [{date: 2026-11-15, value: 300}]}\n  - {title: Errors, start: 5, target: 1, checkins: [{date: 2026-11-15, value: 3}]}\n---\nWhy.\n", 100, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, list := loadPortal(t, tt.overlay)
			review.Review(p, list)
			var got *review.PlanScore
			for _, ps := range review.PlanScores(p, list.Shown()) {
				if ps.Team.Name == "Engineering" && ps.Period.Name == "2026-Q4" {
					got = ps
				}
			}
			if got == nil {
				t.Fatal("no score for Engineering in 2026-Q4")
			}
			first := ""
			if got.First >= 0 {
				first = got.Parts[got.First].ID
				if len(got.Parts[got.First].Findings) == 0 && first != "focus" {
					t.Errorf("%s has no findings to fix", first)
				}
			}
			if got.Score != tt.score || first != tt.first {
				t.Errorf("score %d, fix %q first; want %d, %q (%+v)", got.Score, first, tt.score, tt.first, got.Parts)
			}
		})
	}
}
