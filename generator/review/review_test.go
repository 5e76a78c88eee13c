package review_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/resolve"
	"github.com/okrportal/okrportal/generator/review"
	"github.com/okrportal/okrportal/generator/source"
	"golang.org/x/tools/txtar"
)

// cleanPortal draws no warning on 2026-11-20, in 2026-Q4: a strategy with
// mission and vision, two owned priorities both delivered, a root team and
// a sub-team with one objective each, every objective owned, explained,
// aligned and with two measurable key results checked in five days ago.
const cleanPortal = `
-- portal.yaml --
title: Review
-- strategy.md --
---
mission: Make every shipment predictable.
vision: The freight OS of the mid-market.
horizon: 2026–2028
reviewed: 2026-06-01
diagnosis: Mid-market shippers are underserved.
guiding_policy: Win them with fast onboarding.
not_doing: [Brokerage]
---
-- priorities/growth.md --
---
title: Growth
owner: ada
kpis: [{name: ARR, current: 60, as_of: 2026-09-30, target: 90}]
---
Because we must grow.
-- priorities/reliability.md --
---
title: Reliability
owner: bob
kpis: [{name: Uptime, current: 99.9, as_of: 2026-09-30, target: 99.95}]
---
Because customers notice.
-- teams/company.md --
---
name: Company
---
-- teams/company/eng.md --
---
name: Engineering
---
-- people/ada.md --
---
name: Ada
---
-- people/bob.md --
---
name: Bob
---
-- okrs/2026-Q4/company/grow.md --
---
title: Grow reliably
owner: ada
priorities: [growth, reliability]
key_results:
  - title: Revenue
    start: 0
    target: 10
    checkins: [{date: 2026-11-15, value: 6}]
  - title: Self-service sign-up live
    done: false
    due: 2026-12-15
    checkins: [{date: 2026-11-15, done: false}]
---
Because it matters.
-- okrs/2026-Q4/eng/reliable.md --
---
title: Be reliable
owner: bob
aligns_to: grow
key_results:
  - title: Uptime
    kind: keep-above
    threshold: 99.9
    checkins: [{date: 2026-11-15, value: 99.95}]
  - title: Incidents
    milestones: [{title: Runbooks, done: true}, {title: Drills}]
    due: 2026-12-20
    checkins: [{date: 2026-11-15, progress: 50}]
---
Because customers notice.
`

// eng is the engineering objective of cleanPortal; the cases change it.
const eng = `-- okrs/2026-Q4/eng/reliable.md --
---
title: Be reliable
owner: bob
aligns_to: grow
key_results:
  - title: Uptime
    kind: keep-above
    threshold: 99.9
    checkins: [{date: 2026-11-15, value: 99.95}]
  - title: Incidents
    milestones: [{title: Runbooks, done: true}, {title: Drills}]
    due: 2026-12-20
    checkins: [{date: 2026-11-15, progress: 50}]
---
Because customers notice.
`

// hiring is a third priority of cleanPortal that passes the strategy
// review but is delivered by no objective.
const hiring = "-- priorities/hiring.md --\n---\ntitle: Hiring\nowner: ada\nkpis: [{name: Hires, current: 3, as_of: 2026-09-30, target: 9}]\n---\nWhy.\n"

// fileOf is the file name of cleanPortal, as an overlay.
func fileOf(name string) string {
	i := strings.Index(cleanPortal, "-- "+name+" --")
	rest := cleanPortal[i+4:]
	if j := strings.Index(rest, "\n-- "); j >= 0 {
		return cleanPortal[i : i+4+j+1]
	}
	return cleanPortal[i:]
}

// strategyWith is cleanPortal's strategy.md with the line old replaced.
func strategyWith(old, new string) string {
	s := cleanPortal[strings.Index(cleanPortal, "-- strategy.md --"):strings.Index(cleanPortal, "-- priorities/growth.md --")]
	if !strings.Contains(s, old) {
		panic("strategyWith: no " + old)
	}
	return strings.Replace(s, old, new, 1)
}

// reviewPortal loads cleanPortal with overlay applied (its files replace or add
// to the portal's; a file whose text is "(delete)\n" removes it) on
// 2026-11-20 and returns every diagnostic: it fails t on errors.
func reviewPortal(t *testing.T, overlay string) []diag.Diagnostic {
	t.Helper()
	p, list := loadPortal(t, overlay)
	review.Review(p, list)
	return list.Sorted()
}

