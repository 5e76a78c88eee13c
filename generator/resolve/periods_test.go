package resolve

import (
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseCalendar(t *testing.T) {
	tests := []struct {
		in, id, name, start, end string
	}{
		{"2026", "2026", "2026", "2026-01-01", "2026-12-31"},
		{"2026-H1", "2026-h1", "2026-H1", "2026-01-01", "2026-06-30"},
		{"2026-h2", "2026-h2", "2026-H2", "2026-07-01", "2026-12-31"},
		{"2026-Q1", "2026-q1", "2026-Q1", "2026-01-01", "2026-03-31"},
		{"2024-q1", "2024-q1", "2024-Q1", "2024-01-01", "2024-03-31"},
		{"2026-Q2", "2026-q2", "2026-Q2", "2026-04-01", "2026-06-30"},
		{"2026-q3", "2026-q3", "2026-Q3", "2026-07-01", "2026-09-30"},
		{"2026-Q4", "2026-q4", "2026-Q4", "2026-10-01", "2026-12-31"},
	}
	for _, tt := range tests {
		p, ok, err := parseCalendar(tt.in)
		if !ok || err != nil {
			t.Errorf("parseCalendar(%q) = %v, %v", tt.in, ok, err)
			continue
		}
		got := strings.Join([]string{p.ID, p.Name, p.Start.Format("2006-01-02"), p.End.Format("2006-01-02")}, " ")
		if want := strings.Join([]string{tt.id, tt.name, tt.start, tt.end}, " "); got != want {
			t.Errorf("parseCalendar(%q) = %s, want %s", tt.in, got, want)
		}
	}
	malformed := []struct{ in, message string }{
		{"2026-Q5", "2026 has no Q5; use Q1 to Q4"},
		{"2026-q0", "2026 has no Q0; use Q1 to Q4"},
		{"2026-H3", "2026 has no H3; use H1 to H2"},
		{"1066", "year 1066 is out of range"},
	}
	for _, tt := range malformed {
		if _, ok, err := parseCalendar(tt.in); !ok || err == nil || err.Error() != tt.message {
			t.Errorf("parseCalendar(%q) = %v, %v; want the error %q", tt.in, ok, err, tt.message)
		}
	}
	for _, s := range []string{"fy22-q3", "2026-m1", "26-q1", "2026q1", "2026-q", "q1-2026", "spring"} {
		if p, ok, err := parseCalendar(s); ok || err != nil || p != nil {
			t.Errorf("parseCalendar(%q) = %v, %v, %v; want not a calendar period", s, p, ok, err)
		}
	}
}

func TestPeriodsLookup(t *testing.T) {
	fy := &model.Period{ID: "fy22-q3", Name: "FY22-Q3", Start: day("2021-08-01"), End: day("2021-10-31"), Declared: true}
	ps := &periods{byID: map[string]*model.Period{"fy22-q3": fy}}
	for _, ref := range []string{"FY22-Q3", "fy22-q3", " FY22 Q3 "} {
		if p, err := ps.lookup(ref); p != fy || err != nil {
			t.Errorf("lookup(%q) = %v, %v; want the declared period", ref, p, err)
		}
	}
	q4, err := ps.lookup("2026-Q4")
	if err != nil || q4.ID != "2026-q4" {
		t.Fatalf("lookup(2026-Q4) = %v, %v", q4, err)
	}
	if again, _ := ps.lookup("2026-q4"); again != q4 {
		t.Error("a calendar period was created twice")
	}
	tests := []struct{ ref, message string }{
		{"FY23-Q1", `period "FY23-Q1" is not declared; calendar periods are written YYYY, YYYY-HN or YYYY-QN, any other must be listed under ` + "`periods:`" + ` in portal.yaml`},
		{"2026-Q5", `period "2026-Q5" is malformed: 2026 has no Q5; use Q1 to Q4`},
		{"", `period "" is not declared`},
	}
	for _, tt := range tests {
		if p, err := ps.lookup(tt.ref); p != nil || err == nil || !strings.Contains(err.Error(), tt.message) {
			t.Errorf("lookup(%q) = %v, %v; want an error containing %q", tt.ref, p, err, tt.message)
		}
	}
}

const periodsPortal = `
-- portal.yaml --
periods:
  - id: FY22-Q3
    name: Fiscal Q3 2022
    start: 2021-08-01
    end: 2021-10-31
  - {id: Sprint 7, start: 2026-11-16, end: 2026-11-29}
-- teams/eng.md --
---
name: Engineering
---
-- okrs/2026/eng/year.md --
---
title: Year
---
-- okrs/2026-H2/eng/half.md --
---
title: Half
---
-- okrs/2026-q4/eng/quarter.md --
---
title: Quarter
---
-- okrs/FY22-Q3/eng/fiscal.md --
---
title: Fiscal
---
-- okrs/other/eng/sprint.md --
---
title: Sprint
period: sprint-7
---
`

func TestPeriods(t *testing.T) {
	p := loadClean(t, periodsPortal, "2026-11-20")
	var got []string
	for _, per := range p.Periods {
		got = append(got, per.ID+" "+per.Name+" "+per.Start.Format("2006-01-02")+".."+per.End.Format("2006-01-02"))
	}
	want := []string{
		"fy22-q3 Fiscal Q3 2022 2021-08-01..2021-10-31",
		"2026 2026 2026-01-01..2026-12-31",
		"2026-h2 2026-H2 2026-07-01..2026-12-31",
		"2026-q4 2026-Q4 2026-10-01..2026-12-31",
		"sprint-7 Sprint 7 2026-11-16..2026-11-29",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("periods:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p.Current == nil || p.Current.ID != "sprint-7" {
		t.Errorf("current = %v, want the shortest period containing today, sprint-7", p.Current)
	}
	for _, o := range p.Objectives {
		if o.Period == nil || len(o.Period.Objectives) != 1 || o.Period.Objectives[0] != o {
			t.Errorf("objective %s: period %v", o.ID, o.Period)
		}
	}
	if !p.Periods[0].Declared || p.Periods[1].Declared {
		t.Error("Declared is wrong")
	}
}

func TestCurrentPeriod(t *testing.T) {
	tests := []struct {
		name, portal, today, want string
	}{
		{"shortest containing today", "", "2026-11-20", "sprint-7"},
		{"current_period wins", "current_period: 2026-H2\n", "2026-11-20", "2026-h2"},
		{"latest started when none contains today", "", "2027-03-01", "sprint-7"},
		{"first when all are ahead", "", "2020-01-01", "fy22-q3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			archive := strings.Replace(periodsPortal, "-- portal.yaml --\n", "-- portal.yaml --\n"+tt.portal, 1)
			p := loadClean(t, archive, tt.today)
			if p.Current == nil || p.Current.ID != tt.want {
				t.Errorf("current = %v, want %s", p.Current, tt.want)
			}
		})
	}
	// Without objectives, the current period is today's quarter.
	p := loadClean(t, "-- portal.yaml --\ntitle: x\n", "2026-05-05")
	if p.Current == nil || p.Current.ID != "2026-q2" || len(p.Periods) != 1 {
		t.Errorf("current = %v, periods %v", p.Current, p.Periods)
	}
	// A build date no calendar period covers leaves no nil period behind.
	p = loadClean(t, "-- portal.yaml --\ntitle: x\n", "0001-01-01")
	for _, per := range p.Periods {
		if per == nil {
			t.Error("nil period in Periods")
		}
	}
}

func TestPeriodErrors(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
current_period: 2027-Q7
periods:
  - id: FY22-Q3
    start: 2021-08-01
    end: 2021-02-30
  - {id: FY22-Q4, start: 2021-11-01}
  - {name: Nameless, start: 2021-11-01, end: 2021-12-01}
  - {id: Spring, start: 2026-05-01, end: 2026-03-01}
  - {id: "!!!", start: 2026-05-01, end: 2026-06-01}
  - {id: spring, start: 2026-03-01, end: 2026-05-01}
  - {id: Summer, start: 2026-06-01, end: 2026-08-31}
  - {id: summer, start: 2026-06-01, end: 2026-08-31}
-- teams/eng.md --
---
name: Engineering
---
-- okrs/FY23-Q1/eng/undeclared.md --
---
title: Undeclared
---
-- okrs/2026-Q5/eng/malformed.md --
---
title: Malformed
---
-- okrs/x.md --
---
title: No period
team: eng
---
-- okrs/2026-Q4/eng/explicit.md --
---
title: Explicit
period: Q4 2026
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/explicit.md:3: [unknown-period] period "Q4 2026" is not declared`,
		`okrs/2026-Q5: [unknown-period] folder okrs/2026-Q5: period "2026-Q5" is malformed: 2026 has no Q5; use Q1 to Q4`,
		`okrs/FY23-Q1: [unknown-period] folder okrs/FY23-Q1: period "FY23-Q1" is not declared`,
		`okrs/x.md:2: [missing-field] the objective has no period`,
		`portal.yaml:1: [unknown-period] current_period: period "2027-Q7" is malformed: 2027 has no Q7`,
		`portal.yaml:5:10: [invalid-date] field "periods[1].end": 2021-02-30 is not a date: February 2021 has 28 days`,
		`portal.yaml:6: [missing-field] period "FY22-Q4" needs both start and end dates`,
		`portal.yaml:7: [missing-field] periods[3] has no id`,
		`portal.yaml:8: [invalid-period] period "Spring" ends (2026-03-01) before it starts (2026-05-01)`,
		`portal.yaml:9: [invalid-id] period id "!!!" has no letters or digits`,
		`portal.yaml:12: [duplicate-id] period "summer" is declared twice`,
	)
}
