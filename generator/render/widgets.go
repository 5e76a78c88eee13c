package render

import (
	"html/template"
	"math"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/theme"
)

// The values behind the "pill" and "meter" partials, and the summaries
// that pages show as pills and bars.

// pill is a status or score badge: an icon and a word, never colour alone.
type pill struct {
	Class string // CSS class, e.g. "on-track" or "band-green"
	Icon  string
	Text  string
	Title string
}

func statusPill(s model.Status) pill {
	return pill{Class: statusClass(s), Icon: s.Icon(), Text: s.Label(), Title: "Status: " + s.Label()}
}

// scorePill is the pill of a score in band (red, amber or green).
func scorePill(score float64, band, what string) pill {
	icon := map[string]string{"green": "✓", "amber": "!", "red": "✕"}[band]
	text := pagedata.ScoreText(score)
	return pill{Class: "band-" + band, Icon: icon, Text: text, Title: what + " score " + text + " of 1.0 (" + band + ")"}
}

// notScoredPill is the pill of a closed objective or key result that was
// never graded: neutral, never a 0.0.
func notScoredPill(what string) pill {
	return pill{Class: string(pagedata.NotScored), Icon: "–", Text: "not scored", Title: what + " not scored"}
}

// judging is what pages judge summaries by: the portal's score bands and
// status margins.
type judging struct {
	bands    model.ScoreBands
	statuses model.StatusSettings
}

func newJudging(p *model.Portal) judging {
	return judging{bands: pagedata.ScoreBands(p), statuses: pagedata.StatusSettings(p)}
}

// band is the band of a score the model computed (computed), or of score
// in the portal's bands when the model left it empty.
func (j judging) band(computed string, score float64) string {
	if computed != "" {
		return computed
	}
	return j.bands.Band(score)
}

func isClosed(o *model.Objective) bool { return o.Computed.Phase == model.PhaseClosed }

// showsScore reports whether o is shown with its score rather than its
// status: once its period is over, unless it was dropped.
func showsScore(o *model.Objective) bool {
	return isClosed(o) && o.Computed.Status != model.StatusDropped
}

// krShowsScore reports whether k is shown with its score: once its
// objective's period is over.
func krShowsScore(k *model.KeyResult) bool { return k.Objective != nil && isClosed(k.Objective) }

// statusCount is one status with how many objectives have it.
type statusCount struct {
	Pill   pill
	N      int
	status model.Status // of a status count
}

// statusOrder is the order statuses are counted in.
var statusOrder = []model.Status{
	model.StatusOnTrack, model.StatusAtRisk, model.StatusOffTrack, model.StatusNoData, model.StatusNotStarted,
	model.StatusAchieved, model.StatusMissed, model.StatusDropped, model.StatusClosed, model.StatusNone,
}

// statusCounts lists the non-zero counts of a summary in a fixed order.
func statusCounts(sum compute.Summary) []statusCount {
	var out []statusCount
	for _, st := range statusOrder {
		if n := sum.Counts[st]; n > 0 {
			out = append(out, statusCount{Pill: statusPill(st), N: n, status: st})
		}
	}
	return out
}

// meter is a progress bar, preformatted so that equal bars are equal
// values (and render once): the fill width, the expected-progress mark and
// a status class for the fill colour.
type meter struct {
	Width  template.CSS // "width:42%"
	Left   template.CSS // "left:48%", where the expected mark sits
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
	m := meter{Width: width(p), Num: pagedata.PercentText(p), ShowE: showE, Class: class}
	if showE {
		m.Left, m.ExpNum = left(e), pagedata.PercentText(e)
	}
	return m
}

// summaryMeter is the progress of a summary of objectives in period pe on
// day today, coloured by the status that progress earns.
func (j judging) summaryMeter(sum compute.Summary, pe *model.Period, today time.Time) meter {
	return newMeter(j.summaryMeterArgs(sum, pe, today))
}

// summaryMeterArgs are the arguments of newMeter for summaryMeter: an
// empty no-data bar when no objective has data, the mean progress of
// those that have.
func (j judging) summaryMeterArgs(sum compute.Summary, pe *model.Period, today time.Time) (p, e float64, showE bool, class string) {
	if pe == nil || sum.Objectives == 0 {
		return sum.Progress, 0, false, "none"
	}
	if sum.WithData == 0 {
		return 0, 0, false, string(model.StatusNoData)
	}
	switch pe.PhaseOn(today) {
	case model.PhaseActive:
		e := pe.Elapsed(today)
		return sum.Progress, e, true, string(compute.StatusFor(sum.Progress, e, j.statuses))
	case model.PhaseClosed:
		if sum.Scored == 0 {
			return sum.Progress, 0, false, "none"
		}
		return sum.Progress, 0, false, "band-" + sum.BandIn(j.bands)
	}
	return sum.Progress, 0, false, "none"
}

