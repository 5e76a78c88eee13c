package pagedata

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/markdown"
	"github.com/okrportal/okrportal/generator/model"
)

// ISODate is t as YYYY-MM-DD.
func ISODate(t time.Time) string { return t.Format("2006-01-02") }

// NumText formats a number compactly: at most two decimals, thousands
// separated by commas from 10,000 up.
func NumText(v float64) string {
	r := math.Round(v*100) / 100
	if math.Abs(v) < 10000 && r == math.Trunc(r) && (r != 0 || !math.Signbit(r)) { // not -0
		return strconv.Itoa(int(r)) // the common whole number, without a float's formatting
	}
	s := strconv.FormatFloat(r, 'f', -1, 64)
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

// AppendNum appends NumText(v) to b.
func AppendNum(b []byte, v float64) []byte {
	r := math.Round(v*100) / 100
	if math.Abs(v) < 10000 && r == math.Trunc(r) && (r != 0 || !math.Signbit(r)) {
		return strconv.AppendInt(b, int64(r), 10) // as NumText, without its string
	}
	return append(b, NumText(v)...)
}

// AppendWithUnit appends WithUnit(v, unit) to b.
func AppendWithUnit(b []byte, v float64, unit string) []byte {
	switch unit {
	case "":
		return AppendNum(b, v)
	case "%":
		return append(AppendNum(b, v), '%')
	case "$", "€", "£", "¥":
		return append(b, WithUnit(v, unit)...)
	}
	return append(append(AppendNum(b, v), ' '), unit...)
}

// WithUnit formats v with unit: "42%", "$1,200", "120 ms".
func WithUnit(v float64, unit string) string {
	n := NumText(v)
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

// CheckinValue formats what a check-in reports: a value, done or a
// progress percentage.
func CheckinValue(k *model.KeyResult, c *model.Checkin) string {
	switch {
	case c.Value != nil:
		return WithUnit(*c.Value, k.Unit)
	case c.Done != nil && *c.Done:
		return "done"
	case c.Done != nil:
		return "not done"
	case c.Progress != nil:
		return NumText(*c.Progress) + "%"
	}
	return "–"
}

// PhaseLabel is how pages name a period's phase.
func PhaseLabel(ph model.Phase) string {
	switch ph {
	case model.PhaseUpcoming:
		return "upcoming"
	case model.PhaseClosed:
		return "closed"
	}
	return "active"
}

// SafeLink returns u when it is safe to link to (markdown.SafeURL), else "".
func SafeLink(u string) string {
	if strings.TrimSpace(u) == "" {
		return ""
	}
	if s := markdown.SafeURL(u); s != "#" || u == "#" {
		return s
	}
	return ""
}

// Title is the portal's title, "OKRs" when unset.
func Title(p *model.Portal) string {
	if p.Settings.Title != "" {
		return p.Settings.Title
	}
	return "OKRs"
}
