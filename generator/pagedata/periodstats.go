package pagedata

import (
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// PeriodStats are a period's statistics: how its key results came out,
// how their scores (or, while it runs, their progress) spread, and which
// teams have OKRs in it.
type PeriodStats struct {
	KeyResults int
	// Outcomes count the key results per status while the period runs,
	// per score band once it is closed.
	Outcomes []StatusCount
	// Spread is the histogram of the key results' scores (closed) or
	// progress (otherwise) in fifths; Scores tells which.
	Spread []Bin
	Scores bool
	// Teams of the portal; With of them have objectives in the period,
	// Without lists the others.
	Teams, With int
	Without     []*model.Team
}

// Bin is one bar of a histogram: N of the counted, Share of the largest
// bin in whole percent (the bar's length).
type Bin struct {
	Label    string
	N, Share int
}

// NewPeriodStats computes pe's statistics on p's day (p.Today).
func NewPeriodStats(p *model.Portal, pe *model.Period, j Judging) *PeriodStats {
	st := &PeriodStats{Teams: len(p.Teams), Scores: pe.PhaseOn(p.Today) == model.PhaseClosed}
	with := map[*model.Team]bool{}
	counts := map[model.Status]int{}
	bands := map[string]int{}
	bins := make([]int, 5)
	for _, o := range pe.Objectives {
		if o.Draft {
			continue
		}
		with[o.Team] = true
		for _, k := range o.KeyResults {
			st.KeyResults++
			v, ok := k.Computed.Progress, k.Computed.HasData
			if st.Scores {
				v, ok = k.Computed.Score, k.Computed.Scored
				if ok {
					bands[j.Band(k.Computed.Band, v)]++
				} else {
					bands[string(NotScored)]++
				}
			} else {
				counts[KeyResultStatus(k)]++
			}
			if ok {
				bins[bin(v)]++
			}
		}
	}
	for _, t := range p.Teams {
		if with[t] {
			st.With++
		} else {
			st.Without = append(st.Without, t)
		}
	}
	if st.Scores {
		for _, b := range []struct {
			band  string
			score float64
		}{{"green", 1}, {"amber", 0.5}, {"red", 0}} {
			if n := bands[b.band]; n > 0 {
				pl := ScorePill(b.score, b.band, "Key results")
				pl.Text, pl.Title = b.band, "Key results scored "+b.band
				st.Outcomes = append(st.Outcomes, StatusCount{Pill: pl, N: n})
			}
		}
		if n := bands[string(NotScored)]; n > 0 {
			st.Outcomes = append(st.Outcomes, StatusCount{Pill: NotScoredPill("Key results"), N: n})
		}
	} else {
		st.Outcomes = StatusCounts(compute.Summary{Counts: counts})
	}
	most := 0
	for _, n := range bins {
		most = max(most, n)
	}
	labels := [...]string{"0–0.2", "0.2–0.4", "0.4–0.6", "0.6–0.8", "0.8–1"}
	if !st.Scores {
		labels = [...]string{"0–20%", "20–40%", "40–60%", "60–80%", "80–100%"}
	}
	for i, n := range bins {
		share := 0
		if most > 0 {
			share = (100*n + most/2) / most
		}
		st.Spread = append(st.Spread, Bin{Label: labels[i], N: n, Share: share})
	}
	return st
}

// bin is the fifth v (0–1, clipped) falls in; 1 falls in the last.
func bin(v float64) int {
	i := int(v * 5)
	return min(max(i, 0), 4)
}

// TrendPoint is a team's result in one period: its average score once the
// period is closed and scored, else its progress; Has is false without
// either.
type TrendPoint struct {
	Period *model.Period
	Value  float64
	Score  bool
	Has    bool
}

// maxTrend caps the periods of a team's trend.
const maxTrend = 6

// TeamTrend is team t's results in the periods of pe's kind up to pe
// (quarters for a quarter), oldest first, at most maxTrend of them.
// periods are the portal's, oldest first.
func TeamTrend(t *model.Team, pe *model.Period, periods []*model.Period, today time.Time) []TrendPoint {
	var kind []*model.Period
	for _, q := range periods {
		if q.SameKind(pe) && !q.Start.After(pe.Start) {
			kind = append(kind, q)
		}
	}
	if len(kind) > maxTrend {
		kind = kind[len(kind)-maxTrend:]
	}
	byPeriod := map[*model.Period][]*model.Objective{}
	for _, o := range t.Objectives {
		if !o.Draft {
			byPeriod[o.Period] = append(byPeriod[o.Period], o)
		}
	}
	out := make([]TrendPoint, 0, len(kind))
	for _, q := range kind {
		sum := compute.Summarise(byPeriod[q])
		tp := TrendPoint{Period: q}
		switch {
		case q.PhaseOn(today) == model.PhaseClosed && sum.Scored > 0:
			tp.Value, tp.Score, tp.Has = sum.Score, true, true
		case sum.WithData > 0:
			tp.Value, tp.Has = sum.Progress, true
		}
		out = append(out, tp)
	}
	return out
}
