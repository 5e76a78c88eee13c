package compute

import (
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

func TestRollupWithoutChildrenWarns(t *testing.T) {
	empty := rollup("kr2")
	o := objective("2026-q4/company/grow", q4(), qualitative("kr1", 1, 50), empty)
	var list diag.List
	Compute(portal(date(2026, 11, 1), o), &list)

	if empty.Computed.HasData || empty.Computed.Status != model.StatusNoData {
		t.Errorf("empty rollup: has data %v, status %q; want no data", empty.Computed.HasData, empty.Computed.Status)
	}
	assertNear(t, "objective progress", o.Computed.Progress, 0.5)
	got := list.Sorted()
	if len(got) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(got), got)
	}
	d := got[0]
	if d.Severity != diag.Warning || d.Rule != RuleRollupEmpty || d.File != o.Source.File || d.Line != empty.Line || d.Group == "" {
		t.Errorf("diagnostic = %+v", d)
	}
	if want := `okrs/2026-q4/company/grow.md:7: warning: [rollup-empty] rollup key result "kr2" has nothing aligned to it, so it has no data: align objectives or key results to "2026-q4/company/grow#kr2", or give it another kind`; d.String() != want {
		t.Errorf("message:\n got %s\nwant %s", d.String(), want)
	}
}

func TestRollupWithChildrenDoesNotWarn(t *testing.T) {
	child := objective("child", q4(), qualitative("kr1", 1, 50))
	o := objective("top", q4(), rollup("kr1", child))
	var list diag.List
	Compute(portal(date(2026, 11, 1), o, child), &list)
	if list.Len() != 0 {
		t.Errorf("unexpected diagnostics: %v", list.Sorted())
	}
}

func TestComputeIsRepeatable(t *testing.T) {
	child := objective("child", q4(), qualitative("kr1", 1, 50))
	o := objective("top", q4(), rollup("kr1", child), qualitative("kr2", 1, 10))
	p := portal(date(2027, 1, 10), o, child)
	Compute(p, nil)
	first := o.Computed
	// A different day in between must leave no trace.
	p.Today = date(2026, 9, 1)
	Compute(p, nil)
	if o.Computed.Status != model.StatusNotStarted || o.Computed.Score != 0 || o.Computed.Band != "" {
		t.Errorf("upcoming values = %+v", o.Computed)
	}
	p.Today = date(2027, 1, 10)
	Compute(p, nil)
	if o.Computed != first {
		t.Errorf("second run = %+v, first = %+v", o.Computed, first)
	}
}

func TestComputeToleratesOddPortals(t *testing.T) {
	noPeriod := &model.Objective{ID: "np", Weight: 1,
		KeyResults: []*model.KeyResult{nil, {ID: "kr1", Kind: model.KindRollup, Children: []*model.Objective{nil}}}}
	tests := []struct {
		name string
		p    *model.Portal
	}{
		{"nil portal", nil},
		{"empty portal", &model.Portal{}},
		{"nil objective", portal(date(2026, 11, 1), nil)},
		{"objective without period", portal(date(2026, 11, 1), noPeriod)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var list diag.List
			Compute(tt.p, &list)
		})
	}
	if noPeriod.Computed.Phase != model.PhaseActive || noPeriod.Computed.Expected != 0 {
		t.Errorf("objective without period: %+v", noPeriod.Computed)
	}
}