// Meter is the period's overall progress bar.
func (v *periodView) Meter() meter { return v.judge.summaryMeter(v.Sum, v.Period, v.today) }

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
func (t *teamNow) Meter() meter { return t.judge.summaryMeter(t.Sum, t.period, t.today) }

// AtRisk is the number of the team's current objectives at risk.
func (t *teamNow) AtRisk() int { return t.Sum.Counts[model.StatusAtRisk] }

// OffTrack is the number of the team's current objectives off track.
func (t *teamNow) OffTrack() int { return t.Sum.Counts[model.StatusOffTrack] }

// Bands counts the period's closed objectives per score band, green
// first, then those not scored.
func (v *periodView) Bands() []statusCount {
	n := map[string]int{}
	for _, o := range v.Period.Objectives {
		switch {
		case showsScore(o) && o.Computed.Scored:
			n[v.judge.band(o.Computed.Band, o.Computed.Score)]++
		case showsScore(o):
			n[string(pagedata.NotScored)]++
		}
	}
	var out []statusCount
	for _, b := range []struct {
		band  string
		score float64
	}{{"green", 1}, {"amber", 0.5}, {"red", 0}} {
		if n[b.band] > 0 {
			p := scorePill(b.score, b.band, "Objectives")
			p.Text, p.Title = b.band, "Objectives scored "+b.band
			out = append(out, statusCount{Pill: p, N: n[b.band]})
		}
	}
	if k := n[string(pagedata.NotScored)]; k > 0 {
		out = append(out, statusCount{Pill: notScoredPill("Objectives"), N: k})
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
	return theme.Cached(&f.Fragments, f.pills, "pill", pillKey{status: st}, func() any { return statusPill(st) })
}

// scorePillHTML is the "pill" partial of a score in band.
func (f *fragments) scorePillHTML(score float64, band, what string) (template.HTML, error) {
	tenths := math.Round(score * 10)
	if math.IsNaN(tenths) {
		return f.Partial("pill", scorePill(score, band, what))
	}
	return theme.Cached(&f.Fragments, f.pills, "pill", pillKey{what: what, tenths: tenths, band: band},
		func() any { return scorePill(score, band, what) })
}

// notScoredPillHTML is the "pill" partial of "not scored".
func (f *fragments) notScoredPillHTML(what string) (template.HTML, error) {
	return theme.Cached(&f.Fragments, f.pills, "pill", pillKey{status: pagedata.NotScored, what: what},
		func() any { return notScoredPill(what) })
}

// summaryScorePillHTML is the "pill" partial of a summary's average
// score, or "not scored" when no objective of it is.
func (f *fragments) summaryScorePillHTML(sum compute.Summary) (template.HTML, error) {
	if sum.Scored == 0 {
		return f.notScoredPillHTML("Average")
	}
	return f.scorePillHTML(sum.Score, sum.BandIn(f.judge.bands), "Average")
}

// objectivePillHTML is the "pill" partial of o: its score (or "not
// scored") once closed, else its status.
func (f *fragments) objectivePillHTML(o *model.Objective) (template.HTML, error) {
	switch {
	case showsScore(o) && o.Computed.Scored:
		return f.scorePillHTML(o.Computed.Score, f.judge.band(o.Computed.Band, o.Computed.Score), "Objective")
	case showsScore(o):
		return f.notScoredPillHTML("Objective")
	}
	return f.statusPillHTML(pagedata.ObjectiveStatus(o))
}

// keyResultPillHTML is the "pill" partial of k: its score (or "not
// scored") once closed, else its status.
func (f *fragments) keyResultPillHTML(k *model.KeyResult) (template.HTML, error) {
	switch {
	case krShowsScore(k) && k.Computed.Scored:
		return f.scorePillHTML(k.Computed.Score, f.judge.band(k.Computed.Band, k.Computed.Score), "Key result")
	case krShowsScore(k):
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
	case showsScore(o) && o.Computed.Scored:
		return "band-" + f.judge.band(o.Computed.Band, o.Computed.Score)
	case showsScore(o):
		return string(pagedata.NotScored)
	}
	return statusClass(pagedata.ObjectiveStatus(o))
}

// keyResultPillClass is the class of k's pill without making the pill.
func (f *fragments) keyResultPillClass(k *model.KeyResult) string {
	switch {
	case krShowsScore(k) && k.Computed.Scored:
		return "band-" + f.judge.band(k.Computed.Band, k.Computed.Score)
	case krShowsScore(k):
		return string(pagedata.NotScored)
	}
	return statusClass(pagedata.KeyResultStatus(k))
}

// statusClass is the CSS class of a status pill.
func statusClass(s model.Status) string {
	if s == model.StatusNone {
		return "none"
	}
	return string(s)
}
