package render

import (
	"html/template"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/markdown"
	"github.com/okrportal/okrportal/generator/model"
)

// templateFuncs are the template functions of every theme. They depend on
// nothing but their arguments (and the fragment cache of the Render call);
// links come from the page's methods instead.
func templateFuncs(frags *fragments) template.FuncMap {
	meterHTML := func(m meter) (template.HTML, error) { return frags.partial("meter", m) }
	return template.FuncMap{
		"partial": frags.partial,
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
		"iso":        isoDate,
		"short":      shortDate,
		"num":        numText,
		"detail":     krDetail,
		"value":      checkinValue,
		"kind":       kindLabel,
		"phase":      phaseLabel,
		"counts":     statusCounts,
		"plural":     plural,
		"link":       safeLink,
		"closed":     isClosed,
		"holds":      holds,
		"kpi":        optValue,
		"current":    currentValue,
		"krid":       krAnchor,
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
func isoDate(t time.Time) string  { return t.Format("2006-01-02") }
func shortDate(t time.Time) string {
	return t.Format("2 Jan")
}

// numText formats a number compactly: at most two decimals, thousands
// separated by commas from 10,000 up.
func numText(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if math.Abs(v) < 10000 {
		return s
	}
	sign, intPart, frac := "", s, ""
	if strings.HasPrefix(intPart, "-") {
		sign, intPart = "-", intPart[1:]
	}
	if i := strings.IndexByte(intPart, '.'); i >= 0 {
		intPart, frac = intPart[:i], intPart[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String() + frac
}

// withUnit formats v with unit: "42%", "$1,200", "120 ms".
func withUnit(v float64, unit string) string {
	n := numText(v)
	switch unit {
	case "":
		return n
	case "%":
		return n + "%"
	case "$", "€", "£", "¥":
		if strings.HasPrefix(n, "-") {
			return "-" + unit + n[1:]
		}
		return unit + n
	}
	return n + " " + unit
}

func optUnit(v *float64, unit string) string {
	if v == nil {
		return "?"
	}
	return withUnit(*v, unit)
}

// optValue formats an optional number with its unit, "–" when unset.
func optValue(v *float64, unit string) string {
	if v == nil {
		return "–"
	}
	return withUnit(*v, unit)
}

// currentValue is where a metric or threshold key result stands now.
func currentValue(k *model.KeyResult) string {
	if v, ok := compute.CurrentValue(k); ok && !k.BaselineOnly {
		return withUnit(v, k.Unit)
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

// checkinValue formats what a check-in reports: a value, done or a
// progress percentage.
func checkinValue(k *model.KeyResult, c *model.Checkin) string {
	switch {
	case c.Value != nil:
		return withUnit(*c.Value, k.Unit)
	case c.Done != nil && *c.Done:
		return "done"
	case c.Done != nil:
		return "not done"
	case c.Progress != nil:
		return numText(*c.Progress) + "%"
	}
	return "–"
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

func phaseLabel(ph model.Phase) string {
	switch ph {
	case model.PhaseUpcoming:
		return "upcoming"
	case model.PhaseClosed:
		return "closed"
	}
	return "active"
}

// plural formats n with word, adding "s" unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// safeLink returns u when it is safe to link to (markdown.SafeURL), else "".
func safeLink(u string) string {
	if strings.TrimSpace(u) == "" {
		return ""
	}
	if s := markdown.SafeURL(u); s != "#" || u == "#" {
		return s
	}
	return ""
}
