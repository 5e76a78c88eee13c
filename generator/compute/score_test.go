package compute

import (
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

func TestClosedScoresAndBands(t *testing.T) {
	closed := date(2027, 1, 15)
	scored := func(id string, w, pct, score float64) *model.KeyResult {
		kr := qualitative(id, w, pct)
		kr.Score = f(score)
		return kr
	}
	tests := []struct {
		name  string
		krs   []*model.KeyResult
		score float64
		band  string
	}{
		{"progress as score, red", []*model.KeyResult{qualitative("a", 1, 39)}, 0.39, "red"},
		{"progress as score, amber at 0.4", []*model.KeyResult{qualitative("a", 1, 40)}, 0.4, "amber"},
		{"progress as score, green at 0.7", []*model.KeyResult{qualitative("a", 1, 70)}, 0.7, "green"},
		{"given score beats progress", []*model.KeyResult{scored("a", 1, 100, 0.3)}, 0.3, "red"},
		{"given score clamped", []*model.KeyResult{scored("a", 1, 0, 1.4)}, 1, "green"},
		{"weighted mean of scores", []*model.KeyResult{scored("a", 3, 0, 0.8), qualitative("b", 1, 40)}, 0.7, "green"},
		{"amber mean", []*model.KeyResult{qualitative("a", 1, 20), qualitative("b", 1, 60)}, 0.4, "amber"},
		{"no key results: not scored", nil, 0, ""},
		{"never graded, no data: not scored", []*model.KeyResult{{ID: "a", Kind: model.KindQualitative, Weight: 1}}, 0, ""},
		{"mean over scored key results only", []*model.KeyResult{{ID: "a", Kind: model.KindQualitative, Weight: 1}, scored("b", 1, 0, 0.8)}, 0.8, "green"},
		// Without rounding, the sum 2.0999999999999996 / 3 would be amber.
		{"mean of three 0.7s is green", []*model.KeyResult{scored("a", 1, 0, 0.7), scored("b", 1, 0, 0.7), scored("c", 1, 0, 0.7)}, 0.7, "green"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := objective("o", q4(), tt.krs...)
			Compute(portal(closed, o), nil)
			assertNear(t, "score", o.Computed.Score, tt.score)
			if o.Computed.Scored != (tt.band != "") {
				t.Errorf("scored = %v, want %v", o.Computed.Scored, tt.band != "")
			}
			if o.Computed.Band != tt.band {
				t.Errorf("band = %q, want %q", o.Computed.Band, tt.band)
			}
			if o.Computed.Status != model.StatusClosed {
				t.Errorf("status = %q, want closed", o.Computed.Status)
			}
		})
	}
}

func TestKeyResultScores(t *testing.T) {
	a := qualitative("a", 1, 39)
	b := qualitative("b", 1, 100)
	b.Score = f(0.7)
	o := objective("o", q4(), a, b)
	Compute(portal(date(2027, 1, 15), o), nil)
	assertNear(t, "a score", a.Computed.Score, 0.39)
	assertNear(t, "b score", b.Computed.Score, 0.7)
	if a.Computed.Band != "red" || b.Computed.Band != "green" {
		t.Errorf("bands = %q, %q; want red, green", a.Computed.Band, b.Computed.Band)
	}
}

func TestBandsAreSettable(t *testing.T) {
	o := objective("o", q4(), qualitative("a", 1, 50))
	p := portal(date(2027, 1, 15), o)
	p.Settings.Scores = model.ScoreBands{Amber: 0.3, Green: 0.5}
	Compute(p, nil)
	if o.Computed.Band != "green" {
		t.Errorf("band with green from 0.5 = %q, want green", o.Computed.Band)
	}
}

func TestNeverGradedKeyResultIsNotScored(t *testing.T) {
	kr := &model.KeyResult{ID: "a", Kind: model.KindQualitative, Weight: 1}
	Compute(portal(date(2027, 1, 15), objective("o", q4(), kr)), nil)
	if kr.Computed.Scored || kr.Computed.Band != "" {
		t.Errorf("never graded key result: scored %v, band %q; want not scored", kr.Computed.Scored, kr.Computed.Band)
	}
}

func TestNoScoreWhileActive(t *testing.T) {
	kr := qualitative("a", 1, 80)
	kr.Score = f(0.9)
	o := objective("o", q4(), kr)
	Compute(portal(date(2026, 12, 31), o), nil)
	if o.Computed.Score != 0 || o.Computed.Band != "" || kr.Computed.Score != 0 || kr.Computed.Band != "" {
		t.Errorf("active objective has score %v %q, KR %v %q; want none",
			o.Computed.Score, o.Computed.Band, kr.Computed.Score, kr.Computed.Band)
	}
}
