package compute

import (
	"math"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

func TestKeyResultProgress(t *testing.T) {
	// metric is a metric key result as resolve leaves it: its baseline is
	// its start.
	metric := func(start, target, current *float64) model.KeyResult {
		return model.KeyResult{Kind: model.KindMetric, Start: start, Baseline: start, Target: target, Current: current}
	}
	tests := []struct {
		name    string
		kr      model.KeyResult
		want    float64
		hasData bool
	}{
		// metric
		{"metric increase halfway", metric(f(10), f(20), f(15)), 0.5, true},
		{"metric decrease halfway", metric(f(400), f(200), f(300)), 0.5, true},
		{"metric decrease worse than start", metric(f(400), f(200), f(450)), 0, true},
		{"metric decrease beyond target", metric(f(400), f(200), f(100)), 1, true},
		{"metric clamped above", metric(f(0), f(10), f(25)), 1, true},
		{"metric clamped below", metric(f(5), f(10), f(1)), 0, true},
		{"metric without baseline has no data", metric(nil, f(40), f(10)), 0, false},
		{"metric baseline from first value", model.KeyResult{Kind: model.KindMetric, Baseline: f(20), Target: f(40), Current: f(30)}, 0.5, true},
		{"metric with only its baseline has no data", model.KeyResult{Kind: model.KindMetric, Baseline: f(20), Target: f(40), Current: f(20), BaselineOnly: true}, 0, false},
		{"metric missing current", metric(f(0), f(10), nil), 0, false},
		{"metric missing target", metric(f(0), nil, f(10)), 0, false},
		{"metric start==target reached", metric(f(99.9), f(99.9), f(99.9)), 1, true},
		{"metric start==target exceeded", metric(f(5), f(5), f(6)), 1, true},
		{"metric start==target not reached", metric(f(5), f(5), f(4.9)), 0, true},
		{"metric NaN current", metric(f(0), f(10), f(math.NaN())), 0, true},
		{"metric infinite current", metric(f(0), f(10), f(math.Inf(1))), 1, true},
		// keep-above / keep-below
		{"keep-above holds", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9), Current: f(99.95)}, 1, true},
		{"keep-above on the line", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9), Current: f(99.9)}, 1, true},
		{"keep-above below", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9), Current: f(99.8)}, 0, true},
		{"keep-above no value", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9)}, 0, false},
		{"keep-above no threshold", model.KeyResult{Kind: model.KindKeepAbove, Current: f(5)}, 0, false},
		{"keep-below holds", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200), Current: f(180)}, 1, true},
		{"keep-below on the line", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200), Current: f(200)}, 1, true},
		{"keep-below above", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200), Current: f(201)}, 0, true},
		{"keep-below no value", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200)}, 0, false},
		// boolean: not yet done is known, judged by its due date
		{"boolean done", model.KeyResult{Kind: model.KindBoolean, Done: yes()}, 1, true},
		{"boolean not done", model.KeyResult{Kind: model.KindBoolean, Done: no()}, 0, true},
		{"boolean unset", model.KeyResult{Kind: model.KindBoolean}, 0, true},
		// milestones
		{"milestones none", model.KeyResult{Kind: model.KindMilestones}, 0, false},
		{"milestones one of four", model.KeyResult{Kind: model.KindMilestones,
			Milestones: []model.Milestone{{Done: true}, {}, {}, {}}}, 0.25, true},
		{"milestones all", model.KeyResult{Kind: model.KindMilestones,
			Milestones: []model.Milestone{{Done: true}, {Done: true}}}, 1, true},
		// qualitative
		{"qualitative 40", model.KeyResult{Kind: model.KindQualitative, Progress: f(40)}, 0.4, true},
		{"qualitative assessed 0", model.KeyResult{Kind: model.KindQualitative, Progress: f(0)}, 0, true},
		{"qualitative over 100", model.KeyResult{Kind: model.KindQualitative, Progress: f(130)}, 1, true},
		{"qualitative negative", model.KeyResult{Kind: model.KindQualitative, Progress: f(-5)}, 0, true},
		{"qualitative never assessed", model.KeyResult{Kind: model.KindQualitative}, 0, false},
		// others
		{"rollup without children", model.KeyResult{Kind: model.KindRollup}, 0, false},
		{"empty kind", model.KeyResult{Current: f(5), Target: f(10)}, 0, false},
		{"unknown kind", model.KeyResult{Kind: "vibes", Progress: f(50)}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newCalculator().keyResult(&tt.kr)
			assertNear(t, "progress", tt.kr.Computed.Progress, tt.want)
			if tt.kr.Computed.HasData != tt.hasData {
				t.Errorf("has data = %v, want %v", tt.kr.Computed.HasData, tt.hasData)
			}
		})
	}
}

func TestObjectiveProgressIsWeighted(t *testing.T) {
	tests := []struct {
		name string
		krs  []*model.KeyResult
		want float64
	}{
		{"no key results", nil, 0},
		{"equal weights", []*model.KeyResult{qualitative("a", 1, 20), qualitative("b", 1, 60)}, 0.4},
		{"weighted", []*model.KeyResult{qualitative("a", 3, 100), qualitative("b", 1, 0)}, 0.75},
		{"zero weight ignored", []*model.KeyResult{qualitative("a", 1, 50), qualitative("b", 0, 100)}, 0.5},
		{"all weights zero: plain mean", []*model.KeyResult{qualitative("a", 0, 50), qualitative("b", 0, 100)}, 0.75},
		{"negative weight counts as zero", []*model.KeyResult{qualitative("a", 1, 50), qualitative("b", -2, 100)}, 0.5},
		{"nil key result skipped", []*model.KeyResult{qualitative("a", 1, 30), nil}, 0.3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := &model.Objective{ID: "o", Period: q4(), Weight: 1, KeyResults: tt.krs}
			Compute(portal(date(2026, 11, 1), o), nil)
			assertNear(t, "objective progress", o.Computed.Progress, tt.want)
		})
	}
}

