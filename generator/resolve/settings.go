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

// branding applies portal.yaml's `logo:` and `favicon:`, files under
// static/, and `accent:`, a CSS colour.
func (r *resolver) branding(s *model.Settings, raw *rawPortal) {
	if a := strings.TrimSpace(raw.Accent); a != "" {
		if cssColour.MatchString(a) {
			s.Accent = a
		} else {
			r.errorf(portalFile, raw.Meta.LineOf("accent"), "invalid-value",
				"accent %q is not a CSS colour; write e.g. accent: \"#0b5fff\", accent: rgb(11 95 255) or accent: teal", raw.Accent)
		}
	}
	s.Logo = r.staticFile(raw, "logo", raw.Logo, "logo.svg")
	s.Favicon = r.staticFile(raw, "favicon", raw.Favicon, "favicon.svg")
	if s.Favicon != "" && model.IconType(s.Favicon) == "" {
		r.errorf(portalFile, raw.Meta.LineOf("favicon"), "invalid-value",
			"favicon %q must be an .svg, .png or .ico picture", raw.Favicon)
		s.Favicon = ""
	}
}

// staticFile checks the portal.yaml field name, whose value v names a
// file under static/ (e.g. the example), and returns its slash path
// relative to static/, or "" when v is empty or wrong (reported).
func (r *resolver) staticFile(raw *rawPortal, name, v, example string) string {
	rel := strings.TrimPrefix(strings.TrimSpace(v), "static/")
	if rel == "" {
		return ""
	}
	clean := path.Clean(rel)
	line := raw.Meta.LineOf(name)
	switch {
	case path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(rel, "\\") || strings.ContainsAny(rel, "?#"):
		r.errorf(portalFile, line, "invalid-value",
			"%s %q must be a file under static/, written relative to it, e.g. %s: %s for static/%s", name, v, name, example, example)
	case r.portal.StaticDir == "":
		r.errorf(portalFile, line, "invalid-value",
			"%s %q: there is no static/ folder; put the file in static/ beside portal.yaml", name, v)
	default:
		if st, err := os.Stat(filepath.Join(r.portal.StaticDir, filepath.FromSlash(clean))); err != nil || st.IsDir() {
			r.errorf(portalFile, line, "invalid-value",
				"%s %q: there is no file static/%s; put the %s there or correct the path", name, v, clean, name)
			return ""
		}
		return clean
	}
	return ""
}
