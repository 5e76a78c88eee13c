package resolve

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

var calendarRE = regexp.MustCompile(`^(\d{4})(?:-([hq])(\d+))?$`)

// periods knows the declared periods and understands calendar ones.
type periods struct {
	byID map[string]*model.Period
}

// parseCalendar understands YYYY, YYYY-HN and YYYY-QN (any case). ok is
// false when id does not look like a calendar period at all; err is set
// when it does but is malformed (2026-Q5).
func parseCalendar(id string) (p *model.Period, ok bool, err error) {
	m := calendarRE.FindStringSubmatch(strings.ToLower(id))
	if m == nil {
		return nil, false, nil
	}
	year, _ := strconv.Atoi(m[1])
	if year < 1900 || year > 9999 {
		return nil, true, fmt.Errorf("year %d is out of range", year)
	}
	start, months := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), 12
	name := m[1]
	if m[2] != "" {
		n, _ := strconv.Atoi(m[3])
		parts := map[string]int{"h": 2, "q": 4}[m[2]]
		if n < 1 || n > parts {
			return nil, true, fmt.Errorf("%s has no %s%d; use %s1 to %s%d", m[1], strings.ToUpper(m[2]), n, strings.ToUpper(m[2]), strings.ToUpper(m[2]), parts)
		}
		months = 12 / parts
		start = start.AddDate(0, (n-1)*months, 0)
		name = fmt.Sprintf("%s-%s%d", m[1], strings.ToUpper(m[2]), n)
	}
	end := start.AddDate(0, months, -1)
	return &model.Period{ID: strings.ToLower(name), Name: name, Start: start, End: end}, true, nil
}

// lookup returns the period named ref, creating calendar periods on first
// use. The error message says how to fix an unknown or malformed period.
func (ps *periods) lookup(ref string) (*model.Period, error) {
	id := Slugify(ref)
	if p, ok := ps.byID[id]; ok {
		return p, nil
	}
	p, isCalendar, err := parseCalendar(id)
	if err != nil {
		return nil, fmt.Errorf("period %q is malformed: %v", ref, err)
	}
	if !isCalendar {
		return nil, fmt.Errorf("period %q is not declared; calendar periods are written YYYY, YYYY-HN or YYYY-QN, any other must be listed under `periods:` in portal.yaml with id, start and end", ref)
	}
	ps.byID[id] = p
	return p, nil
}

// declare adds the periods of portal.yaml.
func (r *resolver) declarePeriods(raw []rawPeriod) {
	for i, rp := range raw {
		line := rp.Meta.Line
		if rp.ID == "" {
			r.errorf(portalFile, line, "missing-field", "periods[%d] has no id; give it one, e.g. `id: FY27-Q1`", i+1)
			continue
		}
		if rp.Start == nil || rp.End == nil {
			if rp.Start == nil && !rp.Meta.IsInvalid("start") || rp.End == nil && !rp.Meta.IsInvalid("end") {
				r.errorf(portalFile, line, "missing-field", "period %q needs both start and end dates (YYYY-MM-DD)", rp.ID)
			}
			continue
		}
		if rp.End.Before(rp.Start.Time) {
			r.errorf(portalFile, rp.Meta.LineOf("end"), "invalid-period", "period %q ends (%s) before it starts (%s)", rp.ID, rp.End.Format("2006-01-02"), rp.Start.Format("2006-01-02"))
			continue
		}
		id := Slugify(rp.ID)
		if id == "" {
			r.errorf(portalFile, line, "invalid-id", "period id %q has no letters or digits", rp.ID)
			continue
		}
		if _, dup := r.periods.byID[id]; dup {
			r.errorf(portalFile, line, "duplicate-id", "period %q is declared twice", rp.ID)
			continue
		}
		name := rp.Name
		if name == "" {
			name = rp.ID
		}
		r.periods.byID[id] = &model.Period{ID: id, Name: name, Start: rp.Start.Time, End: rp.End.Time, Declared: true,
			Source: model.Source{File: portalFile, Line: line}}
	}
}
