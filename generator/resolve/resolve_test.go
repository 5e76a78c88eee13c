package resolve

import (
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

// refsPortal has teams eng, eng/platform, eng/web and data/platform (so
// "platform" is ambiguous), people with ids that differ from their names,
// and the objective "ship" in two periods.
const refsPortal = `
-- portal.yaml --
title: Refs
-- teams/eng.md --
---
name: Engineering
lead: Inés García
members: [ines, Bob Builder, bob-builder]
---
-- teams/eng/platform.md --
---
name: Platform
---
-- teams/eng/web.md --
---
name: Web
parent: eng
---
-- teams/data/platform.md --
---
name: Data platform
parent: eng
---
-- people/ines.md --
---
name: Inés García
team: eng/platform
---
-- people/ada.md --
---
id: lovelace
name: Ada Lovelace
---
-- priorities/Growth Plan.md --
---
title: Growth
owner: lovelace
---
-- okrs/2026-Q3/eng/platform/ship.md --
---
title: Ship Q3
key_results:
  - {title: Done, done: true}
---
-- okrs/2026-Q4/eng/platform/ship.md --
---
title: Ship Q4
owner: ines
key_results:
  - {title: Faster, target: 10}
  - {id: reliable, title: Reliable, target: 99}
---
-- okrs/2026-Q4/eng/web/Fast Deploys.md --
---
title: Fast deploys
owner: INÉS GARCÍA
contributors: [Ada Lovelace, Grace Hopper]
priorities: growth-plan
aligns_to: [ship#reliable, 2026-q3/eng/platform/ship]
depends_on: ship
contributing_teams: [eng/platform, web]
key_results:
  - {title: Deploys, target: 10, owner: grace-hopper}
---
`

func TestIDs(t *testing.T) {
	p := loadClean(t, refsPortal, "2026-11-20")
	var teams, objectives []string
	for _, x := range p.Teams {
		teams = append(teams, x.ID)
	}
	for _, o := range p.Objectives {
		objectives = append(objectives, o.ID)
	}
	if got, want := strings.Join(teams, " "), "data/platform eng eng/platform eng/web"; got != want {
		t.Errorf("teams = %s, want %s", got, want)
	}
	if got, want := strings.Join(objectives, " "), "2026-q3/eng/platform/ship 2026-q4/eng/platform/ship 2026-q4/eng/web/fast-deploys"; got != want {
		t.Errorf("objectives = %s, want %s", got, want)
	}
	if len(p.Priorities) != 1 || p.Priorities[0].ID != "growth-plan" {
		t.Errorf("priority id = %s, want growth-plan", p.Priorities[0].ID)
	}
	if ada := person(p, "lovelace"); ada == nil || ada.Name != "Ada Lovelace" || ada.Implicit {
		t.Errorf("explicit person id: %+v", ada)
	}
	ship := objective(p, "2026-q4/eng/platform/ship")
	if got := ship.KeyResults[0].ID + " " + ship.KeyResults[1].ID; got != "kr1 reliable" {
		t.Errorf("key result ids = %s, want kr1 reliable", got)
	}
	if got := ship.KeyResults[1].Ref(); got != "2026-q4/eng/platform/ship#reliable" {
		t.Errorf("Ref = %s", got)
	}
}

func TestReferences(t *testing.T) {
	p := loadClean(t, refsPortal, "2026-11-20")
	eng, platform, web, data := team(p, "eng"), team(p, "eng/platform"), team(p, "eng/web"), team(p, "data/platform")
	ines, ada := person(p, "ines"), person(p, "lovelace")
	if platform.Parent != eng || web.Parent != eng || data.Parent != eng || eng.Parent != nil {
		t.Errorf("parents: platform %v web %v data %v eng %v", platform.Parent, web.Parent, data.Parent, eng.Parent)
	}
	if len(p.RootTeams) != 1 || p.RootTeams[0] != eng || len(eng.Children) != 3 || web.Depth != 1 {
		t.Errorf("tree: roots %v, children %v, depth %d", p.RootTeams, eng.Children, web.Depth)
	}
	if eng.Lead != ines || ines.Team != platform || len(ines.Leads) != 1 {
		t.Errorf("lead %v, team of ines %v", eng.Lead, ines.Team)
	}
	bob := person(p, "bob-builder")
	if bob == nil || !bob.Implicit || bob.Name != "Bob Builder" || len(eng.Members) != 2 || eng.Members[1] != bob {
		t.Errorf("implicit member: %+v, members %v", bob, eng.Members)
	}
	if pr := p.Priorities[0]; pr.Owner != ada || len(ada.OwnsPriority) != 1 {
		t.Errorf("priority owner = %v", pr.Owner)
	}
	q3, q4 := objective(p, "2026-q3/eng/platform/ship"), objective(p, "2026-q4/eng/platform/ship")
	fast := objective(p, "2026-q4/eng/web/fast-deploys")
	if fast.Team != web || q4.Team != platform || q3.Period.ID != "2026-q3" {
		t.Errorf("teams from folders: %v, %v", fast.Team, q4.Team)
	}
	if fast.Owner != ines || q4.Owner != ines || len(ines.Owns) != 2 {
		t.Errorf("owner by name (any case) and by id: %v, %v", fast.Owner, q4.Owner)
	}
	grace := person(p, "grace-hopper")
	if len(fast.Contributors) != 2 || fast.Contributors[0] != ada || fast.Contributors[1] != grace || !grace.Implicit {
		t.Errorf("contributors = %v", fast.Contributors)
	}
	if fast.KeyResults[0].Owner != grace || len(grace.OwnsKRs) != 1 {
		t.Errorf("a later reference to an implicit person's slug finds it: %v", fast.KeyResults[0].Owner)
	}
	if len(fast.Priorities) != 1 || fast.Priorities[0] != p.Priorities[0] {
		t.Errorf("priorities = %v", fast.Priorities)
	}
	if len(fast.AlignsTo) != 2 || fast.AlignsTo[0].Objective != q4 || fast.AlignsTo[0].KeyResult != q4.KeyResults[1] || fast.AlignsTo[1].Objective != q3 || fast.AlignsTo[1].KeyResult != nil {
		t.Errorf("aligns_to = %+v", fast.AlignsTo)
	}
	if len(q4.Children) != 1 || q4.Children[0] != fast || len(q4.KeyResults[1].Children) != 1 {
		t.Errorf("children = %v", q4.Children)
	}
	if len(fast.DependsOn) != 1 || fast.DependsOn[0] != q4 || len(q4.DependedOnBy) != 1 {
		t.Errorf("depends_on = %v: the objective of the same period should win", fast.DependsOn)
	}
	if len(fast.ContributingTeams) != 2 || fast.ContributingTeams[1] != web || len(platform.Contributions) != 1 {
		t.Errorf("contributing teams = %v", fast.ContributingTeams)
	}
}

func TestReferenceErrors(t *testing.T) {
	_, list := load(t, refsPortal+`
-- people/bob.md --
---
name: Bob Builder
---
-- people/robert.md --
---
name: bob builder
---
-- okrs/2026-Q4/eng/web/errors.md --
---
title: Errors
owner: Bob Builder
aligns_to:
  - ship#kr9
  - nothing
  - 2026-q3/eng/platform/ship#kr1
  - errors
depends_on: [ship#kr1]
priorities: [growth-plan, strategy]
contributing_teams: platform
key_results:
  - {title: A, target: 1, owner: "!!!"}
---
-- okrs/2025-Q1/eng/platform/ship.md --
---
title: Ship 2025
---
-- okrs/2026-Q1/eng/web/other.md --
---
title: Other period
aligns_to: ship
---
-- okrs/2026-Q4/team/x.md --
---
title: Unknown team folder
---
-- okrs/2026-Q4/y.md --
---
title: No team
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q1/eng/web/other.md:3:12: [ambiguous-reference] aligns_to "ship" matches several objectives: 2025-q1/eng/platform/ship, 2026-q3/eng/platform/ship, 2026-q4/eng/platform/ship; write more of the id`,
		`okrs/2026-Q4/eng/web/errors.md:3:8: [ambiguous-reference] owner "Bob Builder" matches several persons: bob, robert; write more of the id`,
		`okrs/2026-Q4/eng/web/errors.md:5:5: [unresolved-reference] aligns_to "ship#kr9": objective 2026-q4/eng/platform/ship has no key result "kr9" (it has kr1, reliable)`,
		`okrs/2026-Q4/eng/web/errors.md:6:5: [unresolved-reference] aligns_to "nothing" matches no objective; check the spelling or write its full id`,
		`okrs/2026-Q4/eng/web/errors.md:8:5: [cycle] an objective cannot align to itself`,
		`okrs/2026-Q4/eng/web/errors.md:9:14: [invalid-reference] depends_on "ship#kr1" names a key result; depends_on takes objectives, so drop the #kr1`,
		`okrs/2026-Q4/eng/web/errors.md:10:27: [unresolved-reference] priorities "strategy" matches no priority`,
		`okrs/2026-Q4/eng/web/errors.md:11:21: [ambiguous-reference] contributing_teams "platform" matches several teams: data/platform, eng/platform; write more of the id`,
		`okrs/2026-Q4/eng/web/errors.md:13:34: [invalid-reference] owner "!!!" has no letters or digits to name a person by`,
		`okrs/2026-Q4/team/x.md:2: [unresolved-reference] the team folder "team" matches no team`,
		`okrs/2026-Q4/y.md:2: [missing-field] the objective has no team`,
		`teams/eng.md:4:17: [ambiguous-reference] members "Bob Builder" matches several persons: bob, robert; write more of the id`,
	)
}

func TestImplicitPersonDoesNotDuplicateAnID(t *testing.T) {
	p := loadClean(t, `
-- portal.yaml --
-- teams/eng.md --
---
name: Eng
members: ["Eng / Ada", eng-ada]
---
-- people/eng-ada.md --
---
name: Ada
---
`, "2026-11-20")
	if len(p.People) != 1 || len(team(p, "eng").Members) != 1 {
		t.Errorf("people = %v, members = %v; want the one person eng-ada", p.People, team(p, "eng").Members)
	}
}

func TestDrafts(t *testing.T) {
	archive := refsPortal + `
-- okrs/2026-Q4/eng/web/drafty.md --
---
title: Draft
draft: true
aligns_to: ship
---
`
	p := loadClean(t, archive, "2026-11-20")
	if objective(p, "2026-q4/eng/web/drafty") == nil {
		t.Error("with Drafts, a draft objective is kept")
	}
	p, list := loadOpts(t, archive+`
-- okrs/2026-Q4/eng/web/needs-draft.md --
---
title: Needs the draft
depends_on: drafty
---
`, Options{Today: day("2026-11-20")})
	if objective(p, "2026-q4/eng/web/drafty") != nil {
		t.Error("without Drafts, a draft objective is left out")
	}
	assertErrors(t, list, `okrs/2026-Q4/eng/web/needs-draft.md:3:13: [draft-reference] depends_on "drafty" is a draft; publish it (remove `+"`draft: true`"+`) or build with --drafts`)
}

func TestPersonFileWinsOverImplicitPerson(t *testing.T) {
	p := loadClean(t, `
-- portal.yaml --
-- teams/a.md --
---
name: A
lead: inés-garcía
members: [INÉS   garcía]
---
-- teams/b.md --
---
name: B
lead: Inés García
---
-- people/ines.md --
---
name: Inés García
---
`, "2026-11-20")
	ines := person(p, "ines")
	if b := team(p, "b"); b.Lead != ines {
		t.Errorf("lead of b = %+v, want people/ines.md", b.Lead)
	}
	if a := team(p, "a"); len(a.Members) != 1 || a.Members[0] != ines {
		t.Errorf("members of a = %v, want people/ines.md (names compare without case and extra spaces)", a.Members)
	}
}

func TestTeamCycles(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
-- teams/a.md --
---
name: A
parent: c
---
-- teams/b.md --
---
name: B
parent: a
---
-- teams/c.md --
---
name: C
parent: b
---
-- teams/d.md --
---
name: D
parent: a
---
-- teams/self.md --
---
name: Self
parent: self
---
`, "2026-11-20")
	assertErrors(t, list,
		`teams/a.md:3: [cycle] team parents form a cycle: a → c → b → a`,
		`teams/self.md:3: [cycle] team self names itself as its parent`,
	)
}

func TestAlignmentCycles(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
-- teams/eng.md --
---
name: Eng
---
-- okrs/2026-Q4/eng/a.md --
---
title: A
aligns_to: c#kr1
key_results: [{title: x, target: 1}]
---
-- okrs/2026-Q4/eng/b.md --
---
title: B
aligns_to: a
key_results: [{title: x, target: 1}]
---
-- okrs/2026-Q4/eng/c.md --
---
title: C
aligns_to: [b]
key_results: [{title: x, target: 1}]
---
-- okrs/2026-Q4/eng/d.md --
---
title: D
aligns_to: [a, d#kr1]
key_results: [{title: x, target: 1}]
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/b.md:3: [cycle] alignment forms a cycle: 2026-q4/eng/a → 2026-q4/eng/c → 2026-q4/eng/b → 2026-q4/eng/a; an objective cannot (indirectly) align to itself`,
		`okrs/2026-Q4/eng/d.md:3:16: [cycle] an objective cannot align to itself or its own key results`,
	)
}

