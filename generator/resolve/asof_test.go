package resolve

import (
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

// oneObjective is a portal with one Q4 objective whose key results are krs
// (YAML list items, indented by two spaces).
func oneObjective(krs string) string {
	return "-- portal.yaml --\n-- teams/eng.md --\n---\nname: Eng\n---\n-- people/ada.md --\n---\nname: Ada\n---\n" +
		"-- people/bo.md --\n---\nname: Bo\n---\n" +
		"-- okrs/2026-Q4/eng/a.md --\n---\ntitle: A\nkey_results:\n" + krs + "---\n"
}

func TestCheckinsAfterTheBuildDateCountNowhere(t *testing.T) {
	p, list := load(t, oneObjective(`  - title: Revenue
    start: 0
    target: 10
    checkins:
      - {date: 2026-11-10, value: 4}
      - {date: 2026-11-20, value: 5}
      - {date: 2026-11-23, value: 9}
`), "2026-11-20")
	kr := p.Objectives[0].KeyResults[0]
	if len(kr.Checkins) != 2 || *kr.Current != 5 {
		t.Errorf("check-ins %d, current %v; want 2 (those up to the build date) and 5", len(kr.Checkins), *kr.Current)
	}
	var warned []string
	for _, d := range list.Sorted() {
		warned = append(warned, d.String())
	}
	want := `okrs/2026-Q4/eng/a.md:10: warning: [future-checkin] check-in dated 2026-11-23 is after the build date 2026-11-20, so it counts nowhere yet`
	if len(warned) != 1 || !strings.HasPrefix(warned[0], want) {
		t.Errorf("diagnostics:\n%s\nwant one starting %s", strings.Join(warned, "\n"), want)
	}
}

func TestLatestDatedValueWins(t *testing.T) {
	p := loadClean(t, oneObjective(`  - title: Revenue
    start: 0
    target: 10
    current: 3
    checkins: [{date: 2026-10-05, value: 6}]
  - title: Shipped
    done: false
    checkins: [{date: 2026-10-05, done: true}]
  - title: Assessed
    progress: 10
    checkins: [{date: 2026-10-05, progress: 60}]
  - title: Before any check-in
    start: 0
    target: 10
    current: 2
`), "2026-11-20")
	krs := p.Objectives[0].KeyResults
	if *krs[0].Current != 6 || !*krs[1].Done || *krs[2].Progress != 60 || *krs[3].Current != 2 {
		t.Errorf("current %v, done %v, progress %v, written current %v; want 6, true, 60, 2",
			*krs[0].Current, *krs[1].Done, *krs[2].Progress, *krs[3].Current)
	}
}

func TestMetricBaseline(t *testing.T) {
	p := loadClean(t, oneObjective(`  - {title: start given, start: 4, target: 10, current: 6}
  - {title: written current first, target: 10, current: 2, checkins: [{date: 2026-10-05, value: 5}]}
  - {title: first check-in, target: 10, checkins: [{date: 2026-10-05, value: 3}, {date: 2026-10-12, value: 5}]}
  - {title: only one value, target: 10, checkins: [{date: 2026-10-05, value: 3}]}
  - {title: nothing yet, target: 10}
`), "2026-11-20")
	krs := p.Objectives[0].KeyResults
	want := []struct {
		baseline     float64
		baselineOnly bool
	}{{4, false}, {2, false}, {3, false}, {3, true}}
	for i, w := range want {
		kr := krs[i]
		if kr.Baseline == nil || *kr.Baseline != w.baseline || kr.BaselineOnly != w.baselineOnly {
			t.Errorf("%s: baseline %v, only %v; want %v, %v", kr.Title, kr.Baseline, kr.BaselineOnly, w.baseline, w.baselineOnly)
		}
		if kr.Start != nil && i > 0 {
			t.Errorf("%s: start %v was invented", kr.Title, *kr.Start)
		}
	}
	if krs[4].Baseline != nil {
		t.Errorf("nothing yet: baseline %v, want none", *krs[4].Baseline)
	}
}

func TestCheckinFieldOfAnotherKindIsAnError(t *testing.T) {
	_, list := load(t, oneObjective(`  - title: Assessed
    progress: 10
    checkins:
      - {date: 2026-10-05, value: 60}
  - title: Shipped
    done: false
    checkins:
      - {date: 2026-10-05, progress: 50}
  - title: Fed
    kind: rollup
    checkins:
      - {date: 2026-10-05, done: true, note: ok}
`), "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:7: [wrong-kind-field] check-in field "value" does not apply to a qualitative key result (its check-ins use progress, with status, note and confidence)`,
		`okrs/2026-Q4/eng/a.md:11: [wrong-kind-field] check-in field "progress" does not apply to a boolean key result (its check-ins use done`,
		`okrs/2026-Q4/eng/a.md:15: [wrong-kind-field] check-in field "done" does not apply to a rollup key result (its check-ins take only status, note and confidence)`)
}

func TestCheckinFieldsAreCheckedWhateverTheBuildDate(t *testing.T) {
	_, list := load(t, oneObjective(`  - title: Shipped
    done: false
    checkins:
      - {date: 2026-12-01, value: 3}
`), "2026-11-20")
	assertErrors(t, list, `okrs/2026-Q4/eng/a.md:7: [wrong-kind-field] check-in field "value" does not apply to a boolean key result`)
}

func TestPinnedCurrentPeriodDecidesWhatIsRunning(t *testing.T) {
	archive := "-- portal.yaml --\ncurrent_period: 2026-Q3\n-- teams/eng.md --\n---\nname: Eng\n---\n" +
		"-- okrs/2026/eng/y.md --\n---\ntitle: Y\n---\n-- okrs/2026-Q3/eng/q.md --\n---\ntitle: Q\n---\n-- okrs/2026-Q4/eng/n.md --\n---\ntitle: N\n---\n"
	p := loadClean(t, archive, "2026-11-20")
	var running []string
	for _, per := range p.Running {
		running = append(running, per.ID)
	}
	if got := strings.Join(running, " "); got != "2026 2026-q3" {
		t.Errorf("running %q, want the pinned 2026-q3 and its year", got)
	}
}

func TestNewKeyResultFields(t *testing.T) {
	p, list := load(t, oneObjective(`  - title: Report issued
    owner: [ada, bo]
    due: 2026-11-15
    tags: [P0]
    checkins: [{date: 2026-10-05, done: false, confidence: 7}]
  - title: Throughput
    start: 1
    target: 10
    stretch: 12
  - title: Plan
    milestones:
      - {title: Draft, done: true, due: 2026-10-15}
      - {title: Final}
    initiatives:
      - {title: Untitled owners, owner: bo}
      - {title: " "}
      - {title: Shared, owner: [Ada, bo]}
`), "2026-11-20")
	// The initiative without a title is left out; the others keep their owners.
	assertErrors(t, list, `okrs/2026-Q4/eng/a.md:19: [missing-field] missing required field "title"`)
	krs := p.Objectives[0].KeyResults
	b := krs[0]
	if b.Kind != model.KindBoolean || b.Due == nil || b.Due.Format("2006-01-02") != "2026-11-15" || len(b.Tags) != 1 || b.Tags[0] != "P0" {
		t.Errorf("boolean: kind %s, due %v, tags %v", b.Kind, b.Due, b.Tags)
	}
	if len(b.Owners) != 2 || b.Owner != b.Owners[0] || b.Owners[1].ID != "bo" || len(b.Owners[1].OwnsKRs) != 1 {
		t.Errorf("owners %v", b.Owners)
	}
	if c := b.Checkins[0].Confidence; c == nil || *c != 7 {
		t.Errorf("confidence %v, want 7", c)
	}
	if s := krs[1].Stretch; s == nil || *s != 12 {
		t.Errorf("stretch %v, want 12", s)
	}
	if m := krs[2].Milestones; m[0].Due == nil || m[1].Due != nil {
		t.Errorf("milestone dues %v, %v", m[0].Due, m[1].Due)
	}
	if in := krs[2].Initiatives; len(in) != 2 || len(in[0].Owners) != 1 || in[0].Owners[0].ID != "bo" || len(in[1].Owners) != 2 || in[1].Owners[0].ID != "ada" {
		t.Errorf("initiatives %+v", in)
	}
}

func TestNewFieldsAreChecked(t *testing.T) {
	_, list := load(t, oneObjective(`  - title: Metric
    target: 10
    due: 2026-12-01
  - title: Shipped
    done: false
    stretch: 2
    checkins: [{date: 2026-10-05, confidence: 11}]
`), "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:6: [wrong-kind-field] field "due" does not apply to a metric key result`,
		`okrs/2026-Q4/eng/a.md:9: [wrong-kind-field] field "stretch" does not apply to a boolean key result`,
		`okrs/2026-Q4/eng/a.md:10: [invalid-value] confidence 11 is out of range; write it from 0 (no chance) to 10 (certain)`)
}

func TestObjectiveOwnersList(t *testing.T) {
	p := loadClean(t, strings.Replace(oneObjective("  - {title: k, done: false}\n"), "title: A\n", "title: A\nowner: [Ada, bo]\n", 1), "2026-11-20")
	o := p.Objectives[0]
	if len(o.Owners) != 2 || o.Owner.ID != "ada" || len(o.Owners[1].Owns) != 1 {
		t.Errorf("owners %v", o.Owners)
	}
}

func TestKeyResultAlignsToKeyResult(t *testing.T) {
	archive := oneObjective("  - {title: top, kind: rollup}\n") +
		"-- okrs/2026-Q4/eng/b.md --\n---\ntitle: B\nkey_results:\n  - {title: fed, done: false, aligns_to: [a#kr1]}\n  - {title: bad, done: false, aligns_to: [a]}\n  - {title: self, done: false, aligns_to: [b#kr1]}\n---\n"
	p, list := load(t, archive, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/b.md:5:43: [invalid-reference] key_results[2].aligns_to "a" names an objective; a key result aligns to another key result`,
		`okrs/2026-Q4/eng/b.md:6:44: [cycle] key_results[3].aligns_to "b#kr1" is a key result of the same objective`)
	top, fed := p.Objectives[0].KeyResults[0], p.Objectives[1].KeyResults[0]
	if len(fed.AlignsTo) != 1 || fed.AlignsTo[0] != top || len(top.AlignedFrom) != 1 || top.AlignedFrom[0] != fed {
		t.Errorf("aligns to %v, aligned from %v", fed.AlignsTo, top.AlignedFrom)
	}
}

func TestPeriodsNest(t *testing.T) {
	archive := "-- portal.yaml --\nperiods:\n  - {id: FY27, start: 2026-02-01, end: 2027-01-31}\n-- teams/eng.md --\n---\nname: Eng\n---\n" +
		"-- okrs/2026/eng/y.md --\n---\ntitle: Y\n---\n-- okrs/2026-H2/eng/h.md --\n---\ntitle: H\n---\n" +
		"-- okrs/2026-Q4/eng/q.md --\n---\ntitle: Q\n---\n-- okrs/FY27/eng/f.md --\n---\ntitle: F\n---\n"
	p := loadClean(t, archive, "2026-11-20")
	var q4 *model.Period
	for _, per := range p.Periods {
		if per.ID == "2026-q4" {
			q4 = per
		}
	}
	var within, running []string
	for _, per := range q4.Within {
		within = append(within, per.ID)
	}
	for _, per := range p.Running {
		running = append(running, per.ID)
	}
	if got := strings.Join(within, " "); got != "2026 fy27 2026-h2" {
		t.Errorf("2026-Q4 lies within %q, want \"2026 fy27 2026-h2\" (longest first)", got)
	}
	if got := strings.Join(running, " "); got != "2026 fy27 2026-h2 2026-q4" {
		t.Errorf("running %q", got)
	}
}

func TestCheckinOutsideAClosedPeriodIsHistory(t *testing.T) {
	archive := strings.Replace(oneObjective("  - {title: k, done: false, checkins: [{date: 2027-01-10, done: true}]}\n"), "2026-Q4", "2026-Q3", 1)
	_, list := load(t, archive, "2027-02-01")
	if list.Len() != 0 {
		t.Errorf("diagnostics for a closed period: %s", lines(list.Sorted()))
	}
}
