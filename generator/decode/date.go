package decode

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Date is a calendar day, written YYYY-MM-DD.
type Date struct{ time.Time }

// ParseDate parses YYYY-MM-DD strictly (2026-02-30 is an error).
func ParseDate(s string) (Date, error) {
	if d, ok := parseDay(strings.TrimSpace(s)); ok {
		return d, nil
	}
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		if why := impossibleDay(strings.TrimSpace(s)); why != "" {
			return Date{}, fmt.Errorf("%s is not a date: %s", strings.TrimSpace(s), why)
		}
		return Date{}, fmt.Errorf("%q is not a date; write it as YYYY-MM-DD, e.g. 2026-10-05", s)
	}
	return Date{t}, nil
}

// parseDay parses s when it is a valid YYYY-MM-DD, as time.Parse would
// (TestParseDayMatchesTimeParse holds it to that) at a tenth of the cost;
// ok is false for anything else, which ParseDate leaves to time.Parse to
// accept or explain.
func parseDay(s string) (d Date, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	year, ok1 := digits(s[:4])
	month, ok2 := digits(s[5:7])
	day, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return Date{}, false
	}
	return Date{time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)}, true
}

// digits returns the number that the ASCII digits s spell, or false.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysIn is the number of days of month (1-12) of year, in the proleptic
// Gregorian calendar that package time uses.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// impossibleDay says why a well-formed YYYY-MM-DD names no day ("April has
// 30 days"), or returns "" when s is not of that shape.
func impossibleDay(s string) string {
	var y, m, d int
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	if _, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); err != nil {
		return ""
	}
	if m < 1 || m > 12 {
		return fmt.Sprintf("there is no month %d; months run from 01 to 12", m)
	}
	days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > days {
		return fmt.Sprintf("%s %d has %d days", time.Month(m), y, days)
	}
	return ""
}

// date decodes a YYYY-MM-DD scalar into v.
func (d *Decoder) date(n *yaml.Node, v *Date, path *Path) {
	if !d.scalar(n, path, "a date (YYYY-MM-DD)") {
		return
	}
	date, err := ParseDate(n.Value)
	if err != nil {
		d.errorf(n, "invalid-date", "%s: %v", describe(path), err)
		return
	}
	*v = date
}
