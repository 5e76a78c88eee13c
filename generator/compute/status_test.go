package compute

import (
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

func TestStatusForBoundaries(t *testing.T) {
	tests := []struct {
		progress, expected float64
		want               model.Status
	}{
		{0.5, 0.5, model.StatusOnTrack},
		{0.4, 0.5, model.StatusOnTrack}, // exactly expected − 0.10
		{0.3999999, 0.5, model.StatusAtRisk},
		{0.25, 0.5, model.StatusAtRisk}, // exactly expected − 0.25
		{0.2499999, 0.5, model.StatusOffTrack},
		{0.9, 1, model.StatusOnTrack},
		{0.75, 1, model.StatusAtRisk},
		{0.7, 1, model.StatusOffTrack},
		{0, 0, model.StatusOnTrack},
		{0, 0.1, model.StatusOnTrack},
		{0, 0.25, model.StatusAtRisk},
		{0, 0.2500001, model.StatusOffTrack},
		{1, 0.3, model.StatusOnTrack},
		// Boundaries whose subtraction rounds up in float64
		// (0.8 − 0.1 = 0.7000000000000001): still inclusive.
		{0.7, 0.8, model.StatusOnTrack},
		{0.3, 0.4, model.StatusOnTrack},
		{0.45, 0.55, model.StatusOnTrack},
		{0.15, 0.4, model.StatusAtRisk},
		{0.3, 0.55, model.StatusAtRisk},
	}
	for _, tt := range tests {
		if got := StatusFor(tt.progress, tt.expected, model.DefaultStatusSettings()); got != tt.want {
			t.Errorf("StatusFor(%v, %v) = %q, want %q", tt.progress, tt.expected, got, tt.want)
		}
	}
}

func TestExpectedAndPhase(t *testing.T) {
	tests := []struct {
		name     string
		today    time.Time
		expected float64
		phase    model.Phase
	}{
		{"before the period", date(2026, 9, 30), 0, model.PhaseUpcoming},
		{"first day", date(2026, 10, 1), 0, model.PhaseActive},
		{"middle", date(2026, 11, 16), 46.0 / 92, model.PhaseActive},
		{"last day", date(2026, 12, 31), 91.0 / 92, model.PhaseActive},
		{"after the period", date(2027, 1, 1), 1, model.PhaseClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := objective("o", q4(), qualitative("kr1", 1, 50))
			Compute(portal(tt.today, o), nil)
			assertNear(t, "expected", o.Computed.Expected, tt.expected)
			if o.Computed.Phase != tt.phase {
				t.Errorf("phase = %v, want %v", o.Computed.Phase, tt.phase)
			}
		})
	}
}