func TestDuplicateIDs(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
-- teams/eng.md --
---
name: Eng
---
-- teams/Eng.md --
---
name: Eng again
---
-- teams/other.md --
---
id: eng
name: Other
---
-- people/ada.md --
---
name: Ada
---
-- priorities/eng.md --
---
title: A priority may share a team's id
---
-- okrs/2026-Q4/eng/a.md --
---
title: A
key_results:
  - {title: x, target: 1}
  - {id: kr1, title: y, target: 1}
---
-- okrs/2026-Q4/eng/b.md --
---
title: B
id: 2026-q4/eng/a
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:5: [duplicate-id] key result id "kr1" is used twice in this objective (first on line 4)`,
		`okrs/2026-Q4/eng/b.md:2: [duplicate-id] objective id "2026-q4/eng/a" is also used by okrs/2026-Q4/eng/a.md`,
		`teams/eng.md:2: [duplicate-id] team id "eng" is also used by teams/Eng.md`,
		`teams/other.md:2: [duplicate-id] team id "eng" is also used by teams/Eng.md`,
	)
}

func TestKindInference(t *testing.T) {
	tests := []struct {
		kr       string
		kind     model.Kind
		noTarget bool
	}{
		{"{title: t, start: 1, target: 5}", model.KindMetric, false},
		{"{title: t, target: 5}", model.KindMetric, false},
		{"{title: t, current: 3}", model.KindMetric, true},
		{"{title: t, start: 3}", model.KindMetric, true},
		{"{title: t, checkins: [{date: 2026-10-05, value: 3}]}", model.KindMetric, true},
		{"{title: t, kind: keep-above, threshold: 99.9, current: 99.95}", model.KindKeepAbove, false},
		{"{title: t, kind: Keep-Below, threshold: 300}", model.KindKeepBelow, false},
		{"{title: t, kind: keep-below}", model.KindKeepBelow, true},
		{"{title: t, done: false}", model.KindBoolean, false},
		{"{title: t, checkins: [{date: 2026-10-05, done: true}]}", model.KindBoolean, false},
		{"{title: t, milestones: [{title: a, done: true}, {title: b}]}", model.KindMilestones, false},
		{"{title: t, kind: milestones}", model.KindMilestones, true},
		{"{title: t, progress: 40}", model.KindQualitative, false},
		{"{title: t, checkins: [{date: 2026-10-05, progress: 40}]}", model.KindQualitative, false},
		{"{title: t, kind: qualitative}", model.KindQualitative, false},
		{"{title: t}", model.KindQualitative, true},
		{"{title: t, kind: rollup}", model.KindRollup, false},
		{"{title: t, kind: metric}", model.KindMetric, true},
	}
	for _, tt := range tests {
		p := loadClean(t, "-- portal.yaml --\n-- teams/eng.md --\n---\nname: Eng\n---\n-- okrs/2026-Q4/eng/a.md --\n---\ntitle: A\nkey_results:\n  - "+tt.kr+"\n---\n", "2026-11-20")
		kr := p.Objectives[0].KeyResults[0]
		if kr.Kind != tt.kind || kr.NoTarget != tt.noTarget {
			t.Errorf("%s: kind %s, no target %v; want %s, %v", tt.kr, kr.Kind, kr.NoTarget, tt.kind, tt.noTarget)
		}
		if kr.Start != nil && !strings.Contains(tt.kr, "start") {
			t.Errorf("%s: start %v was invented; a missing start stays nil", tt.kr, *kr.Start)
		}
	}
}

func TestKeyResultValues(t *testing.T) {
	p := loadClean(t, `
-- portal.yaml --
-- teams/eng.md --
---
name: Eng
---
-- okrs/2026-Q4/eng/a.md --
---
title: A
weight: 2
status: At-Risk
tags: [x]
key_results:
  - title: Latency
    unit: ms
    start: 400
    target: 300
    weight: 0
    score: 0.7
    checkins:
      - {date: 2026-11-01, value: 350, status: off-track}
      - {date: 2026-10-05, value: 380, note: first}
    initiatives:
      - {title: Cache, url: "https://x.example/1", done: true}
---
`, "2026-11-20")
	o := p.Objectives[0]
	if o.Weight != 2 || o.StatusOverride != model.StatusAtRisk || strings.Join(o.Tags, ",") != "x" {
		t.Errorf("objective = %+v", o)
	}
	kr := o.KeyResults[0]
	if kr.Weight != 0 || kr.Unit != "ms" || *kr.Score != 0.7 || len(kr.Initiatives) != 1 || !kr.Initiatives[0].Done {
		t.Errorf("key result = %+v", kr)
	}
	if len(kr.Checkins) != 2 || kr.Checkins[0].Note != "first" || kr.Latest().Status != model.StatusOffTrack || *kr.Current != 350 {
		t.Errorf("check-ins are sorted oldest first and current is the latest value: %+v, current %v", kr.Checkins, *kr.Current)
	}
}

func TestValueErrors(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
base_url: okrs.example.com
check:
  stale_after_days: -1
-- teams/eng.md --
---
name: Eng
links:
  - {title: Wiki}
---
-- priorities/p.md --
---
title: P
kpis: [{current: 1}]
---
-- okrs/2026-Q4/eng/a.md --
---
title: A
weight: -1
status: on-trak
key_results:
  - title: Score too high
    score: 1.5
  - title: Negative weight
    weight: -2
    target: 1
  - title: Progress too high
    progress: 140
  - title: Unknown kind
    kind: metrik
  - title: Strange kind
    kind: percentage
  - title: Threshold without kind
    threshold: 3
  - title: Field of another kind
    kind: boolean
    target: 3
  - title: Bad status
    target: 1
    checkins:
      - {date: 2026-10-05, value: 1, status: late}
      - {value: 2}
      - {date: 2026-09-05, value: 2}
  - {id: Bad ID, title: Bad id, target: 1}
  - {target: 1, milestones: [{done: true}]}
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:3: [invalid-value] weight -1 is negative`,
		`okrs/2026-Q4/eng/a.md:4:9: [invalid-value] unknown status "on-trak"; did you mean "on-track"?`,
		`okrs/2026-Q4/eng/a.md:7: [invalid-value] score 1.5 is out of range; write it from 0.0 to 1.0`,
		`okrs/2026-Q4/eng/a.md:9: [invalid-value] weight -2 is negative`,
		`okrs/2026-Q4/eng/a.md:12: [invalid-value] progress 140 is out of range; write it from 0 to 100 (percent)`,
		`okrs/2026-Q4/eng/a.md:14: [invalid-value] unknown kind "metrik"; did you mean "metric"?`,
		`okrs/2026-Q4/eng/a.md:16: [invalid-value] unknown kind "percentage"; use one of metric, keep-above, keep-below, boolean, milestones, qualitative, rollup`,
		`okrs/2026-Q4/eng/a.md:18: [missing-field] a key result with a threshold needs `+"`kind: keep-above` or `kind: keep-below`",
		`okrs/2026-Q4/eng/a.md:21: [wrong-kind-field] field "target" does not apply to a boolean key result (it uses done, due)`,
		`okrs/2026-Q4/eng/a.md:25:46: [invalid-value] unknown status "late"; use one of on-track, at-risk, off-track, achieved, missed, dropped`,
		`okrs/2026-Q4/eng/a.md:26: [missing-field] a check-in needs a `+"`date: YYYY-MM-DD`",
		`okrs/2026-Q4/eng/a.md:28: [invalid-id] key result id "Bad ID" may only use lower-case letters, digits, '-' and '_' (try "bad-id")`,
		`okrs/2026-Q4/eng/a.md:29: [missing-field] key_results[10] has no title`,
		`portal.yaml:1: [invalid-url] base_url "okrs.example.com" must be an absolute http(s) URL`,
		`portal.yaml:3: [invalid-value] check.stale_after_days must not be negative`,
		`priorities/p.md:3: [missing-field] missing required field "name"`,
		`teams/eng.md:4: [missing-field] a link needs a `+"`url`",
	)
	var warnings []string
	for _, d := range list.Sorted() {
		if d.Severity == "warning" {
			warnings = append(warnings, d.String())
		}
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "a.md:27: warning: [checkin-outside-period] check-in dated 2026-09-05 is outside the period 2026-Q4 (2026-10-01 to 2026-12-31)") {
		t.Errorf("warnings = %v", warnings)
	}
}

