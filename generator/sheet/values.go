package sheet

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Values are one row's cells of one level, by field name, normalized: a
// number as Go formats it (45, 0.5), a date as YYYY-MM-DD, a yes/no as
// true or false, a list as its items joined by "; ".
type Values map[string]string

// Kinds are the kinds a row may give.
var Kinds = []string{"metric", "keep-above", "keep-below", "boolean", "milestones", "qualitative", "rollup"}

// Statuses are the statuses a check-in or an objective may give.
var Statuses = []string{"on-track", "at-risk", "off-track", "achieved", "missed", "dropped"}

var kindAliases = map[string]string{"yes/no": "boolean", "binary": "boolean", "bool": "boolean", "number": "metric",
	"numeric": "metric", "percentage": "metric", "currency": "metric", "keepabove": "keep-above", "keepbelow": "keep-below",
	"manual": "qualitative", "default progress": "qualitative", "custom percent": "metric", "euro": "metric", "dollar": "metric"}

var statusAliases = map[string]string{"on track": "on-track", "ontrack": "on-track", "at risk": "at-risk", "atrisk": "at-risk",
	"behind": "off-track", "off track": "off-track", "offtrack": "off-track", "not on track": "off-track",
	"completed": "achieved", "done": "achieved", "closed": "achieved", "postponed": "dropped"}

// cell normalizes raw for f; a non-empty message says what is wrong and
// what to write.
func cell(f *Field, raw string) (string, string) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", ""
	}
	switch f.Type {
	case Number:
		return number(f, raw)
	case Bool:
		return boolean(raw)
	case Date:
		return date(raw)
	case List:
		return strings.Join(splitList(raw), "; "), ""
	}
	switch f.Name {
	case "period":
		if calendarRE.MatchString(raw) {
			return strings.ToUpper(raw), ""
		}
	case "kind":
		return choice(raw, Kinds, kindAliases, "kind")
	case "milestones":
		return milestones(raw)
	case "initiatives":
		return initiatives(raw)
	case "status", "objective status":
		return choice(raw, Statuses, statusAliases, "status")
	}
	return raw, ""
}

func number(f *Field, raw string) (string, string) {
	s := strings.ReplaceAll(raw, "\u00a0", "")
	if f.Name == "confidence" { // 8/10 is how people say it
		s = strings.TrimSpace(strings.TrimSuffix(s, "/10"))
	}
	if v, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
		return strconv.FormatFloat(v, 'f', -1, 64), ""
	}
	hint := "write a number such as 45 or 0.5, with no unit"
	switch {
	case strings.HasSuffix(s, "%"):
		hint = fmt.Sprintf("write %s without the %% sign (put %% in the unit column)", strings.TrimSpace(strings.TrimSuffix(s, "%")))
	case strings.Contains(s, ","):
		hint = "write it with a '.' for decimals and no thousands separator: 1200 or 0.5"
	}
	return "", fmt.Sprintf("%s %q is not a number; %s", f.Name, raw, hint)
}

func boolean(raw string) (string, string) {
	switch strings.ToLower(raw) {
	case "yes", "y", "true", "1", "x", "done", "✓", "✔":
		return "true", ""
	case "no", "n", "false", "0", "not done", "-":
		return "false", ""
	}
	return "", fmt.Sprintf("%q is not yes or no; write yes or no", raw)
}

var calendarRE = regexp.MustCompile(`^\d{4}(-[qQhH]\d)?$`)

var isoDate = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$`)

// date reads YYYY-MM-DD (or YYYY/MM/DD, with an ignored time), or a
// spreadsheet's date serial number as XLSX stores it.
func date(raw string) (string, string) {
	if m := isoDate.FindStringSubmatch(raw); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Year() == y && int(t.Month()) == mo && t.Day() == d {
			return t.Format(time.DateOnly), ""
		}
	} else if n, err := strconv.ParseFloat(raw, 64); err == nil && n >= 20000 && n < 80000 {
		if t, err := excelize.ExcelDateToTime(n, false); err == nil {
			return t.Format(time.DateOnly), ""
		}
	}
	return "", fmt.Sprintf("%q is not a date; write it as YYYY-MM-DD, e.g. 2026-10-12", raw)
}

// splitList splits a list cell at ';', ',' and line ends.
func splitList(raw string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(raw, func(r rune) bool { return r == ';' || r == ',' || r == '\n' || r == '\r' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func choice(raw string, valid []string, alias map[string]string, what string) (string, string) {
	s := strings.ToLower(raw)
	if slices.Contains(valid, s) {
		return s, ""
	}
	if a, ok := alias[s]; ok {
		return a, ""
	}
	if a, ok := alias[strings.ReplaceAll(s, "-", " ")]; ok {
		return a, ""
	}
	return "", fmt.Sprintf("%s %q is not one of %s; write one of them", what, raw, strings.Join(valid, ", "))
}

// float returns a normalized number, or nil.
func (v Values) float(name string) *float64 {
	s, ok := v[name]
	if !ok || s == "" {
		return nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return &f
}

// list returns a normalized list's items.
func (v Values) list(name string) []string {
	if v[name] == "" {
		return nil
	}
	return strings.Split(v[name], "; ")
}