func TestKeyResultStatus(t *testing.T) {
	mid := date(2026, 11, 16) // expected 0.5
	tests := []struct {
		name  string
		today time.Time
		kr    *model.KeyResult
		want  model.Status
	}{
		{"on track at the margin", mid, qualitative("kr1", 1, 40), model.StatusOnTrack},
		{"at risk", mid, qualitative("kr1", 1, 30), model.StatusAtRisk},
		{"at risk at the margin", mid, qualitative("kr1", 1, 25), model.StatusAtRisk},
		{"off track", mid, qualitative("kr1", 1, 24), model.StatusOffTrack},
		{"latest check-in status wins", mid, &model.KeyResult{ID: "kr1", Kind: model.KindQualitative, Progress: f(100),
			Checkins: []model.Checkin{{Status: model.StatusOnTrack}, {Status: model.StatusAtRisk}}}, model.StatusAtRisk},
		{"earlier check-in status is stale", mid, &model.KeyResult{ID: "kr1", Kind: model.KindQualitative, Progress: f(10),
			Checkins: []model.Checkin{{Status: model.StatusOnTrack}, {Progress: f(10)}}}, model.StatusOffTrack},
		{"never assessed is no data, not off track", mid, &model.KeyResult{ID: "kr1", Kind: model.KindQualitative}, model.StatusNoData},
		{"a breached line is off track at once", date(2026, 10, 3), &model.KeyResult{ID: "kr1", Kind: model.KindKeepBelow, Threshold: f(60), Current: f(95)}, model.StatusOffTrack},
		{"a held line is on track late", date(2026, 12, 30), &model.KeyResult{ID: "kr1", Kind: model.KindKeepAbove, Threshold: f(60), Current: f(95)}, model.StatusOnTrack},
		{"keep-below without a value is no data", mid, &model.KeyResult{ID: "kr1", Kind: model.KindKeepBelow, Threshold: f(5)}, model.StatusNoData},
		{"a check-in status counts without data", mid, &model.KeyResult{ID: "kr1", Kind: model.KindQualitative,
			Checkins: []model.Checkin{{Status: model.StatusAtRisk}}}, model.StatusAtRisk},
		{"before the period", date(2026, 9, 1), qualitative("kr1", 1, 0), model.StatusNotStarted},
		{"after the period", date(2027, 2, 1), qualitative("kr1", 1, 100), model.StatusClosed},
		{"check-in status after the period", date(2027, 2, 1), &model.KeyResult{ID: "kr1", Kind: model.KindBoolean, Done: yes(),
			Checkins: []model.Checkin{{Status: model.StatusAchieved}}}, model.StatusAchieved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := objective("o", q4(), tt.kr)
			Compute(portal(tt.today, o), nil)
			if got := tt.kr.Computed.Status; got != tt.want {
				t.Errorf("status = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestObjectiveStatus(t *testing.T) {
	mid := date(2026, 11, 16) // expected 0.5
	onTrack := func() *model.KeyResult { return qualitative("a", 1, 60) }
	atRisk := func() *model.KeyResult { return qualitative("b", 1, 30) }
	offTrack := func() *model.KeyResult { return qualitative("c", 1, 0) }
	achieved := func() *model.KeyResult {
		return &model.KeyResult{ID: "d", Kind: model.KindBoolean, Weight: 1, Done: yes(),
			Checkins: []model.Checkin{{Status: model.StatusAchieved}}}
	}
	tests := []struct {
		name     string
		today    time.Time
		override model.Status
		krs      []*model.KeyResult
		want     model.Status
	}{
		{"all on track", mid, "", []*model.KeyResult{onTrack(), achieved()}, model.StatusOnTrack},
		{"weakest is at risk", mid, "", []*model.KeyResult{onTrack(), atRisk(), achieved()}, model.StatusAtRisk},
		{"weakest is off track", mid, "", []*model.KeyResult{atRisk(), offTrack(), onTrack()}, model.StatusOffTrack},
		{"override wins", mid, model.StatusOnTrack, []*model.KeyResult{offTrack()}, model.StatusOnTrack},
		{"no key results: no data", mid, "", nil, model.StatusNoData},
		{"no key result with data", mid, "", []*model.KeyResult{{ID: "x", Kind: model.KindQualitative}}, model.StatusNoData},
		{"key results without data left out", mid, "", []*model.KeyResult{{ID: "x", Kind: model.KindQualitative}, onTrack()}, model.StatusOnTrack},
		{"not started", date(2026, 9, 1), "", []*model.KeyResult{offTrack()}, model.StatusNotStarted},
		{"override before the period", date(2026, 9, 1), model.StatusDropped, []*model.KeyResult{offTrack()}, model.StatusDropped},
		{"closed", date(2027, 1, 1), "", []*model.KeyResult{onTrack()}, model.StatusClosed},
		{"override after the period", date(2027, 1, 1), model.StatusAchieved, []*model.KeyResult{offTrack()}, model.StatusAchieved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := objective("o", q4(), tt.krs...)
			o.StatusOverride = tt.override
			Compute(portal(tt.today, o), nil)
			if got := o.Computed.Status; got != tt.want {
				t.Errorf("status = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDueDates(t *testing.T) {
	// 2026-Q4 has 92 days; the default warning is a tenth of it, 9.2 days.
	due := func(d time.Time) *time.Time { return &d }
	boolean := func(done *bool, d *time.Time) *model.KeyResult {
		return &model.KeyResult{ID: "kr1", Kind: model.KindBoolean, Weight: 1, Done: done, Due: d}
	}
	milestones := func(ms ...model.Milestone) *model.KeyResult {
		return &model.KeyResult{ID: "kr1", Kind: model.KindMilestones, Weight: 1, Milestones: ms}
	}
	tests := []struct {
		name     string
		today    time.Time
		kr       *model.KeyResult
		want     model.Status
		expected float64
	}{
		{"boolean not done early in the period", date(2026, 10, 20), boolean(nil, nil), model.StatusOnTrack, 0},
		{"boolean not done late but before the period's last tenth", date(2026, 12, 20), boolean(no(), nil), model.StatusOnTrack, 0},
		{"boolean not done in the period's last tenth", date(2026, 12, 23), boolean(no(), nil), model.StatusAtRisk, 0},
		{"boolean not done close to its own due date", date(2026, 11, 12), boolean(no(), due(date(2026, 11, 15))), model.StatusAtRisk, 0},
		{"boolean not done after its due date", date(2026, 11, 16), boolean(no(), due(date(2026, 11, 15))), model.StatusOffTrack, 1},
		{"boolean done after its due date", date(2026, 11, 16), boolean(yes(), due(date(2026, 11, 15))), model.StatusOnTrack, 1},
		{"milestones none due yet", date(2026, 11, 1), milestones(model.Milestone{}, model.Milestone{}), model.StatusOnTrack, 0},
		{"milestones: one of two due and done", date(2026, 11, 20),
			milestones(model.Milestone{Done: true, Due: due(date(2026, 11, 1))}, model.Milestone{}), model.StatusOnTrack, 0.5},
		{"milestones: one of two overdue", date(2026, 11, 20),
			milestones(model.Milestone{Due: due(date(2026, 11, 1))}, model.Milestone{}), model.StatusOffTrack, 0.5},
		{"milestones: the next is due soon", date(2026, 11, 10),
			milestones(model.Milestone{Due: due(date(2026, 11, 15))}, model.Milestone{}), model.StatusAtRisk, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := objective("o", q4(), tt.kr)
			Compute(portal(tt.today, o), nil)
			if got := tt.kr.Computed.Status; got != tt.want {
				t.Errorf("status = %q, want %q", got, tt.want)
			}
			assertNear(t, "expected", tt.kr.Computed.Expected, tt.expected)
		})
	}
}

func TestObjectiveExpectsWhatItsKeyResultsExpect(t *testing.T) {
	// Mid-quarter: a metric expects 0.5, a yes/no result due at the end 0.
	metric := qualitative("kr1", 1, 50)
	boolean := &model.KeyResult{ID: "kr2", Kind: model.KindBoolean, Weight: 1, Done: no()}
	o := objective("o", q4(), metric, boolean)
	Compute(portal(date(2026, 11, 16), o), nil)
	assertNear(t, "objective expected", o.Computed.Expected, 0.25)
	only := objective("p", q4(), &model.KeyResult{ID: "kr1", Kind: model.KindBoolean, Weight: 1, Done: no()})
	Compute(portal(date(2026, 11, 16), only), nil)
	assertNear(t, "objective of a yes/no result expects", only.Computed.Expected, 0)
}

func TestMarginsAreSettable(t *testing.T) {
	mid := date(2026, 11, 16) // expected 0.5
	kr := qualitative("kr1", 1, 30)
	p := portal(mid, objective("o", q4(), kr))
	Compute(p, nil)
	if kr.Computed.Status != model.StatusAtRisk {
		t.Fatalf("default margins: status %q, want at-risk", kr.Computed.Status)
	}
	p.Settings.Statuses = model.StatusSettings{OnTrackMargin: 0.2, AtRiskMargin: 0.4, DueWarning: 0.1}
	Compute(p, nil)
	if kr.Computed.Status != model.StatusOnTrack {
		t.Errorf("on_track_margin 0.2: status %q, want on-track", kr.Computed.Status)
	}
}

func TestConfidenceAndTrend(t *testing.T) {
	kr := &model.KeyResult{ID: "kr1", Kind: model.KindQualitative, Weight: 1, Progress: f(50),
		Checkins: []model.Checkin{{Confidence: f(4)}, {Confidence: f(6)}, {Note: "no confidence"}}}
	Compute(portal(date(2026, 11, 16), objective("o", q4(), kr)), nil)
	c, prev := kr.Computed.Confidence, kr.Computed.PreviousConfidence
	if c == nil || *c != 6 || prev == nil || *prev != 4 {
		t.Errorf("confidence = %v, previous %v; want 6 and 4", c, prev)
	}
}
