package render

import (
	"html/template"
	"math"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
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

func scorePill(score float64, what string) pill {
	band := model.Band(score)
	icon := map[string]string{"green": "✓", "amber": "!", "red": "✕"}[band]
	text := scoreText(score)
	return pill{Class: "band-" + band, Icon: icon, Text: text, Title: what + " score " + text + " of 1.0 (" + band + ")"}
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
	model.StatusOnTrack, model.StatusAtRisk, model.StatusOffTrack, model.StatusNotStarted,
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

// newMeter returns the bar of progress p against expected e.
func newMeter(p, e float64, showE bool, class string) meter {
	m := meter{Width: width(p), Num: pct(p), ShowE: showE, Class: class}
	if showE {
		m.Left, m.ExpNum = left(e), pct(e)
	}
	return m
}

// summaryMeter is the progress of a summary of objectives in period pe on
// day today, coloured by the status that progress earns.
func summaryMeter(sum compute.Summary, pe *model.Period, today time.Time) meter {
	return newMeter(summaryMeterArgs(sum, pe, today))
}

// summaryMeterArgs are the arguments of newMeter for summaryMeter.
func summaryMeterArgs(sum compute.Summary, pe *model.Period, today time.Time) (p, e float64, showE bool, class string) {
	if pe == nil || sum.Objectives == 0 {
		return sum.Progress, 0, false, "none"
	}
	switch pe.PhaseOn(today) {
	case model.PhaseActive:
		e := pe.Elapsed(today)
		return sum.Progress, e, true, string(compute.StatusFor(sum.Progress, e, model.DefaultStatusSettings()))
	case model.PhaseClosed:
		return sum.Progress, 0, false, bandClass(sum.Score)
	}
	return sum.Progress, 0, false, "none"
}

// Meter is the period's overall progress bar.
func (v *periodView) Meter() meter { return summaryMeter(v.Sum, v.Period, v.today) }

// Active reports whether the period is under way.
func (v *periodView) Active() bool { return v.Phase == model.PhaseActive }

// Closed reports whether the period has ended.
func (v *periodView) Closed() bool { return v.Phase == model.PhaseClosed }

// Elapsed is the fraction of the period gone by.
func (v *periodView) Elapsed() float64 { return v.Period.Elapsed(v.today) }

// Meter is the team's current-period progress bar.
func (t *teamNow) Meter() meter { return summaryMeter(t.Sum, t.period, t.today) }

// AtRisk is the number of the team's current objectives at risk.
func (t *teamNow) AtRisk() int { return t.Sum.Counts[model.StatusAtRisk] }

// OffTrack is the number of the team's current objectives off track.
func (t *teamNow) OffTrack() int { return t.Sum.Counts[model.StatusOffTrack] }

// Bands counts the period's closed objectives per score band, green first.
func (v *periodView) Bands() []statusCount {
	n := map[string]int{}
	for _, o := range v.Period.Objectives {
		if showsScore(o) {
			n[model.Band(o.Computed.Score)]++
		}
	}
	var out []statusCount
	for _, b := range []struct {
		band  string
		score float64
	}{{"green", 1}, {"amber", 0.5}, {"red", 0}} {
		if n[b.band] > 0 {
			p := scorePill(b.score, "Objectives")
			p.Text, p.Title = b.band, "Objectives scored "+b.band
			out = append(out, statusCount{Pill: p, N: n[b.band]})
		}
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
	return typed(f, f.pills, "pill", pillKey{status: st}, func() any { return statusPill(st) })
}

// scorePillHTML is the "pill" partial of a score.
func (f *fragments) scorePillHTML(score float64, what string) (template.HTML, error) {
	tenths := math.Round(score * 10)
	if math.IsNaN(tenths) {
		return f.partial("pill", scorePill(score, what))
	}
	return typed(f, f.pills, "pill", pillKey{what: what, tenths: tenths, band: model.Band(score)},
		func() any { return scorePill(score, what) })
}

// objectivePillHTML is the "pill" partial of o: its score once closed,
// else its status.
func (f *fragments) objectivePillHTML(o *model.Objective) (template.HTML, error) {
	if showsScore(o) {
		return f.scorePillHTML(o.Computed.Score, "Objective")
	}
	return f.statusPillHTML(o.Computed.Status)
}

// keyResultPillHTML is the "pill" partial of k: its score once closed,
// else its status.
func (f *fragments) keyResultPillHTML(k *model.KeyResult) (template.HTML, error) {
	if krShowsScore(k) {
		return f.scorePillHTML(k.Computed.Score, "Key result")
	}
	return f.statusPillHTML(k.Computed.Status)
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
	return typed(f, f.meters, "meter", key, func() any { return newMeter(p, e, showE, class) })
}

// objectiveMeterHTML is the "meter" partial of o's progress against the
// expected progress.
func (f *fragments) objectiveMeterHTML(o *model.Objective) (template.HTML, error) {
	v := o.Computed
	return f.meterHTML(v.Progress, v.Expected, v.Phase == model.PhaseActive, objectivePillClass(o))
}

// keyResultMeterHTML is the "meter" partial of k's progress against its
// objective's expected progress.
func (f *fragments) keyResultMeterHTML(k *model.KeyResult) (template.HTML, error) {
	var e float64
	showE := false
	if o := k.Objective; o != nil {
		e, showE = o.Computed.Expected, o.Computed.Phase == model.PhaseActive
	}
	return f.meterHTML(k.Computed.Progress, e, showE, keyResultPillClass(k))
}

// objectivePillClass is the class of o's pill without making the pill.
func objectivePillClass(o *model.Objective) string {
	if showsScore(o) {
		return bandClass(o.Computed.Score)
	}
	return statusClass(o.Computed.Status)
}

// keyResultPillClass is the class of k's pill without making the pill.
func keyResultPillClass(k *model.KeyResult) string {
	if krShowsScore(k) {
		return bandClass(k.Computed.Score)
	}
	return statusClass(k.Computed.Status)
}

// statusClass is the CSS class of a status pill.
func statusClass(s model.Status) string {
	if s == model.StatusNone {
		return "none"
	}
	return string(s)
}

// bandClass is the CSS class of a score pill, "band-" and the band.
func bandClass(score float64) string {
	switch model.Band(score) {
	case "red":
		return "band-red"
	case "amber":
		return "band-amber"
	}
	return "band-green"
}
