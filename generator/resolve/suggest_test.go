package resolve

import (
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// suggestPortal has a team, a priority, a person with a file and an
// objective with two key results, all referred to with typos below.
const suggestPortal = `
-- portal.yaml --
title: Suggest
-- teams/eng/platform.md --
---
name: Platform
---
-- priorities/company.md --
---
title: Company
---
-- people/ines-garcia.md --
---
name: Inés García
---
-- okrs/2026-Q4/eng/platform/first-objective.md --
---
title: First
owner: ines-garcia
priorities: [company]
key_results:
  - {id: speed, title: Speed, target: 1}
  - {title: Other, target: 1}
---
`

func TestDidYouMeanForReferences(t *testing.T) {
	tests := []struct{ name, front, want string }{
		{"team", "contributing_teams: [platfrom]", `okrs/2026-Q4/eng/platform/b.md:3:22: [unresolved-reference] contributing_teams "platfrom" matches no team; did you mean "platform"?`},
		{"full team id", "contributing_teams: [eng/platfom]", `okrs/2026-Q4/eng/platform/b.md:3:22: [unresolved-reference] contributing_teams "eng/platfom" matches no team; did you mean "eng/platform"?`},
		{"priority", "priorities: [compnay]", `okrs/2026-Q4/eng/platform/b.md:3:14: [unresolved-reference] priorities "compnay" matches no priority; did you mean "company"?`},
		{"objective", "aligns_to: first-objectve", `okrs/2026-Q4/eng/platform/b.md:3:12: [unresolved-reference] aligns_to "first-objectve" matches no objective; did you mean "first-objective"?`},
		{"objective of a key result", "aligns_to: first-objectve#kr1", `okrs/2026-Q4/eng/platform/b.md:3:12: [unresolved-reference] aligns_to "first-objectve#kr1" matches no objective; did you mean "first-objective#kr1"?`},
		{"key result", "aligns_to: first-objective#sped", `okrs/2026-Q4/eng/platform/b.md:3:12: [unresolved-reference] aligns_to "first-objective#sped": objective 2026-q4/eng/platform/first-objective has no key result "sped"; did you mean "speed"?`},
		{"no krN for krM", "aligns_to: first-objective#kr7", `okrs/2026-Q4/eng/platform/b.md:3:12: [unresolved-reference] aligns_to "first-objective#kr7": objective 2026-q4/eng/platform/first-objective has no key result "kr7" (it has`},
		{"nothing close", "depends_on: [zzzzzz]", `okrs/2026-Q4/eng/platform/b.md:3:14: [unresolved-reference] depends_on "zzzzzz" matches no objective; check the spelling or write its full id`},
		{"period field", "period: Q4-2026", `okrs/2026-Q4/eng/platform/b.md:3:9: [unknown-period] period "Q4-2026" is not declared; did you mean "2026-Q4"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			archive := suggestPortal + "-- okrs/2026-Q4/eng/platform/b.md --\n---\ntitle: B\n" + tt.front + "\n---\n"
			_, list := load(t, archive, "2026-11-20")
			got := list.Errors()
			if len(got) != 1 || !matches(got[0], tt.want) {
				t.Errorf("errors:\n%swant:\n%s", lines(got), tt.want)
			}
		})
	}
}

func TestPeriodFolderIsOneErrorWithASuggestion(t *testing.T) {
	archive := suggestPortal
	for _, f := range []string{"a", "b", "c"} {
		archive += "-- okrs/Q4-2026/eng/platform/" + f + ".md --\n---\ntitle: " + f + "\n---\n"
	}
	_, list := load(t, archive, "2026-11-20")
	assertErrors(t, list, `okrs/Q4-2026: [unknown-period] folder okrs/Q4-2026 names no period; did you mean "2026-Q4"? Rename the folder to okrs/2026-Q4, or declare "Q4-2026" under `+"`periods:`"+` in portal.yaml`)
	if n := list.Count(diag.Error); n != 1 {
		t.Errorf("Count(Error) = %d, want 1", n)
	}
}

func TestSuggestPeriod(t *testing.T) {
	r := &resolver{periods: &periods{byID: map[string]*model.Period{"fy27-q1": {ID: "fy27-q1", Declared: true}}}}
	for ref, want := range map[string]string{
		"Q4-2026": "2026-Q4", "2026Q4": "2026-Q4", "q2_2027": "2027-Q2", "H1 2026": "2026-H1", "2026-": "2026",
		"FY27-Q2": "fy27-q1", "fy27q1": "fy27-q1", "2026-Q5": "", "Spring": "", "FY99-Q3": "",
	} {
		if got := r.suggestPeriod(ref); got != want {
			t.Errorf("suggestPeriod(%q) = %q, want %q", ref, got, want)
		}
	}
}

func TestUnknownPersonWarning(t *testing.T) {
	tests := []struct{ name, archive, owner, want string }{
		{"typo of an id", suggestPortal, "ines-garica", `owner "ines-garica" matches no one in people/; did you mean "ines-garcia"? (or add people/ines-garica.md if they are new)`},
		{"typo of a name", suggestPortal, "Inés Garcìa", `owner "Inés Garcìa" matches no one in people/; did you mean "ines-garcia"? (or add people/ines-garcia.md`},
		{"someone new", suggestPortal, "Zed Zimmer", `owner "Zed Zimmer" matches no one in people/; add people/zed-zimmer.md if they are new`},
		{"no people folder", strings.Replace(suggestPortal, "people/ines-garcia.md", "static/x.md", 1), "Zed Zimmer", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			archive := tt.archive + "-- okrs/2026-Q4/eng/platform/b.md --\n---\ntitle: B\nowner: " + tt.owner + "\n---\n"
			p, list := load(t, archive, "2026-11-20")
			var warns []diag.Diagnostic
			for _, d := range list.Sorted() {
				if d.Rule == "unknown-person" {
					warns = append(warns, d)
				}
			}
			if tt.want == "" {
				if len(warns) != 0 {
					t.Errorf("warnings:\n%swant none", lines(warns))
				}
				return
			}
			if len(warns) != 1 || warns[0].Severity != diag.Warning || warns[0].Position() != "okrs/2026-Q4/eng/platform/b.md:3:8" || !strings.Contains(warns[0].Message, tt.want) {
				t.Errorf("warnings:\n%swant okrs/2026-Q4/eng/platform/b.md:3:8: …%s", lines(warns), tt.want)
			}
			var owner *model.Person
			for _, o := range p.Objectives {
				if o.Title == "B" {
					owner = o.Owner
				}
			}
			if list.HasErrors() || owner == nil || owner.Name != tt.owner {
				t.Errorf("the owner must still be set and no error reported:\n%s", lines(list.Errors()))
			}
		})
	}
}

func TestFileSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Inés García": "ines-garcia", "Björn Eriksson": "bjorn-eriksson", "Siobhán O'Brien": "siobhan-o-brien",
		"Łukasz Straße": "lukasz-strasse", "Zoë  Martin!": "zoe-martin", "Nguyễn": "nguyễn", "田中": "田中", "platform": "platform",
	} {
		if got := FileSlug(in); got != want {
			t.Errorf("FileSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCurrentPeriodSuggestion(t *testing.T) {
	archive := strings.Replace(suggestPortal, "title: Suggest\n", "title: Suggest\ncurrent_period: Q4-2026\n", 1)
	_, list := load(t, archive, "2026-11-20")
	assertErrors(t, list, `portal.yaml:2: [unknown-period] current_period: period "Q4-2026" is not declared; did you mean "2026-Q4"?`)
}
