package pagedata

import (
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// What a status pill shows and how pages judge a summary: the values
// behind the "pill" partial and the bars' colours.

// Pill is a status or score badge: an icon and a word, never colour alone.
type Pill struct {
	Class string // CSS class, e.g. "on-track" or "band-green"
	Icon  string // the symbol for the class (the default theme's CSS draws it)
	Text  string
	Title string // what Text alone does not say, e.g. "Key result score 0.7 of 1.0 (green)"; "" for a status
}

// StatusPill is the pill of a status: its word says what it is, so it has
// no title.
func StatusPill(s model.Status) Pill {
	return Pill{Class: StatusClass(s), Icon: s.Icon(), Text: s.Label()}
}

// ScorePill is the pill of a score in band (red, amber or green).
func ScorePill(score float64, band, what string) Pill {
	icon := map[string]string{"green": "✓", "amber": "!", "red": "✕"}[band]
	text := ScoreText(score)
	return Pill{Class: "band-" + band, Icon: icon, Text: text, Title: what + " score " + text + " of 1.0 (" + band + ")"}
}

// NotScoredPill is the pill of a closed objective or key result that was
// never graded: neutral, never a 0.0.
func NotScoredPill(what string) Pill {
	return Pill{Class: string(NotScored), Icon: "–", Text: "not scored", Title: what + " not scored"}
}

// Judging is what pages judge summaries by: the portal's score bands and
// status margins.
type Judging struct {
	Bands    model.ScoreBands
	Statuses model.StatusSettings
}

// NewJudging is the judging of portal p: its bands and margins, the
// spec's where p sets none.
func NewJudging(p *model.Portal) Judging {
	return Judging{Bands: ScoreBands(p), Statuses: StatusSettings(p)}
}

// Band is the band of a score the model computed (computed), or of score
// in the portal's bands when the model left it empty.
func (j Judging) Band(computed string, score float64) string {
	if computed != "" {
		return computed
	}
	return j.Bands.Band(score)
}

// IsClosed reports whether o's period is over.
func IsClosed(o *model.Objective) bool { return o.Computed.Phase == model.PhaseClosed }

// ShowsScore reports whether o is shown with its score rather than its
// status: once its period is over, unless it was dropped.
func ShowsScore(o *model.Objective) bool {
	return IsClosed(o) && o.Computed.Status != model.StatusDropped
}

// KRShowsScore reports whether k is shown with its score: once its
// objective's period is over.
func KRShowsScore(k *model.KeyResult) bool { return k.Objective != nil && IsClosed(k.Objective) }

// StatusCount is one status with how many objectives have it.
type StatusCount struct {
	Pill   Pill
	N      int
	Status model.Status // of a status count
}

// statusOrder is the order statuses are counted in.
var statusOrder = []model.Status{
	model.StatusOnTrack, model.StatusAtRisk, model.StatusOffTrack, model.StatusNoData, model.StatusNotStarted,
	model.StatusAchieved, model.StatusMissed, model.StatusDropped, model.StatusClosed, model.StatusNone,
}

// StatusCounts lists the non-zero counts of a summary in a fixed order.
func StatusCounts(sum compute.Summary) []StatusCount {
	var out []StatusCount
	for _, st := range statusOrder {
		if n := sum.Counts[st]; n > 0 {
			out = append(out, StatusCount{Pill: StatusPill(st), N: n, Status: st})
		}
	}
	return out
}

// SummaryMeterArgs is the progress bar of a summary of objectives in
// period pe on day today: its progress p, expected progress e, whether
// the expected mark shows and its class — an empty no-data bar when no
// objective has data, else the mean progress of those that have, judged
// against their mean expected progress (not the share of the period gone
// by, which a key result due later does not yet expect).
func (j Judging) SummaryMeterArgs(sum compute.Summary, pe *model.Period, today time.Time) (p, e float64, showE bool, class string) {
	if pe == nil || sum.Objectives == 0 {
		return sum.Progress, 0, false, "none"
	}
	if sum.WithData == 0 {
		return 0, 0, false, string(model.StatusNoData)
	}
	switch pe.PhaseOn(today) {
	case model.PhaseActive:
		return sum.Progress, sum.Expected, true, string(compute.StatusFor(sum.Progress, sum.Expected, j.Statuses))
	case model.PhaseClosed:
		if sum.Scored == 0 {
			return sum.Progress, 0, false, "none"
		}
		return sum.Progress, 0, false, "band-" + sum.BandIn(j.Bands)
	}
	return sum.Progress, 0, false, "none"
}

// StatusClass is the CSS class of a status pill.
func StatusClass(s model.Status) string {
	if s == model.StatusNone {
		return "none"
	}
	return string(s)
}
