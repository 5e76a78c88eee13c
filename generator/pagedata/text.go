package pagedata

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// PercentText formats a progress fraction as a whole percentage, rounding down
// (100 % means done).
func PercentText(f float64) string { return strconv.Itoa(compute.Percent(f)) + "%" }

// ScoreText formats a 0–1 score with one decimal, e.g. "0.7".
func ScoreText(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', 1, 64) }

// DateText is a date as pages show it, e.g. "2 Jan 2026".
func DateText(t time.Time) string { return t.Format("2 Jan 2006") }

// ShortDate is a date without its year, e.g. "2 Jan".
func ShortDate(t time.Time) string {
	return t.Format("2 Jan")
}

// optUnit is an optional number with its unit, "not set" when unset.
func optUnit(v *float64, unit string) string {
	if v == nil {
		return "not set"
	}
	return WithUnit(*v, unit)
}

// ValueOrDash formats an optional number with its unit, "–" when unset.
func ValueOrDash(v *float64, unit string) string {
	if v == nil {
		return "–"
	}
	return WithUnit(*v, unit)
}

// CurrentText is where a metric or threshold key result stands now — its
// Baseline too when that is the only value known.
func CurrentText(k *model.KeyResult) string {
	if v, ok := compute.CurrentValue(k); ok {
		return WithUnit(v, k.Unit)
	}
	return "–"
}

// Mailto is a mailto: link for an address, or "" when there is none.
func Mailto(email string) string {
	email = strings.TrimSpace(email)
	if email == "" || strings.ContainsAny(email, ":/?#\\ <>\"'") {
		return ""
	}
	return "mailto:" + email
}

// KindLabel is the name of a key result kind as pages show it, e.g.
// "keep above".
func KindLabel(k model.Kind) string {
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

// Plural formats n with word, adding "s" unless n is 1.
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
