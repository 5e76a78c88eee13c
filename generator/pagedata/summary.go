package pagedata

import (
	"strconv"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// What the model says about unknowns, as pages show it: a key result or
// objective without data is "no data yet" (never a percentage, never off
// track), and a closed one never graded is "not scored" (never a 0.0).

// NotScored is the "status" of a closed objective or key result without a
// score; it is no model status, only a pill.
const NotScored model.Status = "not-scored"

// ScoreBands are the portal's score bands, the spec's when unset.
func ScoreBands(p *model.Portal) model.ScoreBands {
	if b := p.Settings.Scores; b.Amber > 0 || b.Green > 0 {
		return b
	}
	return model.DefaultScoreBands()
}

// StatusSettings are the portal's status margins, the spec's when unset.
func StatusSettings(p *model.Portal) model.StatusSettings {
	s, def := p.Settings.Statuses, model.DefaultStatusSettings()
	if s.OnTrackMargin <= 0 && s.AtRiskMargin <= 0 {
		s.OnTrackMargin, s.AtRiskMargin = def.OnTrackMargin, def.AtRiskMargin
	}
	return s
}

// SummaryNote is what a summary of objectives leaves out of its figures:
// once closed "1 not scored", else "2 without data yet"; "" when nothing.
func SummaryNote(sum compute.Summary, closed bool) string {
	switch {
	case closed && sum.NotScored > 0:
		return strconv.Itoa(sum.NotScored) + " not scored"
	case !closed && sum.NoData > 0:
		return strconv.Itoa(sum.NoData) + " without data yet"
	}
	return ""
}

// WithoutData is "2 of 5 key results without data", or "" when every key
// result of o has data (or none has: o is no-data itself).
func WithoutData(o *model.Objective) string {
	n := o.Computed.WithoutData
	if n == 0 || !o.Computed.HasData {
		return ""
	}
	return strconv.Itoa(n) + " of " + Plural(len(o.KeyResults), "key result") + " without data"
}

// ProgressText is a progress as a percentage, or "no data" without data.
func ProgressText(hasData bool, progress float64) string {
	if !hasData {
		return "no data"
	}
	return PercentText(progress)
}