func TestRollupThroughTwoLevels(t *testing.T) {
	p := q4()
	// Grandchildren: 0.2 and 0.8, weights 1 and 3 → 0.65.
	g1 := objective("g1", p, qualitative("kr1", 1, 20))
	g2 := objective("g2", p, qualitative("kr1", 1, 80))
	g2.Weight = 3
	// Child: its rollup KR (0.65) and a qualitative KR (0.35) → 0.5.
	child := objective("child", p, rollup("kr1", g1, g2), qualitative("kr2", 1, 35))
	// Company: rollup over child (0.5) with a boolean KR done (1) → 0.75.
	top := objective("top", p, rollup("kr1", child), &model.KeyResult{ID: "kr2", Kind: model.KindBoolean, Weight: 1, Done: yes()})

	// Parents first in portal order: the rollups must wait for children.
	Compute(portal(date(2026, 11, 15), top, child, g1, g2), nil)

	assertNear(t, "child rollup KR", child.KeyResults[0].Computed.Progress, 0.65)
	assertNear(t, "child", child.Computed.Progress, 0.5)
	assertNear(t, "top rollup KR", top.KeyResults[0].Computed.Progress, 0.5)
	assertNear(t, "top", top.Computed.Progress, 0.75)
}

func TestRollupCycleEnds(t *testing.T) {
	// The resolver rules cycles out; Compute must still end without panic.
	p := q4()
	a := objective("a", p)
	b := objective("b", p)
	a.KeyResults = []*model.KeyResult{rollup("kr1", b), qualitative("kr2", 1, 100)}
	b.KeyResults = []*model.KeyResult{rollup("kr1", a, nil)}
	a.KeyResults[0].Objective, a.KeyResults[1].Objective, b.KeyResults[0].Objective = a, a, b

	Compute(portal(date(2026, 11, 1), a, b), nil)

	// a's rollup sees b, whose rollup sees a (in progress: no data) → b
	// has no data, nor has a's rollup; a = its kr2 alone, 1.
	assertNear(t, "a", a.Computed.Progress, 1)
	if b.Computed.HasData {
		t.Errorf("b has data %v, want none", b.Computed.Progress)
	}
}

func TestRollupOfAlignedKeyResults(t *testing.T) {
	p := q4()
	fedA := qualitative("kr1", 1, 20)
	fedB := qualitative("kr1", 3, 60)
	unknown := &model.KeyResult{ID: "kr2", Kind: model.KindQualitative, Weight: 1}
	a := objective("a", p, fedA, unknown)
	b := objective("b", p, fedB)
	top := rollup("kr1")
	top.AlignedFrom = []*model.KeyResult{fedA, fedB, unknown}
	company := objective("company", p, top)
	Compute(portal(date(2026, 11, 15), company, a, b), nil)
	// The key results without data are left out: (0.2 + 3 × 0.6) / 4.
	assertNear(t, "rollup over key results", top.Computed.Progress, 0.5)
	if !top.Computed.HasData {
		t.Error("rollup over key results has no data")
	}
}

func TestCurrentValue(t *testing.T) {
	if v, ok := CurrentValue(&model.KeyResult{Current: f(7)}); !ok || v != 7 {
		t.Errorf("CurrentValue with current = %v, %v; want 7, true", v, ok)
	}
	if _, ok := CurrentValue(&model.KeyResult{}); ok {
		t.Error("CurrentValue of an empty key result reports ok")
	}
}

func TestMeasurable(t *testing.T) {
	tests := []struct {
		name string
		kr   model.KeyResult
		want bool
	}{
		{"metric with target", model.KeyResult{Kind: model.KindMetric, Target: f(1)}, true},
		{"metric without target", model.KeyResult{Kind: model.KindMetric, Current: f(1)}, false},
		{"keep-above with threshold", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(1)}, true},
		{"keep-below without threshold", model.KeyResult{Kind: model.KindKeepBelow}, false},
		{"milestones empty", model.KeyResult{Kind: model.KindMilestones}, false},
		{"milestones", model.KeyResult{Kind: model.KindMilestones, Milestones: []model.Milestone{{}}}, true},
		{"boolean", model.KeyResult{Kind: model.KindBoolean}, true},
		{"qualitative", model.KeyResult{Kind: model.KindQualitative}, true},
		{"rollup", model.KeyResult{Kind: model.KindRollup}, true},
		{"unknown", model.KeyResult{}, false},
	}
	for _, tt := range tests {
		if got := Measurable(&tt.kr); got != tt.want {
			t.Errorf("%s: Measurable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzMetricProgress checks that any numbers give a progress within 0–1.
func FuzzMetricProgress(fz *testing.F) {
	fz.Add(0.0, 10.0, 5.0)
	fz.Add(400.0, 200.0, 300.0)
	fz.Add(1.0, 1.0, 1.0)
	fz.Add(math.MaxFloat64, -math.MaxFloat64, 0.0)
	fz.Fuzz(func(t *testing.T, start, target, current float64) {
		kr := &model.KeyResult{Kind: model.KindMetric, Start: &start, Baseline: &start, Target: &target, Current: &current}
		newCalculator().keyResult(kr)
		if p := kr.Computed.Progress; !(p >= 0 && p <= 1) {
			t.Fatalf("progress(%v, %v, %v) = %v, want 0–1", start, target, current, p)
		}
	})
}
