package pagedata

import (
	"testing"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
)

// TestKeyResultDetailSaysOnlyWhatIsKnown: no invented baseline, no 0 %
// for a result never assessed, no broken line without a value.
func TestKeyResultDetailSaysOnlyWhatIsKnown(t *testing.T) {
	due := testportal.Date(2026, 12, 15)
	tests := []struct {
		k    model.KeyResult
		want string
	}{
		{model.KeyResult{Kind: model.KindMetric, Unit: "MiB/s", Target: testportal.F(10)}, "target 10 MiB/s"},
		{model.KeyResult{Kind: model.KindMetric, Target: testportal.F(10), Stretch: testportal.F(12)}, "target 10 · stretch 12"},
		{model.KeyResult{Kind: model.KindMetric, Target: testportal.F(10), Baseline: testportal.F(3)}, "from 3 → target 10"},
		{model.KeyResult{Kind: model.KindMetric, Target: testportal.F(10), Baseline: testportal.F(3), Current: testportal.F(5)}, "3 → 5 → 10"},
		{model.KeyResult{Kind: model.KindMetric, Target: testportal.F(10), Baseline: testportal.F(3), Current: testportal.F(3), BaselineOnly: true}, "from 3 → target 10"},
		{model.KeyResult{Kind: model.KindKeepBelow, Unit: "ms", Threshold: testportal.F(5)}, "no value yet (line: ≤ 5 ms)"},
		{model.KeyResult{Kind: model.KindKeepAbove, Threshold: testportal.F(5), Current: testportal.F(6),
			Computed: model.KeyResultValues{HasData: true, Progress: 1}}, "keep ≥ 5 · now 6 · holds"},
		{model.KeyResult{Kind: model.KindQualitative}, "not assessed yet"},
		{model.KeyResult{Kind: model.KindQualitative, Computed: model.KeyResultValues{HasData: true, Progress: 0}}, "0% (assessed)"},
		{model.KeyResult{Kind: model.KindBoolean, Due: &due}, "not reported yet · due 2026-12-15"},
		{model.KeyResult{Kind: model.KindBoolean, Done: testportal.B(true)}, "done"},
		{model.KeyResult{Kind: model.KindMilestones, Due: &due, Milestones: []model.Milestone{{Done: true}, {}}}, "1 of 2 milestones · due 2026-12-15"},
	}
	for _, tt := range tests {
		if got := KRDetail(&tt.k); got != tt.want {
			t.Errorf("%s %+v: detail %q, want %q", tt.k.Kind, tt.k, got, tt.want)
		}
	}
}

func TestConfidenceText(t *testing.T) {
	tests := []struct {
		now, before *float64
		want        string
	}{
		{nil, nil, ""}, {testportal.F(7), nil, "confidence 7/10"}, {testportal.F(7), testportal.F(5), "confidence 7/10 (up from 5)"},
		{testportal.F(4), testportal.F(5), "confidence 4/10 (down from 5)"}, {testportal.F(5), testportal.F(5), "confidence 5/10 (unchanged)"},
	}
	for _, tt := range tests {
		if got := ConfidenceText(model.KeyResultValues{Confidence: tt.now, PreviousConfidence: tt.before}); got != tt.want {
			t.Errorf("ConfidenceText(%v, %v) = %q, want %q", tt.now, tt.before, got, tt.want)
		}
	}
}