func TestMissingRequiredFields(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
-- teams/eng.md --
---
mission: no name
---
-- teams/web.md --
A team file without front matter.
-- people/ada.md --
---
name: "  "
---
-- priorities/p.md --
---
owner: ada
---
-- okrs/2026-Q4/eng/a.md --
---
owner: ada
key_results:
  - {target: 1}
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:2: [missing-field] missing required field "title"; add e.g. `+"`title: Make deploys boring`",
		`people/ada.md:2: [missing-field] missing required field "name"`,
		`priorities/p.md:2: [missing-field] missing required field "title"`,
		`teams/eng.md:2: [missing-field] missing required field "name"; add e.g. `+"`name: Platform`",
		`teams/web.md:1: [missing-field] the file has no front matter; start it with a `+"`---`"+` line, `+"`name: Platform`",
	)
}

func TestInvalidIDs(t *testing.T) {
	_, list := load(t, `
-- portal.yaml --
-- teams/eng.md --
---
id: ../../x
name: Escape
---
-- teams/abs.md --
---
id: /etc/passwd
name: Absolute
---
-- people/!!!.md --
---
name: Nobody
---
-- okrs/2026-Q4/eng/a.md --
---
id: 2026-Q4/Eng/A
title: Upper case
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:2: [invalid-id] id "2026-Q4/Eng/A" may only use lower-case letters, digits, '-' and '_', in segments separated by '/' (try "2026-q4/eng/a")`,
		`people/!!!.md:1: [invalid-id] the file name gives no id`,
		`teams/abs.md:2: [invalid-id] id "/etc/passwd" may only use`,
		`teams/eng.md:2: [invalid-id] id "../../x" may only use lower-case letters, digits, '-' and '_', in segments separated by '/' (try "x")`,
	)
}

func team(p *model.Portal, id string) *model.Team {
	for _, t := range p.Teams {
		if t.ID == id {
			return t
		}
	}
	return nil
}

func person(p *model.Portal, id string) *model.Person {
	for _, x := range p.People {
		if x.ID == id {
			return x
		}
	}
	return nil
}

func objective(p *model.Portal, id string) *model.Objective {
	for _, o := range p.Objectives {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// TestCheckRulesAndIgnore: portal.yaml's check.rules takes error, warning
// or off; a check_ignore exemption needs a reason.
func TestCheckRulesAndIgnore(t *testing.T) {
	p, list := load(t, `
-- portal.yaml --
check:
  rules: {kr-activity: off, kr-no-due: error, stale: loud}
-- teams/eng.md --
---
name: Eng
---
-- strategy.md --
---
check_ignore: {strategy-unreviewed: "first review in January"}
---
-- okrs/2026-Q4/eng/a.md --
---
title: A
check_ignore:
  no-why: ""
  kr-activity: "the launch is the outcome here"
key_results: [{title: x, target: 1}]
---
`, "2026-11-20")
	assertErrors(t, list,
		`okrs/2026-Q4/eng/a.md:4: [missing-field] check_ignore.no-why gives no reason`,
		`portal.yaml:2: [invalid-value] check.rules.stale is "loud"; write error, warning or off`)
	if got := p.Settings.Check.Rules; len(got) != 2 || got["kr-activity"] != "off" || got["kr-no-due"] != "error" {
		t.Errorf("rules = %v", got)
	}
	if got := p.Strategy.CheckIgnore["strategy-unreviewed"]; got != "first review in January" {
		t.Errorf("strategy check_ignore = %q", got)
	}
	if o := p.Objectives[0]; len(o.CheckIgnore) != 1 || o.CheckIgnore["kr-activity"] != "the launch is the outcome here" {
		t.Errorf("objective check_ignore = %v", o.CheckIgnore)
	}
}
