package render

import (
	"html/template"
	"math"
	"strconv"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/theme"
)

// The values behind the "pill" and "meter" partials, and the summaries
// that pages show as pills and bars.

// meter is a progress bar, preformatted so that equal bars are equal
// values (and render once): the fill width, the expected-progress mark and
// a status class for the fill colour.
type meter struct {
	Width  template.CSS // "width:42%"
	Left   template.CSS // "left:48%", where the expected mark sits
	Vars   template.CSS // both as the default theme's CSS variables: "--p:42%;--e:48%", "" without data
	Num    string       // "42%"
	ExpNum string       // "48%"
	ShowE  bool
	Class  string
}

// newMeter returns the bar of progress p against expected e; with class
// no-data an empty bar without a number.
func newMeter(p, e float64, showE bool, class string) meter {
	if class == string(model.StatusNoData) {
		return meter{Width: width(0), Num: "–", Class: class}
	}
	pc := strconv.Itoa(compute.Percent(p))
	m := meter{Width: width(p), Vars: template.CSS("--p:" + pc + "%"), Num: pagedata.PercentText(p), ShowE: showE, Class: class}
	if showE {
		m.Left, m.ExpNum = left(e), pagedata.PercentText(e)
		m.Vars += template.CSS(";--e:" + strconv.Itoa(compute.Percent(e)) + "%")
	}
	return m
}

// summaryMeter is the progress of a summary of objectives in period pe on
// day today, judged by j, coloured by the status that progress earns.
func summaryMeter(j pagedata.Judging, sum compute.Summary, pe *model.Period, today time.Time) meter {
	return newMeter(j.SummaryMeterArgs(sum, pe, today))
}

// Meter is the period's overall progress bar.
func (v *periodView) Meter() meter { return summaryMeter(v.judge, v.Sum, v.Period, v.today) }

// Note is what the period's figures leave out: "3 not scored", "2 without
// data yet" or "".
func (v *periodView) Note() string { return pagedata.SummaryNote(v.Sum, v.Closed()) }

// Active reports whether the period is under way.
func (v *periodView) Active() bool { return v.Phase == model.PhaseActive }

// Closed reports whether the period has ended.
func (v *periodView) Closed() bool { return v.Phase == model.PhaseClosed }

// Elapsed is the fraction of the period gone by.
func (v *periodView) Elapsed() float64 { return v.Period.Elapsed(v.today) }

// Meter is the team's current-period progress bar.
func (t *teamNow) Meter() meter { return summaryMeter(t.judge, t.Sum, t.period, t.today) }

// AtRisk is the number of the team's current objectives at risk.
func (t *teamNow) AtRisk() int { return t.Sum.Counts[model.StatusAtRisk] }

// OffTrack is the number of the team's current objectives off track.
func (t *teamNow) OffTrack() int { return t.Sum.Counts[model.StatusOffTrack] }

// Bands counts the period's closed objectives per score band, green
// first, then those not scored.
func (v *periodView) Bands() []pagedata.StatusCount {
	n := map[string]int{}
	for _, o := range v.Period.Objectives {
		switch {
		case pagedata.ShowsScore(o) && o.Computed.Scored:
			n[v.judge.Band(o.Computed.Band, o.Computed.Score)]++
		case pagedata.ShowsScore(o):
			n[string(pagedata.NotScored)]++
		}
	}
	var out []pagedata.StatusCount
	for _, b := range []struct {
		band  string
		score float64
	}{{"green", 1}, {"amber", 0.5}, {"red", 0}} {
		if n[b.band] > 0 {
			p := pagedata.ScorePill(b.score, b.band, "Objectives")
			p.Text, p.Title = b.band, "Objectives scored "+b.band
			out = append(out, pagedata.StatusCount{Pill: p, N: n[b.band]})
		}
	}
	if k := n[string(pagedata.NotScored)]; k > 0 {
		out = append(out, pagedata.StatusCount{Pill: pagedata.NotScoredPill("Objectives"), N: k})
	}
	return out
}

// pillKey is what a pill depends on: a status, or a score pill's caption,
// score in tenths and band.
type pillKey struct {
	status model.Status
	what   string
	tenths float64
	band   string
}

// statusPillHTML is the "pill" partial of a status.
func (f *fragments) statusPillHTML(st model.Status) (template.HTML, error) {
	return theme.Cached(&f.Fragments, f.pills, "pill", pillKey{status: st}, func() any { return pagedata.StatusPill(st) })
}

// scorePillHTML is the "pill" partial of a score in band.
func (f *fragments) scorePillHTML(score float64, band, what string) (template.HTML, error) {
	tenths := math.Round(score * 10)
	if math.IsNaN(tenths) {
		return f.Partial("pill", pagedata.ScorePill(score, band, what))
	}
	return theme.Cached(&f.Fragments, f.pills, "pill", pillKey{what: what, tenths: tenths, band: band},
		func() any { return pagedata.ScorePill(score, band, what) })
}

