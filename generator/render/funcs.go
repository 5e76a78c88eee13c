package render

import (
	"html/template"
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
		// code renders a review message's `code spans` as <code>.
		"code": codeSpans,
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
			return frags.meterHTML(frags.judge.SummaryMeterArgs(sum, pe, today))
		},
		"ostatus":    frags.objectivePillClass,
		"pct":        pagedata.PercentText,
		"score":      pagedata.ScoreText,
		"date":       pagedata.DateText,
		"iso":        pagedata.ISODate,
		"short":      pagedata.ShortDate,
		"num":        pagedata.NumText,
		"detail":     pagedata.KRDetail,
		"value":      pagedata.CheckinValue,
		"kind":       pagedata.KindLabel,
		"phase":      pagedata.PhaseLabel,
		"counts":     pagedata.StatusCounts,
		"plural":     pagedata.Plural,
		"link":       pagedata.SafeLink,
		"closed":     pagedata.IsClosed,
		"holds":      pagedata.Holds,
		"kpi":        pagedata.ValueOrDash,
		"current":    pagedata.CurrentText,
		"krid":       pagedata.KRAnchor,
		"mailto":     pagedata.Mailto,
		"baseline":   pagedata.Baseline,
		"confidence": pagedata.ConfidenceText,
		"measured":   func(k *model.KeyResult) bool { _, ok := compute.CurrentValue(k); return ok },
		"due":        func(t *time.Time) string { return strings.TrimPrefix(pagedata.DueText(t), " · ") },
	}
}

// width is the CSS width of a progress bar's fill, in whole percent as
// printed beside it.
func width(f float64) template.CSS {
	return template.CSS("width:" + strconv.Itoa(compute.Percent(f)) + "%")
}

// left is the CSS position of the expected-progress mark on a bar.
func left(f float64) template.CSS {
	return template.CSS("left:" + strconv.Itoa(compute.Percent(f)) + "%")
}
