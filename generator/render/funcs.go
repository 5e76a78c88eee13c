package render

import (
	"html/template"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// templateFuncs are the template functions of every theme. They depend on
// nothing but their arguments (and the fragment cache of the Render call);
// links come from the page's methods instead.
func templateFuncs(frags *fragments) template.FuncMap {
	meterHTML := func(m meter) (template.HTML, error) { return frags.Partial("meter", m) }
	return template.FuncMap{
		"partial": frags.Partial,
		// Status pills and progress bars, rendered by the "pill" and
		// "meter" partials once per distinct value.
		"pill":   frags.statusPillHTML,
		"opill":  frags.objectivePillHTML,
		"kpill":  frags.keyResultPillHTML,
		"spill":  frags.summaryScorePillHTML,
		"meter":  meterHTML,
		"ometer": frags.objectiveMeterHTML,
		"kmeter": frags.keyResultMeterHTML,
		"rowmeter": func(sum compute.Summary, pe *model.Period, today time.Time) (template.HTML, error) {
			return frags.meterHTML(frags.judge.summaryMeterArgs(sum, pe, today))
		},
		"ostatus":    frags.objectivePillClass,
		"pct":        pct,
		"score":      scoreText,
		"date":       dateText,
		"iso":        pagedata.ISODate,
		"short":      shortDate,
		"num":        pagedata.NumText,
		"detail":     krDetail,
		"value":      pagedata.CheckinValue,
		"kind":       kindLabel,
		"phase":      pagedata.PhaseLabel,
		"counts":     statusCounts,
		"plural":     plural,
		"link":       pagedata.SafeLink,
		"closed":     isClosed,
		"holds":      holds,
		"kpi":        optValue,
		"current":    currentValue,
		"krid":       pagedata.KRAnchor,
		"mailto":     mailto,
		"baseline":   baseline,
		"confidence": confidenceText,
		"measured":   func(k *model.KeyResult) bool { _, ok := compute.CurrentValue(k); return ok },
		"due":        func(t *time.Time) string { return strings.TrimPrefix(dueText(t), " · ") },
	}
}

// pct formats a progress fraction as a whole percentage, rounding down
// (100 % means done).
func pct(f float64) string { return strconv.Itoa(compute.Percent(f)) + "%" }

// width is the CSS width of a progress bar's fill, in whole percent as
// printed beside it.
func width(f float64) template.CSS {
	return template.CSS("width:" + strconv.Itoa(compute.Percent(f)) + "%")
}

// left is the CSS position of the expected-progress mark on a bar.
func left(f float64) template.CSS {
	return template.CSS("left:" + strconv.Itoa(compute.Percent(f)) + "%")
}

// scoreText formats a 0–1 score with one decimal, e.g. "0.7".
func scoreText(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', 1, 64) }

func dateText(t time.Time) string { return t.Format("2 Jan 2006") }
func shortDate(t time.Time) string {
	return t.Format("2 Jan")
}

func optUnit(v *float64, unit string) string {
	if v == nil {
		return "not set"
	}
	return pagedata.WithUnit(*v, unit)
}

// optValue formats an optional number with its unit, "–" when unset.
func optValue(v *float64, unit string) string {
	if v == nil {
		return "–"
	}
	return pagedata.WithUnit(*v, unit)
}

// currentValue is where a metric or threshold key result stands now — its
// baseline too when that is the only value known.
func currentValue(k *model.KeyResult) string {
	if v, ok := compute.CurrentValue(k); ok {
		return pagedata.WithUnit(v, k.Unit)
	}
	return "–"
}

// mailto is a mailto: link for an address, or "" when there is none.
func mailto(email string) string {
	email = strings.TrimSpace(email)
	if email == "" || strings.ContainsAny(email, ":/?#\\ <>\"'") {
		return ""
	}
	return "mailto:" + email
}

func kindLabel(k model.Kind) string {
	switch k {
	case model.KindKeepAbove:
		return "keep above"
	case model.KindKeepBelow:
		return "keep below"
	case model.KindMilestones:
		return "milestones"
	case model.KindRollup:
		return "roll-up"
	}
	return string(k)
}

// plural formats n with word, adding "s" unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