// notScoredPillHTML is the "pill" partial of "not scored".
func (f *fragments) notScoredPillHTML(what string) (template.HTML, error) {
	return theme.Cached(&f.Fragments, f.pills, "pill", pillKey{status: pagedata.NotScored, what: what},
		func() any { return pagedata.NotScoredPill(what) })
}

// summaryScorePillHTML is the "pill" partial of a summary's average
// score, or "not scored" when no objective of it is.
func (f *fragments) summaryScorePillHTML(sum compute.Summary) (template.HTML, error) {
	if sum.Scored == 0 {
		return f.notScoredPillHTML("Average")
	}
	return f.scorePillHTML(sum.Score, sum.BandIn(f.judge.Bands), "Average")
}

// objectivePillHTML is the "pill" partial of o: its score (or "not
// scored") once closed, else its status.
func (f *fragments) objectivePillHTML(o *model.Objective) (template.HTML, error) {
	switch {
	case pagedata.ShowsScore(o) && o.Computed.Scored:
		return f.scorePillHTML(o.Computed.Score, f.judge.Band(o.Computed.Band, o.Computed.Score), "Objective")
	case pagedata.ShowsScore(o):
		return f.notScoredPillHTML("Objective")
	}
	return f.statusPillHTML(pagedata.ObjectiveStatus(o))
}

// keyResultPillHTML is the "pill" partial of k: its score (or "not
// scored") once closed, else its status.
func (f *fragments) keyResultPillHTML(k *model.KeyResult) (template.HTML, error) {
	switch {
	case pagedata.KRShowsScore(k) && k.Computed.Scored:
		return f.scorePillHTML(k.Computed.Score, f.judge.Band(k.Computed.Band, k.Computed.Score), "Key result")
	case pagedata.KRShowsScore(k):
		return f.notScoredPillHTML("Key result")
	}
	return f.statusPillHTML(pagedata.KeyResultStatus(k))
}

// meterKey is what a meter depends on: whole percentages, whether the
// expected mark shows and the class.
type meterKey struct {
	p, e  int
	showE bool
	class string
}

// meterHTML is the "meter" partial of newMeter(p, e, showE, class).
func (f *fragments) meterHTML(p, e float64, showE bool, class string) (template.HTML, error) {
	key := meterKey{p: compute.Percent(p), showE: showE, class: class}
	if showE {
		key.e = compute.Percent(e)
	}
	return theme.Cached(&f.Fragments, f.meters, "meter", key, func() any { return newMeter(p, e, showE, class) })
}

// objectiveMeterHTML is the "meter" partial of o's progress against the
// expected progress: an empty no-data bar when o has no data.
func (f *fragments) objectiveMeterHTML(o *model.Objective) (template.HTML, error) {
	v := o.Computed
	if !v.HasData {
		return f.meterHTML(0, 0, false, string(model.StatusNoData))
	}
	return f.meterHTML(v.Progress, v.Expected, v.Phase == model.PhaseActive, f.objectivePillClass(o))
}

// keyResultMeterHTML is the "meter" partial of k's progress against the
// progress expected of it (compute's KeyResultValues.Expected): the share
// of the period gone for most kinds, its own step for milestones, none for
// a boolean (which is due at a date, not along a line); an empty no-data
// bar when k has no data.
func (f *fragments) keyResultMeterHTML(k *model.KeyResult) (template.HTML, error) {
	if !k.Computed.HasData {
		return f.meterHTML(0, 0, false, string(model.StatusNoData))
	}
	e := k.Computed.Expected
	showE := k.Objective != nil && k.Objective.Computed.Phase == model.PhaseActive
	switch k.Kind {
	case model.KindBoolean:
		showE = false
	case model.KindMilestones: // a step at each due date: no mark before the first
		showE = showE && e > 0
	}
	return f.meterHTML(k.Computed.Progress, e, showE, f.keyResultPillClass(k))
}

// objectivePillClass is the class of o's pill without making the pill.
func (f *fragments) objectivePillClass(o *model.Objective) string {
	switch {
	case pagedata.ShowsScore(o) && o.Computed.Scored:
		return "band-" + f.judge.Band(o.Computed.Band, o.Computed.Score)
	case pagedata.ShowsScore(o):
		return string(pagedata.NotScored)
	}
	return pagedata.StatusClass(pagedata.ObjectiveStatus(o))
}

// keyResultPillClass is the class of k's pill without making the pill.
func (f *fragments) keyResultPillClass(k *model.KeyResult) string {
	switch {
	case pagedata.KRShowsScore(k) && k.Computed.Scored:
		return "band-" + f.judge.Band(k.Computed.Band, k.Computed.Score)
	case pagedata.KRShowsScore(k):
		return string(pagedata.NotScored)
	}
	return pagedata.StatusClass(pagedata.KeyResultStatus(k))
}
