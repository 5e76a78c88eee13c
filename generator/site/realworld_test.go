package site_test

// The examples under examples/ reproduce the shapes of OKR sets that real
// organisations published (see each example's README). These tests load
// each at the date its README gives, and at other dates, and assert what
// the portal must say about them: no data is not failure, closed and never
// graded is not scored, quarters nest in their year, the future does not
// count, and yes/no key results are judged against their due dates.

import (
	"context"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/review"
	"github.com/okrportal/okrportal/generator/site"
)

// The examples and the dates their READMEs build them with.
const (
	annualExample = "annual-and-quarterly"
	annualDate    = "2026-09-10"
	scoresExample = "working-group-scores"
	scoresDate    = "2026-08-14"
	weeklyExample = "weekly-metrics"
	weeklyDate    = "2026-11-20"
)

// rwLoad loads examples/<name> as `okrportal check --today date` does:
// with drafts, computed and reviewed. Errors fail the test.
func rwLoad(t *testing.T, name, date string) (*model.Portal, []diag.Diagnostic) {
	t.Helper()
	day, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join("..", "..", "examples", name)
	p, list, err := site.Load(context.Background(), site.Options{Source: src, Today: day, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	if list.HasErrors() {
		t.Fatalf("%s at %s: %v", name, date, list.Errors())
	}
	review.Review(p, list)
	return p, list.Sorted()
}

// rwRules counts the warnings of diags by rule.
func rwRules(diags []diag.Diagnostic) map[string]int {
	out := map[string]int{}
	for _, d := range diags {
		out[d.Rule]++
	}
	return out
}

// rwObjective finds an objective by id.
func rwObjective(t *testing.T, p *model.Portal, id string) *model.Objective {
	t.Helper()
	for _, o := range p.Objectives {
		if o.ID == id {
			return o
		}
	}
	t.Fatalf("no objective %s", id)
	return nil
}

// rwKR finds a key result by "<objective>#<kr>".
func rwKR(t *testing.T, p *model.Portal, objective, kr string) *model.KeyResult {
	t.Helper()
	for _, k := range rwObjective(t, p, objective).KeyResults {
		if k.ID == kr {
			return k
		}
	}
	t.Fatalf("no key result %s#%s", objective, kr)
	return nil
}

// The strategy review of each example: real OKR sets publish objectives,
// not the strategy kernel, review date or priority KPIs beneath them, so
// each draws the review's findings about what their strategy.md leaves out
// (the READMEs say so). Halyard's "FY27–FY28" is a readable horizon. Their
// outputs worded as key results ("Invoicing beta built", "Contributor
// summit held") draw kr-activity, their yes/no key results without a date
// kr-no-due.
var (
	kernelMissing  = map[string]int{"strategy-no-diagnosis": 1, "strategy-no-policy": 1, "strategy-no-not-doing": 1, "strategy-unreviewed": 1}
	annualStrategy = with(kernelMissing, map[string]int{"priority-no-rationale": 2, "priority-no-measure": 2})
	scoresStrategy = with(kernelMissing, map[string]int{"priority-no-rationale": 2, "priority-no-measure": 2, "strategy-no-horizon": 1})
	weeklyStrategy = with(kernelMissing, map[string]int{"priority-no-rationale": 3, "priority-no-measure": 3, "strategy-no-horizon": 1})
)

// with returns the counts of a and b together.
func with(a, b map[string]int) map[string]int {
	out := map[string]int{}
	for _, m := range []map[string]int{a, b} {
		for k, v := range m {
			out[k] += v
		}
	}
	return out
}

// TestRealWorldWarnings pins the warnings each example's README lists, at
// the README's date and at the dates the README mentions.
func TestRealWorldWarnings(t *testing.T) {
	for _, tc := range []struct {
		name, date string
		want       map[string]int
	}{
		{annualExample, annualDate, with(annualStrategy, map[string]int{"no-target": 18, "stale": 23, "unaligned": 1, "kr-activity": 2, "kr-no-due": 1})},
		// Three weeks after FY27 Q2 closed: its 11 never-graded key results
		// are flagged while they can still be graded; the check-ins of late
		// August and September do not count yet.
		{annualExample, "2026-08-20", with(annualStrategy, map[string]int{"no-target": 18, "stale": 24, "unaligned": 1, "unscored": 11, "future-checkin": 4, "kr-activity": 2, "kr-no-due": 2})},
		{scoresExample, scoresDate, with(scoresStrategy, map[string]int{"unscored": 3, "kr-activity": 4})},
		{weeklyExample, weeklyDate, with(weeklyStrategy, map[string]int{"future-checkin": 1, "kr-activity": 1})},
		// A week later the future check-in counts; two key results have gone
		// 14 days without an update (two more are done and need none).
		{weeklyExample, "2026-11-27", with(weeklyStrategy, map[string]int{"stale": 2, "kr-activity": 1})},
		// The strategy that fails the review on purpose: its README
		// explains each finding.
		{"weak-strategy", "2026-11-20", map[string]int{"strategy-no-diagnosis": 1, "strategy-no-policy": 1, "strategy-no-not-doing": 1,
			"strategy-expired": 1, "strategy-unreviewed": 1, "priority-count": 1, "priority-no-rationale": 2, "priority-no-measure": 3,
			"priority-no-owner": 1, "priority-no-horizon": 2, "priority-uncovered": 4, "priority-imbalance": 1}},
	} {
		t.Run(tc.name+"@"+tc.date, func(t *testing.T) {
			_, diags := rwLoad(t, tc.name, tc.date)
			got := rwRules(diags)
			for rule, n := range tc.want {
				if got[rule] != n {
					t.Errorf("%d [%s] warnings, want %d", got[rule], rule, n)
				}
			}
			for rule, n := range got {
				if _, ok := tc.want[rule]; !ok {
					t.Errorf("unexpected %d [%s] warnings, e.g. %v", n, rule, first(diags, rule))
				}
			}
		})
	}
}

func first(diags []diag.Diagnostic, rule string) string {
	for _, d := range diags {
		if d.Rule == rule {
			return d.String()
		}
	}
	return ""
}

// TestRealWorldNoDataIsNotFailure: in every example, a key result of a
// running period without data is no-data, never on, off track or at risk,
// and an objective none of whose key results has data is no-data.
func TestRealWorldNoDataIsNotFailure(t *testing.T) {
	for _, tc := range []struct {
		name, date string
		noData     int // key results without data in running periods
		noDataObjs []string
	}{
		{annualExample, annualDate, 19, []string{"fy27/company/mid-market", "fy27/sales/mid-market",
			"fy27/product/month-end-close", "fy27-q3/engineering/on-call", "fy27-q3/product/admin-nps"}},
		{weeklyExample, weeklyDate, 1, nil},
		// On the quarter's second day the first check-in of a metric without
		// start is its baseline only: nothing is measured yet.
		{weeklyExample, "2026-10-02", 5, nil},
	} {
		t.Run(tc.name+"@"+tc.date, func(t *testing.T) {
			p, _ := rwLoad(t, tc.name, tc.date)
			noData := 0
			for _, o := range p.Objectives {
				if o.Computed.Phase != model.PhaseActive {
					continue
				}
				for _, kr := range o.KeyResults {
					if kr.Computed.HasData {
						continue
					}
					noData++
					if s := kr.Computed.Status; s != model.StatusNoData {
						t.Errorf("%s has no data but status %s", kr.Ref(), s)
					}
				}
				if !o.Computed.HasData && o.Computed.Status != model.StatusNoData {
					t.Errorf("%s has no key result with data but status %s", o.ID, o.Computed.Status)
				}
				if o.Computed.HasData && o.Computed.Status == model.StatusNoData {
					t.Errorf("%s has data but status no-data", o.ID)
				}
			}
			if noData != tc.noData {
				t.Errorf("%d key results without data, want %d", noData, tc.noData)
			}
			for _, id := range tc.noDataObjs {
				if o := rwObjective(t, p, id); o.Computed.HasData || o.Computed.Status != model.StatusNoData {
					t.Errorf("%s: HasData %v, status %s; want no data", id, o.Computed.HasData, o.Computed.Status)
				}
			}
		})
	}
	// Some key results with data, some without: the objective is judged by
	// those with data and counts the others.
	p, _ := rwLoad(t, annualExample, annualDate)
	o := rwObjective(t, p, "fy27/company/month-end-close")
	if o.Computed.WithoutData != 2 || !o.Computed.HasData || o.Computed.Status != model.StatusOnTrack {
		t.Errorf("%s: %d without data, HasData %v, status %s; want 2, true, on-track", o.ID, o.Computed.WithoutData, o.Computed.HasData, o.Computed.Status)
	}
}

// TestRealWorldScores: closed quarters show the grades given, the mean
// over graded key results only, the portal's own bands, and "not scored"
// (Scored false) where nobody graded.
func TestRealWorldScores(t *testing.T) {
	p, _ := rwLoad(t, scoresExample, scoresDate)
	for _, tc := range []struct {
		id     string
		scored bool
		score  float64
		band   string
	}{
		{"2026-q1/wg-release/release-train", true, 2.0 / 3, "amber"},
		{"2026-q1/wg-docs/first-hour", true, 0.85, "green"},
		{"2026-q1/wg-performance/benchmarks", true, 0.25, "red"},
		// amber from 0.3 in this portal; red with the default bands
		{"2026-q1/wg-community/contributors", true, 0.35, "amber"},
		// kr2 not graded: the mean is over kr1 alone
		{"2026-q2/wg-docs/config-reference", true, 0.7, "green"},
		// kr1 ungraded metric: its progress 0.6 is its score; kr2 done
		{"2026-q2/wg-performance/publish-latency", true, 0.8, "green"},
		{"2026-q2/wg-community/mentoring", false, 0, ""},
	} {
		o := rwObjective(t, p, tc.id)
		v := o.Computed
		if v.Phase != model.PhaseClosed || v.Scored != tc.scored || math.Abs(v.Score-tc.score) > 1e-6 || v.Band != tc.band {
			t.Errorf("%s: phase %v scored %v %.4f %q; want closed %v %.4f %q", tc.id, v.Phase, v.Scored, v.Score, v.Band, tc.scored, tc.score, tc.band)
		}
	}
	if kr := rwKR(t, p, "2026-q2/wg-docs/config-reference", "kr2"); kr.Computed.Scored {
		t.Errorf("%s is not graded but Scored", kr.Ref())
	}
	// FY27 Q2 of the annual example closed and was never graded at all.
	a, _ := rwLoad(t, annualExample, annualDate)
	q2 := 0
	for _, o := range a.Objectives {
		if o.Period.ID != "fy27-q2" {
			continue
		}
		q2++
		if o.Computed.Phase != model.PhaseClosed || o.Computed.Scored || o.Computed.Band != "" {
			t.Errorf("%s: phase %v, Scored %v, band %q; want closed and not scored", o.ID, o.Computed.Phase, o.Computed.Scored, o.Computed.Band)
		}
		for _, kr := range o.KeyResults {
			if kr.Computed.Scored {
				t.Errorf("%s never graded but Scored (%.2f)", kr.Ref(), kr.Computed.Score)
			}
		}
	}
	if q2 != 5 {
		t.Errorf("%d objectives in FY27 Q2, want 5", q2)
	}
}

// TestRealWorldQuartersNestInTheYear: the annual example's quarters align
// to the fiscal year's objectives and key results without a cross-period
// warning, and both the year and the quarter are running.
func TestRealWorldQuartersNestInTheYear(t *testing.T) {
	p, diags := rwLoad(t, annualExample, annualDate)
	if n := rwRules(diags)["cross-period"]; n != 0 {
		t.Errorf("%d cross-period warnings: %s", n, first(diags, "cross-period"))
	}
	var running []string
	for _, per := range p.Running {
		running = append(running, per.ID)
	}
	if len(running) != 2 || running[0] != "fy27" || running[1] != "fy27-q3" {
		t.Errorf("running periods %v, want [fy27 fy27-q3]", running)
	}
	toYear, toKR := 0, 0
	for _, o := range p.Objectives {
		for _, al := range o.AlignsTo {
			if al.Objective.Period.ID != "fy27" || o.Period.ID == "fy27" {
				continue
			}
			toYear++
			if al.KeyResult != nil {
				toKR++
			}
			if !o.Period.Nests(al.Objective.Period) {
				t.Errorf("%s (%s) does not nest in %s", o.ID, o.Period.ID, al.Objective.Period.ID)
			}
		}
	}
	if toYear != 11 || toKR != 7 {
		t.Errorf("%d quarter→year alignments (%d to key results), want 11 (7)", toYear, toKR)
	}
	kr := rwKR(t, p, "fy27/company/month-end-close", "kr3")
	var children []string
	for _, c := range kr.Children {
		children = append(children, c.ID)
	}
	if len(children) != 2 || children[0] != "fy27-q2/engineering/ledger-design" || children[1] != "fy27-q3/engineering/multi-entity" {
		t.Errorf("%s children %v, want the Q2 design and the Q3 build", kr.Ref(), children)
	}
}

// TestRealWorldAsOf: the weekly example's values are the latest check-in
// on or before the build date; later ones count nowhere and are warned
// about where they are written.
func TestRealWorldAsOf(t *testing.T) {
	const run, support = "2026-q4/company/run-rate", "2026-q4/support/first-response"
	for _, tc := range []struct {
		date           string
		mrr            float64
		conf, prevConf float64
		response       float64
		responseStatus model.Status
		future         bool
	}{
		// "" : the status of a line breached early in the quarter is left to
		// TestRealWorldBreachedLineIsOffTrack.
		{"2026-10-02", 38900, 7, -1, 95, "", true},
		{"2026-10-16", 40100, 6, 7, 80, "", true},
		{"2026-11-06", 43900, 8, 7, 58, model.StatusOnTrack, true},
		{"2026-11-19", 44600, 8, 8, 66, model.StatusOffTrack, true},
		{weeklyDate, 45800, 8, 8, 72, model.StatusOffTrack, true},
		{"2026-11-27", 45800, 8, 8, 55, model.StatusOnTrack, false},
	} {
		t.Run(tc.date, func(t *testing.T) {
			p, diags := rwLoad(t, weeklyExample, tc.date)
			mrr := rwKR(t, p, run, "mrr")
			if mrr.Current == nil || *mrr.Current != tc.mrr {
				t.Errorf("MRR %v, want %v", mrr.Current, tc.mrr)
			}
			if c := mrr.Latest(); c == nil || c.Date.After(p.Today) {
				t.Errorf("latest MRR check-in %v is after %s", c, tc.date)
			}
			if v := mrr.Computed.Confidence; v == nil || *v != tc.conf {
				t.Errorf("confidence %v, want %v", v, tc.conf)
			}
			if v := mrr.Computed.PreviousConfidence; (v == nil) != (tc.prevConf < 0) || v != nil && *v != tc.prevConf {
				t.Errorf("previous confidence %v, want %v", v, tc.prevConf)
			}
			resp := rwKR(t, p, support, "kr1")
			if resp.Current == nil || *resp.Current != tc.response || tc.responseStatus != "" && resp.Computed.Status != tc.responseStatus {
				t.Errorf("first response %v %s, want %v %s", resp.Current, resp.Computed.Status, tc.response, tc.responseStatus)
			}
			future := false
			for _, d := range diags {
				if d.Rule == "future-checkin" && d.File == "okrs/2026-Q4/support/first-response.md" && d.Line == 19 {
					future = true
				}
			}
			if future != tc.future {
				t.Errorf("future-checkin warning at first-response.md:19: %v, want %v", future, tc.future)
			}
		})
	}
}

// TestRealWorldBaselineAndStretch: a metric without start takes its first
// check-in as baseline, and has no data until a second value; stretch is
// kept beside the target.
func TestRealWorldBaselineAndStretch(t *testing.T) {
	p, _ := rwLoad(t, weeklyExample, weeklyDate)
	clinics := rwKR(t, p, "2026-q4/company/run-rate", "clinics")
	if clinics.Start != nil || clinics.Baseline == nil || *clinics.Baseline != 241 || clinics.BaselineOnly {
		t.Errorf("clinics: start %v, baseline %v, baseline only %v; want none, 241, false", clinics.Start, clinics.Baseline, clinics.BaselineOnly)
	}
	if want := (268.0 - 241) / (320 - 241); math.Abs(clinics.Computed.Progress-want) > 1e-6 {
		t.Errorf("clinics progress %.4f, want %.4f", clinics.Computed.Progress, want)
	}
	beta := rwKR(t, p, "2026-q4/product/invoicing-beta", "kr2")
	if !beta.BaselineOnly || beta.Computed.HasData || beta.Computed.Status != model.StatusNoData {
		t.Errorf("beta: baseline only %v, data %v, %s; want true, false, no-data", beta.BaselineOnly, beta.Computed.HasData, beta.Computed.Status)
	}
	mrr := rwKR(t, p, "2026-q4/company/run-rate", "mrr")
	if mrr.Stretch == nil || *mrr.Stretch != 62000 || *mrr.Target != 55000 {
		t.Errorf("MRR target %v stretch %v, want 55000 and 62000", mrr.Target, mrr.Stretch)
	}
}

// TestRealWorldDueDates: a yes/no key result is on track until the last
// tenth of its period before its due date, at risk then, off track after;
// milestones step at their own dates.
func TestRealWorldDueDates(t *testing.T) {
	for _, tc := range []struct {
		name, date, objective, kr string
		want                      model.Status
	}{
		// due 2026-08-31; the warning window is 9.2 days of the quarter
		{scoresExample, "2026-07-15", "2026-q3/wg-release/one-point-oh", "kr2", model.StatusOnTrack},
		{scoresExample, scoresDate, "2026-q3/wg-release/one-point-oh", "kr2", model.StatusOnTrack},
		{scoresExample, "2026-08-21", "2026-q3/wg-release/one-point-oh", "kr2", model.StatusOnTrack},
		{scoresExample, "2026-08-22", "2026-q3/wg-release/one-point-oh", "kr2", model.StatusAtRisk},
		{scoresExample, "2026-08-31", "2026-q3/wg-release/one-point-oh", "kr2", model.StatusAtRisk},
		{scoresExample, "2026-09-01", "2026-q3/wg-release/one-point-oh", "kr2", model.StatusOffTrack},
		// done before its date: on track whatever the date
		{scoresExample, "2026-09-20", "2026-q3/wg-release/one-point-oh", "kr1", model.StatusOnTrack},
		{scoresExample, scoresDate, "2026-q3/steering/foundation", "kr1", model.StatusAtRisk},
		{scoresExample, scoresDate, "2026-q3/wg-performance/regressions", "kr1", model.StatusOffTrack},
		// milestones due 08-21 (done), 09-25 and 10-23 (not done)
		{annualExample, annualDate, "fy27-q3/engineering/multi-entity", "kr1", model.StatusOnTrack},
		{annualExample, "2026-09-20", "fy27-q3/engineering/multi-entity", "kr1", model.StatusAtRisk},
		{annualExample, "2026-09-26", "fy27-q3/engineering/multi-entity", "kr1", model.StatusOffTrack},
		// a year-long key result due in January is on track in September
		{annualExample, annualDate, "fy27/company/month-end-close", "kr3", model.StatusOnTrack},
	} {
		t.Run(tc.date+"/"+tc.objective+"#"+tc.kr, func(t *testing.T) {
			p, _ := rwLoad(t, tc.name, tc.date)
			kr := rwKR(t, p, tc.objective, tc.kr)
			if got := kr.Computed.Status; got != tc.want {
				t.Errorf("status %s, want %s (progress %.2f, expected %.2f)", got, tc.want, kr.Computed.Progress, kr.Computed.Expected)
			}
		})
	}
}

// TestRealWorldBreachedLineIsOffTrack: a keep-below key result whose latest
// value is above its line does not hold it, whatever the date — not even
// early in the quarter, when a straight expected line would call it on track.
func TestRealWorldBreachedLineIsOffTrack(t *testing.T) {
	for _, date := range []string{"2026-10-02", "2026-10-16", weeklyDate} {
		p, _ := rwLoad(t, weeklyExample, date)
		kr := rwKR(t, p, "2026-q4/support/first-response", "kr1")
		if kr.Computed.Status != model.StatusOffTrack {
			t.Errorf("%s: %v minutes against a line of 60 is %s, want off-track", date, *kr.Current, kr.Computed.Status)
		}
	}
}
