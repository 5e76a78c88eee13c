package pagedata

import (
	"fmt"
	"testing"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
)

func TestBin(t *testing.T) {
	for v, want := range map[float64]int{-0.1: 0, 0: 0, 0.19: 0, 0.2: 1, 0.59: 2, 0.99: 4, 1: 4, 1.5: 4} {
		if got := bin(v); got != want {
			t.Errorf("bin(%v) = %d, want %d", v, got, want)
		}
	}
}

func periodNamed(p *model.Portal, name string) *model.Period {
	for _, pe := range p.Periods {
		if pe.Name == name {
			return pe
		}
	}
	return nil
}

// statsLine is what a test compares of PeriodStats.
func statsLine(st *PeriodStats) string {
	s := fmt.Sprintf("%d KRs, %d of %d teams;", st.KeyResults, st.With, st.Teams)
	for _, c := range st.Outcomes {
		s += fmt.Sprintf(" %s %d", c.Pill.Text, c.N)
	}
	s += ";"
	for _, b := range st.Spread {
		s += fmt.Sprintf(" %d", b.N)
	}
	return s
}

func TestPeriodStats(t *testing.T) {
	tests := []struct {
		name, period string
		change       func(p *model.Portal)
		want         string
	}{
		{"closed: score bands and scores", "2026-Q3", nil, "3 KRs, 2 of 5 teams; green 1 amber 1 not scored 1; 0 0 1 0 1"},
		{"a draft counts nowhere", "2026-Q3", func(p *model.Portal) {
			for _, o := range periodNamed(p, "2026-Q3").Objectives {
				if o.Team.Name == "Platform" {
					o.Draft = true
				}
			}
		}, "2 KRs, 1 of 5 teams; green 1 amber 1; 0 0 1 0 1"},
		{"a title change moves nothing", "2026-Q3", func(p *model.Portal) {
			periodNamed(p, "2026-Q3").Objectives[0].Title = "Renamed"
		}, "3 KRs, 2 of 5 teams; green 1 amber 1 not scored 1; 0 0 1 0 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testportal.Sample()
			if tt.change != nil {
				tt.change(p)
			}
			if got := statsLine(NewPeriodStats(p, periodNamed(p, tt.period), NewJudging(p))); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	// An open period counts statuses and progress.
	p := testportal.Sample()
	st := NewPeriodStats(p, periodNamed(p, "2026-Q4"), NewJudging(p))
	n, spread := 0, 0
	for _, c := range st.Outcomes {
		n += c.N
	}
	for _, b := range st.Spread {
		spread += b.N
	}
	if st.Scores || n != st.KeyResults || spread > n || st.Spread[0].Label != "0–20%" {
		t.Errorf("open period: %s", statsLine(st))
	}
}

func TestTeamTrend(t *testing.T) {
	p := testportal.Sample()
	var acme *model.Team
	for _, tm := range p.Teams {
		if tm.Name == "Acme" {
			acme = tm
		}
	}
	trend := func(pe string) string {
		s := ""
		for _, tp := range TeamTrend(acme, periodNamed(p, pe), p.Periods, p.Today) {
			s += fmt.Sprintf("%s:%v:%v ", tp.Period.Name, tp.Has, tp.Score)
		}
		return s
	}
	// Quarters only, up to the period: not the year, not 2027-Q1.
	if got, want := trend("2026-Q4"), "2026-Q3:true:true 2026-Q4:true:false "; got != want {
		t.Errorf("trend to 2026-Q4 = %q, want %q", got, want)
	}
	if got, want := trend("2026-Q3"), "2026-Q3:true:true "; got != want {
		t.Errorf("trend to 2026-Q3 = %q, want %q", got, want)
	}
	if got, want := trend("2026"), "2026:true:false "; got != want {
		t.Errorf("trend of the year = %q, want %q", got, want)
	}
}