// loadPortal loads and computes cleanPortal with overlay applied (see
// reviewPortal).
func loadPortal(t *testing.T, overlay string) (*model.Portal, *diag.List) {
	t.Helper()
	var files []txtar.File
	for _, f := range append(txtar.Parse([]byte(cleanPortal)).Files, txtar.Parse([]byte(overlay)).Files...) {
		files = slices.DeleteFunc(files, func(g txtar.File) bool { return g.Name == f.Name })
		if string(f.Data) != "(delete)\n" {
			files = append(files, f)
		}
	}
	dir := t.TempDir()
	fsys, err := txtar.FS(&txtar.Archive{Files: files})
	if err == nil {
		err = os.CopyFS(dir, fsys)
	}
	if err != nil {
		t.Fatal(err)
	}
	list := &diag.List{}
	folder, err := source.Read(context.Background(), dir, nil, list)
	if err != nil {
		t.Fatal(err)
	}
	p := resolve.Resolve(folder, resolve.Options{Today: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), Drafts: true}, list)
	if list.HasErrors() {
		t.Fatalf("errors:\n%v", list.Errors())
	}
	compute.Compute(p, list)
	return p, list
}

func TestCleanPortalHasNoWarnings(t *testing.T) {
	if ds := reviewPortal(t, ""); len(ds) > 0 {
		for _, d := range ds {
			t.Error(d)
		}
	}
}

