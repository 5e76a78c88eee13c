package resolve

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/okrportal/okrportal/generator/model"
)

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

// cssColour is what portal.yaml's accent may be: a hex colour, a colour
// function of numbers, or a colour name; nothing that could end the CSS
// declaration it is put in.
var cssColour = regexp.MustCompile(`^(#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%/ +-]*\)|[a-zA-Z]+)$`)

// branding applies portal.yaml's `logo:`, a file under static/, and
// `accent:`, a CSS colour.
func (r *resolver) branding(s *model.Settings, raw *rawPortal) {
	if a := strings.TrimSpace(raw.Accent); a != "" {
		if cssColour.MatchString(a) {
			s.Accent = a
		} else {
			r.errorf(portalFile, raw.Meta.LineOf("accent"), "invalid-value",
				"accent %q is not a CSS colour; write e.g. accent: \"#0b5fff\", accent: rgb(11 95 255) or accent: teal", raw.Accent)
		}
	}
	logo := strings.TrimPrefix(strings.TrimSpace(raw.Logo), "static/")
	if logo == "" {
		return
	}
	clean := path.Clean(logo)
	switch {
	case path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(logo, "\\") || strings.ContainsAny(logo, "?#"):
		r.errorf(portalFile, raw.Meta.LineOf("logo"), "invalid-value",
			"logo %q must be a file under static/, written relative to it, e.g. logo: logo.svg for static/logo.svg", raw.Logo)
	case r.portal.StaticDir == "":
		r.errorf(portalFile, raw.Meta.LineOf("logo"), "invalid-value",
			"logo %q: there is no static/ folder; put the file in static/ beside portal.yaml", raw.Logo)
	default:
		if st, err := os.Stat(filepath.Join(r.portal.StaticDir, filepath.FromSlash(clean))); err != nil || st.IsDir() {
			r.errorf(portalFile, raw.Meta.LineOf("logo"), "invalid-value",
				"logo %q: there is no file static/%s; put the logo there or correct the path", raw.Logo, clean)
			return
		}
		s.Logo = clean
	}
}
