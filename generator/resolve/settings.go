package resolve

import "github.com/okrportal/okrportal/generator/model"

// defaultSettings are the settings of a portal.yaml that sets nothing.
func defaultSettings() model.Settings {
	return model.Settings{
		Title:    "OKRs",
		Check:    model.DefaultCheckSettings(),
		Statuses: model.DefaultStatusSettings(),
		Scores:   model.DefaultScoreBands(),
	}
}

// statusSettings applies portal.yaml's `statuses:` margins, each a
// fraction from 0 to 1; the at-risk margin may not be below the on-track
// one, or no progress would ever be at risk.
func (r *resolver) statusSettings(s *model.StatusSettings, raw rawStatuses) {
	r.setFraction(&s.OnTrackMargin, raw.OnTrackMargin, raw.Meta, "statuses", "on_track_margin")
	r.setFraction(&s.AtRiskMargin, raw.AtRiskMargin, raw.Meta, "statuses", "at_risk_margin")
	r.setFraction(&s.DueWarning, raw.DueWarning, raw.Meta, "statuses", "due_warning")
	if s.AtRiskMargin < s.OnTrackMargin {
		r.errorf(portalFile, raw.Meta.LineOf("at_risk_margin"), "invalid-value",
			"statuses.at_risk_margin (%g) is below on_track_margin (%g); the at-risk margin is the larger one, e.g. on_track_margin: 0.10, at_risk_margin: 0.25",
			s.AtRiskMargin, s.OnTrackMargin)
		*s = model.DefaultStatusSettings()
	}
}

// scoreBands applies portal.yaml's `scores:` band bounds, fractions from
// 0 to 1 with amber at or below green.
func (r *resolver) scoreBands(b *model.ScoreBands, raw rawScores) {
	r.setFraction(&b.Amber, raw.Amber, raw.Meta, "scores", "amber")
	r.setFraction(&b.Green, raw.Green, raw.Meta, "scores", "green")
	if b.Green < b.Amber {
		r.errorf(portalFile, raw.Meta.LineOf("green"), "invalid-value",
			"scores.green (%g) is below scores.amber (%g); green starts above amber, e.g. amber: 0.4, green: 0.7", b.Green, b.Amber)
		*b = model.DefaultScoreBands()
	}
}

// setFraction sets *dst to *v when it is given and from 0 to 1.
func (r *resolver) setFraction(dst *float64, v *float64, meta interface{ LineOf(string) int }, group, name string) {
	if v == nil {
		return
	}
	if *v < 0 || *v > 1 {
		r.errorf(portalFile, meta.LineOf(name), "invalid-value", "%s.%s %g is out of range; write a fraction from 0 to 1, e.g. 0.1 for 10 %%", group, name, *v)
		return
	}
	*dst = *v
}