func TestRules(t *testing.T) {
	tests := []struct {
		rule, overlay string
		// want are the warnings, sorted, as "file:line: [group/rule] message"
		// with the message possibly cut short.
		want []string
	}{
		{"no-mission", strategyWith("mission: Make every shipment predictable.\n", ""),
			[]string{"strategy.md:2: [strategy/no-mission] the strategy has no mission; add `mission:` to strategy.md"}},
		{"no-vision", strategyWith("vision: The freight OS of the mid-market.\n", ""),
			[]string{"strategy.md:2: [strategy/no-vision] the strategy has no vision; add `vision:` to strategy.md"}},
		{"no strategy at all", "-- strategy.md --\n(delete)\n",
			[]string{"strategy.md: [strategy/no-mission] the strategy has no mission", "strategy.md: [strategy/no-vision] the strategy has no vision"}},
		{"strategy-no-diagnosis", strategyWith("diagnosis: Mid-market shippers are underserved.\n", ""),
			[]string{"strategy.md:2: [strategy/strategy-no-diagnosis] the strategy states no diagnosis"}},
		{"strategy-no-diagnosis: a ## Challenge section states it", strategyWith("diagnosis: Mid-market shippers are underserved.\n", "") + "## The challenge\n\nShippers churn.\n", nil},
		{"strategy-no-diagnosis: an empty section does not", strategyWith("diagnosis: Mid-market shippers are underserved.\n", "") + "## Diagnosis\n\n## Next\nText.\n",
			[]string{"strategy.md:2: [strategy/strategy-no-diagnosis]"}},
		{"strategy-no-policy", strategyWith("guiding_policy: Win them with fast onboarding.\n", ""),
			[]string{"strategy.md:2: [strategy/strategy-no-policy] the strategy states no guiding policy"}},
		{"strategy-no-policy: a ## Guiding policy section", strategyWith("guiding_policy: Win them with fast onboarding.\n", "") + "## Guiding policy\n\nOnboard in 30 days.\n", nil},
		{"strategy-no-not-doing", strategyWith("not_doing: [Brokerage]\n", ""),
			[]string{"strategy.md:2: [strategy/strategy-no-not-doing] the strategy does not say what the company will not do"}},
		{"strategy-no-not-doing: a ## What we will not do section", strategyWith("not_doing: [Brokerage]\n", "") + "## What we will not do\n\n- Brokerage\n", nil},
		{"strategy-no-horizon", strategyWith("horizon: 2026–2028\n", ""),
			[]string{"strategy.md:2: [strategy/strategy-no-horizon] the strategy has no horizon; add"}},
		{"strategy-no-horizon, unreadable", strategyWith("horizon: 2026–2028\n", "horizon: the next few years\n"),
			[]string{`strategy.md:4: [strategy/strategy-no-horizon] the strategy has no horizon it can read ("the next few years" names no year or date)`}},
		{"strategy-expired", strategyWith("horizon: 2026–2028\n", "horizon: until 2026-11-19\n"),
			[]string{`strategy.md:4: [strategy/strategy-expired] the strategy's horizon "until 2026-11-19" ended on 2026-11-19`}},
		{"strategy-expired: the last day still runs", strategyWith("horizon: 2026–2028\n", "horizon: until 2026-11-20\n"), nil},
		{"strategy-unreviewed, no date", strategyWith("reviewed: 2026-06-01\n", ""),
			[]string{"strategy.md:2: [strategy/strategy-unreviewed] the strategy has no `reviewed:` date"}},
		{"strategy-unreviewed, too old", strategyWith("reviewed: 2026-06-01\n", "reviewed: 2025-11-19\n"),
			[]string{"strategy.md:5: [strategy/strategy-unreviewed] the strategy was last reviewed on 2025-11-19, 366 days ago; review it at least every 365 days"}},
		{"strategy-unreviewed: 365 days is fine", strategyWith("reviewed: 2026-06-01\n", "reviewed: 2025-11-20\n"), nil},
		{"strategy-unreviewed: configurable", "-- portal.yaml --\ncheck: {strategy_review_days: 90}\n",
			[]string{"strategy.md:5: [strategy/strategy-unreviewed] the strategy was last reviewed on 2026-06-01, 172 days ago; review it at least every 90 days"}},
		{"strategy-unreviewed: 0 turns it off", "-- portal.yaml --\ncheck: {strategy_review_days: 0}\n" + strategyWith("reviewed: 2026-06-01\n", ""), nil},
		{"priority-no-rationale", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\nkpis: [{name: Uptime, current: 99.9, as_of: 2026-09-30, target: 99.95}]\n---\n\n",
			[]string{`priorities/reliability.md:2: [strategy/priority-no-rationale] priority "Reliability" gives no rationale`}},
		{"priority-no-measure, no KPI", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\n---\nWhy.\n",
			[]string{`priorities/reliability.md:2: [strategy/priority-no-measure] priority "Reliability" has no KPI, so its success cannot be measured`}},
		{"priority-no-measure, an undated KPI", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\nkpis: [{name: Uptime, current: 99.9, target: 99.95}]\n---\nWhy.\n",
			[]string{`priorities/reliability.md:2: [strategy/priority-no-measure] priority "Reliability" has no KPI with a ` + "`target`, a `current` value and its `as_of` date"}},
		{"priority-no-measure: one complete KPI of several is enough", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\nkpis: [{name: Uptime, current: 99.9, target: 99.95}, {name: MTTR, current: 50, as_of: 2026-10-01, target: 30}]\n---\nWhy.\n", nil},
		{"priority-no-horizon: the priority's own, expired", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\nhorizon: 2025\nkpis: [{name: Uptime, current: 99.9, as_of: 2026-09-30, target: 99.95}]\n---\nWhy.\n",
			[]string{`priorities/reliability.md:2: [strategy/priority-no-horizon] priority "Reliability"'s horizon "2025" ended on 2025-12-31`}},
		{"priority-no-horizon, unreadable", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\nhorizon: for now\nkpis: [{name: Uptime, current: 99.9, as_of: 2026-09-30, target: 99.95}]\n---\nWhy.\n",
			[]string{`priorities/reliability.md:2: [strategy/priority-no-horizon] priority "Reliability" has a horizon "for now" that names no year or date`}},
		{"priority-no-horizon: its own overrides the strategy's", "-- priorities/reliability.md --\n---\ntitle: Reliability\nowner: bob\nhorizon: 2026–2027\nkpis: [{name: Uptime, current: 99.9, as_of: 2026-09-30, target: 99.95}]\n---\nWhy.\n" +
			strategyWith("horizon: 2026–2028\n", "horizon: 2020\n"),
			[]string{`strategy.md:4: [strategy/strategy-expired] the strategy's horizon "2020" ended on 2020-12-31`}},
		{"priority-imbalance", hiring + strings.Replace(eng, "reliable.md", "second.md", 1) + strings.Replace(eng, "reliable.md", "third.md", 1) +
			"-- okrs/2026/company/hire.md --\n---\ntitle: Hire\nowner: ada\npriorities: [hiring]\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n" +
			"-- priorities/ops.md --\n---\ntitle: Ops\nowner: ada\nkpis: [{name: Cost, current: 3, as_of: 2026-09-30, target: 2}]\n---\nWhy.\n",
			[]string{`priorities/growth.md:2: [strategy/priority-imbalance] priority "Growth" carries 4 of the 5 objectives of 2026 or 2026-Q4 while "Ops" has none`,
				`priorities/ops.md:2: [strategy/priority-uncovered]`}},
		{"priority-imbalance: a half is not most", hiring +
			"-- okrs/2026/company/hire.md --\n---\ntitle: Hire\nowner: ada\npriorities: [hiring]\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n" +
			"-- okrs/2026/company/hire2.md --\n---\ntitle: Hire more\nowner: ada\npriorities: [hiring]\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n" +
			"-- priorities/ops.md --\n---\ntitle: Ops\nowner: ada\nkpis: [{name: Cost, current: 3, as_of: 2026-09-30, target: 2}]\n---\nWhy.\n",
			[]string{`priorities/ops.md:2: [strategy/priority-uncovered]`}},
		{"priority-count, too few", "-- portal.yaml --\ncheck: {min_priorities: 3}\n",
			[]string{"priorities/: [strategy/priority-count] there are 2 strategic priorities; 3 to 5 keep a strategy focused"}},
		{"priority-count, too many", "-- portal.yaml --\ncheck: {max_priorities: 1}\n",
			[]string{"priorities/: [strategy/priority-count] there are 2 strategic priorities; 2 to 1 keep a strategy focused"}},
		{"priority-no-owner", "-- priorities/reliability.md --\n---\ntitle: Reliability\nkpis: [{name: Uptime, current: 99.9, as_of: 2026-09-30, target: 99.95}]\n---\nWhy.\n",
			[]string{`priorities/reliability.md:2: [strategy/priority-no-owner] priority "Reliability" has no owner; add ` + "`owner:`"}},
		{"priority-uncovered", hiring,
			[]string{`priorities/hiring.md:2: [strategy/priority-uncovered] no objective of 2026-Q4 delivers priority "Hiring"`}},
		{"priority-uncovered looks at the running year too", hiring +
			"-- okrs/2026/company/hire.md --\n---\ntitle: Hire\nowner: ada\npriorities: [hiring]\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n", nil},
		{"too-many-objectives", "-- portal.yaml --\ncheck: {max_objectives_per_team: 1}\n" + strings.Replace(eng, "reliable.md", "second.md", 1),
			[]string{"teams/company/eng.md:2: [focus/too-many-objectives] team Engineering has 2 objectives in 2026-Q4; at most 1 keep a team focused"}},
		{"key-result-count, too few", eng[:strings.Index(eng, "  - title: Incidents")] + "---\nWhy.\n",
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [focus/key-result-count] objective "Be reliable" has 1 key result; 2 to 5 make it measurable`}},
		{"key-result-count, too many", "-- portal.yaml --\ncheck: {max_key_results: 1}\n",
			[]string{
				`okrs/2026-Q4/company/grow.md:2: [focus/key-result-count] objective "Grow reliably" has 2 key results; 2 to 1`,
				`okrs/2026-Q4/eng/reliable.md:2: [focus/key-result-count] objective "Be reliable" has 2 key results; 2 to 1`,
			}},
		{"owner-overload", "-- portal.yaml --\ncheck: {max_objectives_per_owner: 1}\n" + strings.Replace(eng, "reliable.md", "second.md", 1),
			[]string{"people/bob.md:2: [focus/owner-overload] Bob owns 2 objectives in 2026-Q4; at most 1"}},
		{"owner-overload of an implicit person", "-- portal.yaml --\ncheck: {max_objectives_per_owner: 1}\n" +
			strings.Replace(strings.Replace(eng, "owner: bob", "owner: Carol King", 1), "reliable.md", "second.md", 1) +
			strings.Replace(eng, "owner: bob", "owner: carol-king", 1),
			[]string{"okrs/2026-Q4/eng/reliable.md:3: [focus/owner-overload] carol-king owns 2 objectives in 2026-Q4",
				`okrs/2026-Q4/eng/reliable.md:3:8: [engagement/unknown-person] owner "carol-king" matches no one in people/`,
				`okrs/2026-Q4/eng/second.md:3:8: [engagement/unknown-person] owner "Carol King" matches no one in people/`}},
		{"unaligned", strings.Replace(eng, "aligns_to: grow\n", "", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [alignment/unaligned] objective "Be reliable" neither aligns to another objective nor names a priority`}},
		{"root-without-priority", strings.Replace(strings.Replace(eng, "eng/reliable.md", "company/second.md", 1), "title: Be reliable", "title: Second", 1),
			[]string{`okrs/2026-Q4/company/second.md:2: [alignment/root-without-priority] company-level objective "Second" names no strategic priority; add ` + "`priorities:`"}},
		{"cross-period", strings.Replace(eng, "aligns_to: grow", "aligns_to: [grow, 2026-q3/company/grow]", 1) + "-- okrs/2026-Q3/company/grow.md --\n---\ntitle: Old\n---\n",
			[]string{"okrs/2026-Q4/eng/reliable.md:4: [alignment/cross-period] objective of 2026-Q4 aligns to 2026-q3/company/grow of 2026-Q3, which does not contain 2026-Q4"}},
		{"a quarter aligns to its year: no cross-period", strings.Replace(eng, "aligns_to: grow", "aligns_to: [grow, 2026/company/annual]", 1) +
			"-- okrs/2026/company/annual.md --\n---\ntitle: Annual\nowner: ada\npriorities: [growth]\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n", nil},
		{"team-without-objectives: the running year counts", "-- teams/company/sales.md --\n---\nname: Sales\n---\n" +
			"-- okrs/2026/sales/annual.md --\n---\ntitle: Annual\nowner: ada\npriorities: [growth]\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n", nil},
		{"team-without-objectives", "-- teams/company/sales.md --\n---\nname: Sales\n---\n",
			[]string{"teams/company/sales.md:2: [transparency/team-without-objectives] team Sales has no objectives in 2026-Q4"}},
		{"unscored within the window", "-- portal.yaml --\ncheck: {unscored_window_days: 60}\n-- okrs/2026-Q3/company/old.md --\n---\ntitle: Old\nkey_results: [{title: never graded}, {title: graded, score: 0.5}]\n---\n",
			[]string{`okrs/2026-Q3/company/old.md:3: [engagement/unscored] key result "never graded" of 2026-Q3, which closed on 2026-09-30, has no score and no value`}},
		{"unscored: window set to 0 turns it off", "-- portal.yaml --\ncheck: {unscored_window_days: 0}\n-- okrs/2026-Q3/company/old.md --\n---\ntitle: Old\nkey_results: [{title: never graded}]\n---\n", nil},
		{"kr-activity", strings.Replace(eng, "title: Uptime", "title: Migrate uptime checks to Grafana", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:6: [focus/kr-activity] key result "Migrate uptime checks to Grafana" names work to do or its output ("migrate"), not the outcome`}},
		{"kr-activity: an output", strings.Replace(eng, "title: Uptime", "title: Upgrade guide published", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:6: [focus/kr-activity] key result "Upgrade guide published" names work to do or its output ("published")`}},
		{"kr-activity: a measure is no activity", strings.Replace(eng, "title: Uptime", "title: Build time under 5 minutes", 1), nil},
		{"kr-activity: a noun is no activity", strings.Replace(eng, "title: Uptime", "title: Launches without a rollback", 1), nil},
		{"kr-vague", strings.Replace(eng, "  - title: Incidents\n", "  - title: Improve customer satisfaction\n    progress: 40\n    checkins: [{date: 2026-11-15, progress: 40}]\n  - title: Incidents\n", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:10: [focus/kr-vague] key result "Improve customer satisfaction" says "improve" without a number`}},
		{"kr-vague: a number in the title", strings.Replace(eng, "  - title: Incidents\n", "  - title: Improve customer satisfaction from 7.1 to 8\n    progress: 40\n    checkins: [{date: 2026-11-15, progress: 40}]\n  - title: Incidents\n", 1), nil},
		{"kr-vague: an adjective is no verb", strings.Replace(eng, "  - title: Incidents\n", "  - title: Find a better name, the improved process in the handbook\n    progress: 40\n    checkins: [{date: 2026-11-15, progress: 40}]\n  - title: Incidents\n", 1), nil},
		{"kr-vague: a numeric target", strings.Replace(eng, "  - title: Incidents\n", "  - title: Reduce incidents\n    start: 10\n    target: 4\n    checkins: [{date: 2026-11-15, value: 6}]\n  - title: Incidents\n", 1), nil},
		{"objective-numeric-title", strings.Replace(eng, "title: Be reliable", "title: Reach 99.95% uptime", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [focus/objective-numeric-title] objective "Reach 99.95% uptime" reads like a key result`}},
		{"objective-numeric-title: after a comparison", strings.Replace(eng, "title: Be reliable", "title: Deploys in under 15 minutes", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [focus/objective-numeric-title] objective "Deploys in under 15 minutes" reads like a key result`}},
		{"objective-numeric-title: a year or version after a comparison is none", strings.Replace(eng, "title: Be reliable", "title: The path to 1.0, done by 2027", 1), nil},
		{"objective-numeric-title: a year and a version are no quantity", strings.Replace(eng, "title: Be reliable", "title: Make v2.0 reliable for Q4 2026", 1), nil},
		{"kr-no-owner", strings.Replace(strings.Replace(eng, "  - title: Uptime\n", "  - title: Uptime\n    owner: bob\n", 1), "  - title: Incidents\n", "  - title: Incidents\n    owner: bob\n", 1) +
			strings.Replace(fileOf("okrs/2026-Q4/company/grow.md"), "  - title: Revenue\n", "  - title: Revenue\n    owner: ada\n", 1),
			[]string{`okrs/2026-Q4/company/grow.md:11: [engagement/kr-no-owner] key result "Self-service sign-up live" has no owner, though most key results here have one`}},
		{"kr-no-owner: half is not most", strings.Replace(strings.Replace(eng, "  - title: Uptime\n", "  - title: Uptime\n    owner: bob\n", 1), "  - title: Incidents\n", "  - title: Incidents\n    owner: bob\n", 1), nil},
		{"kr-no-due", strings.Replace(eng, "    due: 2026-12-20\n", "", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:10: [engagement/kr-no-due] milestones key result "Incidents" has no ` + "`due:` date"}},
		{"kr-no-due: each milestone dated", strings.Replace(strings.Replace(eng, "    due: 2026-12-20\n", "", 1), "{title: Drills}", "{title: Drills, due: 2026-12-01}", 1), nil},
		{"kr-no-due: a done key result needs none", strings.Replace(strings.Replace(eng, "    due: 2026-12-20\n", "", 1), "{title: Drills}", "{title: Drills, done: true}", 1), nil},
		{"depends-on-at-risk", strings.Replace(eng, "aligns_to: grow", "aligns_to: grow\ndepends_on: grow", 1) +
			strings.Replace(fileOf("okrs/2026-Q4/company/grow.md"), "owner: ada\n", "owner: ada\nstatus: at-risk\n", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [alignment/depends-on-at-risk] objective "Be reliable" depends on "Grow reliably", which is at risk`}},
		{"depends-on-at-risk: on track is fine", strings.Replace(eng, "aligns_to: grow", "aligns_to: grow\ndepends_on: grow", 1), nil},
		{"aligned-to-dropped", strings.Replace(fileOf("okrs/2026-Q4/company/grow.md"), "owner: ada\n", "owner: ada\nstatus: dropped\n", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:4: [alignment/aligned-to-dropped] objective "Be reliable" aligns to "Grow reliably", which was dropped`}},
		{"aligned-to-dropped: achieved is fine", strings.Replace(fileOf("okrs/2026-Q4/company/grow.md"), "owner: ada\n", "owner: ada\nstatus: achieved\n", 1), nil},
		{"no-priority-chain", strings.Replace(eng, "aligns_to: grow", "aligns_to: side", 1) +
			"-- okrs/2026-Q4/company/side.md --\n---\ntitle: Side\nowner: ada\naligns_to: grow-2\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n" +
			"-- okrs/2026-Q4/company/grow-2.md --\n---\ntitle: Top\nowner: ada\nkey_results: [{title: a, done: false, due: 2026-12-15, checkins: [{date: 2026-11-15, done: false}]}, {title: b, done: true, checkins: [{date: 2026-11-15, done: true}]}]\n---\nWhy.\n",
			[]string{`okrs/2026-Q4/company/grow-2.md:2: [alignment/unaligned]`,
				`okrs/2026-Q4/company/side.md:2: [alignment/root-without-priority]`,
				`okrs/2026-Q4/eng/reliable.md:2: [alignment/no-priority-chain] objective "Be reliable" aligns to objectives none of which leads to a strategic priority`}},
		{"no-why", strings.Replace(eng, "Because customers notice.\n", " \n\n", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [transparency/no-why] objective "Be reliable" has no "why"`}},
		{"no-owner", strings.Replace(eng, "owner: bob\n", "", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:2: [engagement/no-owner] objective "Be reliable" has no owner`}},
		{"stale", strings.Replace(eng, "{date: 2026-11-15, value: 99.95}", "{date: 2026-10-20, value: 99.95}", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:6: [engagement/stale] key result "Uptime" was last checked in 31 days ago (2026-10-20); add a check-in at least every 14 days`}},
		{"stale without any check-in", strings.Replace(eng, "    checkins: [{date: 2026-11-15, value: 99.95}]\n", "", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:6: [engagement/stale] key result "Uptime" has no check-in yet, 50 days into 2026-Q4`}},
		{"no-target", strings.Replace(eng, "    kind: keep-above\n    threshold: 99.9\n", "", 1),
			[]string{`okrs/2026-Q4/eng/reliable.md:6: [engagement/no-target] key result "Uptime" has no target, so its progress cannot be measured`}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []string
			for _, d := range reviewPortal(t, tt.overlay) {
				got = append(got, d.Position()+": ["+d.Group+"/"+d.Rule+"] "+d.Message)
				if d.Severity != diag.Warning {
					t.Errorf("%s is not a warning", d)
				}
			}
			ok := len(got) == len(tt.want)
			for i := 0; ok && i < len(got); i++ {
				ok = strings.HasPrefix(got[i], tt.want[i])
			}
			if !ok {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestClosedPeriodsAreHistory: objectives of a period that is over draw
// no warnings about themselves, however incomplete — not even cross-period
// or a check-in outside the period — once the unscored window has passed.
func TestClosedPeriodsAreHistory(t *testing.T) {
	ds := reviewPortal(t, "-- okrs/2026-Q2/company/old.md --\n---\ntitle: Old\naligns_to: 2026-q1/company/older\n"+
		"key_results: [{title: x, start: 0, target: 5, checkins: [{date: 2026-08-01, value: 2}]}]\n---\n"+
		"-- okrs/2026-Q1/company/older.md --\n---\ntitle: Older\nkey_results: [{title: y}]\n---\n")
	if len(ds) > 0 {
		t.Errorf("warnings for a closed period: %v", ds)
	}
}

// TestDisabledStaleRule: stale_after_days: 0 turns the rule off.
func TestDisabledStaleRule(t *testing.T) {
	ds := reviewPortal(t, "-- portal.yaml --\ncheck: {stale_after_days: 0}\n"+strings.Replace(eng, "{date: 2026-11-15, value: 99.95}", "{date: 2026-10-02, value: 99.95}", 1))
	if len(ds) > 0 {
		t.Errorf("warnings: %v", ds)
	}
}

func TestGroups(t *testing.T) {
	want := []string{"strategy", "focus", "alignment", "transparency", "engagement"}
	if strings.Join(review.Groups, " ") != strings.Join(want, " ") {
		t.Errorf("Groups = %v, want %v", review.Groups, want)
	}
}

// TestStaleIgnoresDraftsAndDropped: a draft or a dropped objective is not
// being worked on, so its key results need no check-ins.
func TestStaleIgnoresDraftsAndDropped(t *testing.T) {
	old := strings.Replace(eng, "{date: 2026-11-15, value: 99.95}", "{date: 2026-10-02, value: 99.95}", 1)
	for _, field := range []string{"draft: true", "status: dropped"} {
		for _, d := range reviewPortal(t, strings.Replace(old, "owner: bob", "owner: bob\n"+field, 1)) {
			// A team whose only objective is a draft has published none.
			if d.Rule != "team-without-objectives" || field != "draft: true" {
				t.Errorf("%s: %v", field, d)
			}
		}
	}
}

// measure loads cleanPortal with overlay like reviewPortal and returns the
// health figures with the warnings per rule.
func measure(t *testing.T, overlay string) (review.Figures, map[string]int) {
	t.Helper()
	p, list := loadPortal(t, overlay)
	review.Review(p, list)
	rules := map[string]int{}
	for _, d := range list.Sorted() {
		rules[d.Rule]++
	}
	return review.Measure(p), rules
}

// TestFiguresAgreeWithRules: the health page's figures count what the
// rules flag, whatever the settings, drafts or dropped objectives.
func TestFiguresAgreeWithRules(t *testing.T) {
	old := strings.Replace(eng, "{date: 2026-11-15, value: 99.95}", "{date: 2026-10-02, value: 99.95}", 1)
	tests := []struct {
		name, overlay string
		checkable     int
	}{
		{"clean", "", 4},
		{"one stale", old, 4},
		{"stale rule off", "-- portal.yaml --\ncheck: {stale_after_days: 0}\n" + old, 4},
		{"a draft is not expected to check in", strings.Replace(old, "owner: bob", "owner: bob\ndraft: true", 1), 2},
		{"a dropped objective neither", strings.Replace(old, "owner: bob", "owner: bob\nstatus: dropped", 1), 2},
		{"unaligned and without why", strings.Replace(strings.Replace(eng, "aligns_to: grow\n", "", 1), "Because customers notice.\n", "", 1), 4},
		{"a draft counts nowhere", strings.Replace(strings.Replace(strings.Replace(eng, "owner: bob\n", "draft: true\n", 1), "Because customers notice.\n", "", 1), "aligns_to: grow\n", "", 1), 2},
		{"a finished key result needs no more check-ins", strings.Replace(strings.Replace(old, "milestones: [{title: Runbooks, done: true}, {title: Drills}]", "milestones: [{title: Runbooks, done: true}, {title: Drills, done: true}]", 1),
			"{date: 2026-11-15, progress: 50}", "{date: 2026-10-02, progress: 100}", 1), 3},
		{"a rollup takes no check-in", strings.Replace(eng, "  - title: Incidents\n", "  - title: Fed\n    kind: rollup\n  - title: Incidents\n", 1), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, rules := measure(t, tt.overlay)
			if f.Checkable != tt.checkable {
				t.Errorf("checkable = %d, want %d", f.Checkable, tt.checkable)
			}
			stale := f.Checkable - f.Fresh
			if f.StaleAfterDays <= 0 {
				stale = 0
			}
			if stale != rules["stale"] {
				t.Errorf("figures: %d of %d key results not fresh; check: %d stale warnings", f.Checkable-f.Fresh, f.Checkable, rules["stale"])
			}
			if f.Objectives-f.Aligned != rules["unaligned"] || f.Objectives-f.WithWhy != rules["no-why"] || f.Objectives-f.Owned != rules["no-owner"] {
				t.Errorf("figures %+v disagree with warnings %v", f, rules)
			}
		})
	}
}

func TestParseHorizon(t *testing.T) {
	fy := &model.Period{ID: "fy28", Name: "FY28", End: time.Date(2028, 1, 31, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []struct {
		h, want string
	}{
		{"2026–2028", "2028-12-31"},
		{"2026-2028", "2028-12-31"},
		{"until 2028-06-30", "2028-06-30"},
		{"2026-01-01 to 2027-03-31", "2027-03-31"},
		{"FY27–FY28", "2028-01-31"},
		{"FY27–FY29", "2029-12-31"},
		{"three years", ""},
		{"", ""},
	} {
		end, ok := review.ParseHorizon(tc.h, []*model.Period{fy})
		got := ""
		if ok {
			got = end.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("ParseHorizon(%q) = %q, want %q", tc.h, got, tc.want)
		}
	}
}

// TestSeverityAndIgnore: check.rules sets a rule's severity or turns it
// off; a file's check_ignore suppresses its findings of a rule, with the
// reason, and an exemption that names no rule or suppresses nothing is
// itself reported.
func TestSeverityAndIgnore(t *testing.T) {
	noOwner := strings.Replace(eng, "owner: bob\n", "", 1)
	tests := []struct {
		name, overlay string
		want          []string // "severity rule [reason]"
	}{
		{"a rule raised to error", "-- portal.yaml --\ncheck: {rules: {no-owner: error}}\n" + noOwner, []string{"error no-owner"}},
		{"a rule turned off", "-- portal.yaml --\ncheck: {rules: {no-owner: off}}\n" + noOwner, nil},
		{"another rule's setting changes nothing", "-- portal.yaml --\ncheck: {rules: {stale: off}}\n" + noOwner, []string{"warning no-owner"}},
		{"suppressed with its reason", strings.Replace(noOwner, "aligns_to: grow", "aligns_to: grow\ncheck_ignore: {no-owner: \"shared by the on-call rota\"}", 1),
			[]string{"suppressed no-owner shared by the on-call rota"}},
		{"an exemption of another file does not apply", strings.Replace(fileOf("okrs/2026-Q4/company/grow.md"), "owner: ada\n", "owner: ada\ncheck_ignore: {no-owner: \"n/a\"}\n", 1) + noOwner,
			[]string{"warning unused-ignore", "warning no-owner"}},
		{"an unknown rule", "-- portal.yaml --\ncheck: {rules: {no-such-rule: off}}\n", []string{"warning unknown-rule"}},
		{"an unknown rule in check_ignore", strings.Replace(eng, "aligns_to: grow", "aligns_to: grow\ncheck_ignore: {no-such-rule: why}", 1), []string{"warning unknown-rule"}},
		{"a strategy exemption", strategyWith("reviewed: 2026-06-01\n", "check_ignore: {strategy-unreviewed: \"first review due in Q1\"}\n"),
			[]string{"suppressed strategy-unreviewed first review due in Q1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range reviewPortal(t, tt.overlay) {
				got = append(got, strings.TrimSpace(string(d.Severity)+" "+d.Rule+" "+d.Reason))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
