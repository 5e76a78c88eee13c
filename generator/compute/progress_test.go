package compute

import (
	"math"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

func TestKeyResultProgress(t *testing.T) {
	checkin := func(c model.Checkin) []model.Checkin { return []model.Checkin{c} }
	tests := []struct {
		name string
		kr   model.KeyResult
		want float64
	}{
		// metric
		{"metric increase halfway", model.KeyResult{Kind: model.KindMetric, Start: f(10), Target: f(20), Current: f(15)}, 0.5},
		{"metric decrease halfway", model.KeyResult{Kind: model.KindMetric, Start: f(400), Target: f(200), Current: f(300)}, 0.5},
		{"metric decrease worse than start", model.KeyResult{Kind: model.KindMetric, Start: f(400), Target: f(200), Current: f(450)}, 0},
		{"metric decrease beyond target", model.KeyResult{Kind: model.KindMetric, Start: f(400), Target: f(200), Current: f(100)}, 1},
		{"metric clamped above", model.KeyResult{Kind: model.KindMetric, Start: f(0), Target: f(10), Current: f(25)}, 1},
		{"metric clamped below", model.KeyResult{Kind: model.KindMetric, Start: f(5), Target: f(10), Current: f(1)}, 0},
		{"metric missing start is 0", model.KeyResult{Kind: model.KindMetric, Target: f(40), Current: f(10)}, 0.25},
		{"metric missing current", model.KeyResult{Kind: model.KindMetric, Start: f(0), Target: f(10)}, 0},
		{"metric missing target", model.KeyResult{Kind: model.KindMetric, Start: f(0), Current: f(10)}, 0},
		{"metric start==target reached", model.KeyResult{Kind: model.KindMetric, Start: f(99.9), Target: f(99.9), Current: f(99.9)}, 1},
		{"metric start==target exceeded", model.KeyResult{Kind: model.KindMetric, Start: f(5), Target: f(5), Current: f(6)}, 1},
		{"metric start==target not reached", model.KeyResult{Kind: model.KindMetric, Start: f(5), Target: f(5), Current: f(4.9)}, 0},
		{"metric current from latest check-in with a value", model.KeyResult{Kind: model.KindMetric, Start: f(0), Target: f(10),
			Checkins: []model.Checkin{{Value: f(2)}, {Value: f(6)}, {Note: "no value"}}}, 0.6},
		{"metric written current beats check-in", model.KeyResult{Kind: model.KindMetric, Start: f(0), Target: f(10), Current: f(3),
			Checkins: checkin(model.Checkin{Value: f(9)})}, 0.3},
		{"metric NaN current", model.KeyResult{Kind: model.KindMetric, Start: f(0), Target: f(10), Current: f(math.NaN())}, 0},
		{"metric infinite current", model.KeyResult{Kind: model.KindMetric, Start: f(0), Target: f(10), Current: f(math.Inf(1))}, 1},
		// keep-above / keep-below
		{"keep-above holds", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9), Current: f(99.95)}, 1},
		{"keep-above on the line", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9), Current: f(99.9)}, 1},
		{"keep-above below", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9), Current: f(99.8)}, 0},
		{"keep-above no value", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(99.9)}, 0},
		{"keep-above no threshold", model.KeyResult{Kind: model.KindKeepAbove, Current: f(5)}, 0},
		{"keep-above from check-in", model.KeyResult{Kind: model.KindKeepAbove, Threshold: f(10),
			Checkins: checkin(model.Checkin{Value: f(11)})}, 1},
		{"keep-below holds", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200), Current: f(180)}, 1},
		{"keep-below on the line", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200), Current: f(200)}, 1},
		{"keep-below above", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200), Current: f(201)}, 0},
		{"keep-below no value", model.KeyResult{Kind: model.KindKeepBelow, Threshold: f(200)}, 0},
		// boolean
		{"boolean done", model.KeyResult{Kind: model.KindBoolean, Done: yes()}, 1},
		{"boolean not done", model.KeyResult{Kind: model.KindBoolean, Done: no()}, 0},
		{"boolean unset", model.KeyResult{Kind: model.KindBoolean}, 0},
		{"boolean from latest check-in", model.KeyResult{Kind: model.KindBoolean,
			Checkins: []model.Checkin{{Done: no()}, {Done: yes()}, {Note: "n/a"}}}, 1},
		{"boolean latest check-in undone", model.KeyResult{Kind: model.KindBoolean,
			Checkins: []model.Checkin{{Done: yes()}, {Done: no()}}}, 0},
		{"boolean field beats check-in", model.KeyResult{Kind: model.KindBoolean, Done: no(),
			Checkins: checkin(model.Checkin{Done: yes()})}, 0},
		// milestones
		{"milestones none", model.KeyResult{Kind: model.KindMilestones}, 0},
		{"milestones one of four", model.KeyResult{Kind: model.KindMilestones,
			Milestones: []model.Milestone{{Done: true}, {}, {}, {}}}, 0.25},
		{"milestones all", model.KeyResult{Kind: model.KindMilestones,
			Milestones: []model.Milestone{{Done: true}, {Done: true}}}, 1},
		// qualitative
		{"qualitative 40", model.KeyResult{Kind: model.KindQualitative, Progress: f(40)}, 0.4},
		{"qualitative over 100", model.KeyResult{Kind: model.KindQualitative, Progress: f(130)}, 1},
		{"qualitative negative", model.KeyResult{Kind: model.KindQualitative, Progress: f(-5)}, 0},
		{"qualitative unset", model.KeyResult{Kind: model.KindQualitative}, 0},
		{"qualitative from check-in", model.KeyResult{Kind: model.KindQualitative,
			Checkins: []model.Checkin{{Progress: f(20)}, {Progress: f(70)}, {Note: "n/a"}}}, 0.7},
		// others
		{"rollup without children", model.KeyResult{Kind: model.KindRollup}, 0},
		{"empty kind", model.KeyResult{Current: f(5), Target: f(10)}, 0},
		{"unknown kind", model.KeyResult{Kind: "vibes", Progress: f(50)}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newCalculator().keyResult(&tt.kr)
			assertNear(t, "progress", got, tt.want)
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

	// a's rollup sees b, whose rollup sees a (in progress: 0) → b = 0, a = 0.5.
	assertNear(t, "a", a.Computed.Progress, 0.5)
	assertNear(t, "b", b.Computed.Progress, 0)
}

func TestCurrentValue(t *testing.T) {
	kr := &model.KeyResult{Checkins: []model.Checkin{{Value: f(1)}, {Value: f(2)}, {}}}
	if v, ok := CurrentValue(kr); !ok || v != 2 {
		t.Errorf("CurrentValue = %v, %v; want 2, true", v, ok)
	}
	kr.Current = f(7)
	if v, ok := CurrentValue(kr); !ok || v != 7 {
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
		kr := &model.KeyResult{Kind: model.KindMetric, Start: &start, Target: &target, Current: &current}
		if p := newCalculator().keyResult(kr); !(p >= 0 && p <= 1) {
			t.Fatalf("progress(%v, %v, %v) = %v, want 0–1", start, target, current, p)
		}
	})
}
