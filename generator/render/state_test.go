package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/review"
)

// testFragments returns the default theme's fragments judging by p's
// settings.
func testFragments(t *testing.T, p *model.Portal) *fragments {
	t.Helper()
	th := defaultTheme(t)
	th.frags.judge = pagedata.NewJudging(p)
	return th.frags
}

// handKR is a key result of an objective in phase ph with computed values
// v, built by hand.
func handKR(kind model.Kind, ph model.Phase, v model.KeyResultValues) *model.KeyResult {
	o := &model.Objective{ID: "o", Title: "O", Computed: model.ObjectiveValues{Phase: ph, Expected: 0.5, HasData: true}}
	k := &model.KeyResult{ID: "kr1", Title: "K", Kind: kind, Objective: o, Computed: v}
	o.KeyResults = []*model.KeyResult{k}
	return k
}

func str(h template.HTML, err error) string {
	if err != nil {
		panic(err)
	}
	return string(h)
}

// TestUnknownIsItsOwnState: a key result without data is a grey "no data
// yet" with an empty bar, never a percentage or off track; a closed one
// never graded is "not scored", never 0.0; scores take the portal's bands.
func TestUnknownIsItsOwnState(t *testing.T) {
	p := &model.Portal{Settings: model.Settings{Scores: model.ScoreBands{Amber: 0.2, Green: 0.3}}}
	fr := testFragments(t, p)
	tests := []struct {
		name       string
		k          *model.KeyResult
		pill, bar  []string // substrings the pill and the bar must have
		notBar     []string // and the bar must not
		notPillAny []string
	}{
		{"no data, stale status", handKR(model.KindMetric, model.PhaseActive, model.KeyResultValues{Status: model.StatusOffTrack}),
			[]string{`class="pill no-data"`, "no data yet"}, []string{`meter no-data`, `>–<`}, []string{"%<", "--e"}, []string{"off track"}},
		{"no data", handKR(model.KindQualitative, model.PhaseActive, model.KeyResultValues{Status: model.StatusNoData}),
			[]string{"no data yet"}, []string{`<i></i>`}, []string{"0%<"}, nil},
		{"with data", handKR(model.KindMetric, model.PhaseActive, model.KeyResultValues{HasData: true, Progress: 0.3, Expected: 0.5, Status: model.StatusAtRisk}),
			[]string{"at risk"}, []string{`meter at-risk`, `30%`, `--e:50%`}, nil, []string{"no data"}},
		{"closed, never scored", handKR(model.KindMetric, model.PhaseClosed, model.KeyResultValues{Status: model.StatusClosed}),
			[]string{`pill not-scored`, "not scored"}, []string{`meter no-data`}, nil, []string{"0.0", "band-red"}},
		{"closed, scored in the portal's bands", handKR(model.KindMetric, model.PhaseClosed,
			model.KeyResultValues{HasData: true, Progress: 0.25, Scored: true, Score: 0.25, Status: model.StatusClosed}),
			[]string{`band-amber`, "0.3"}, []string{`meter band-amber`}, nil, []string{"band-red"}},
		{"boolean: no straight expected line", handKR(model.KindBoolean, model.PhaseActive,
			model.KeyResultValues{HasData: true, Status: model.StatusOnTrack}),
			[]string{"on track"}, []string{`meter on-track`}, []string{"--e"}, nil},
		{"milestones: its own expected step", handKR(model.KindMilestones, model.PhaseActive,
			model.KeyResultValues{HasData: true, Progress: 0.5, Expected: 0.25, Status: model.StatusOnTrack}),
			nil, []string{`--e:25%`}, []string{`--e:50%`}, nil},
	}
	for _, tt := range tests {
		pill, bar := str(fr.keyResultPillHTML(tt.k)), str(fr.keyResultMeterHTML(tt.k))
		for _, s := range tt.pill {
			if !strings.Contains(pill, s) {
				t.Errorf("%s: pill %s lacks %q", tt.name, pill, s)
			}
		}
		for _, s := range tt.notPillAny {
			if strings.Contains(pill, s) {
				t.Errorf("%s: pill %s has %q", tt.name, pill, s)
			}
		}
		for _, s := range tt.bar {
			if !strings.Contains(bar, s) {
				t.Errorf("%s: bar %s lacks %q", tt.name, bar, s)
			}
		}
		for _, s := range tt.notBar {
			if strings.Contains(bar, s) {
				t.Errorf("%s: bar %s has %q", tt.name, bar, s)
			}
		}
	}
}

func TestObjectiveStates(t *testing.T) {
	fr := testFragments(t, &model.Portal{})
	none := &model.Objective{Computed: model.ObjectiveValues{Phase: model.PhaseActive, Status: model.StatusOffTrack}}
	if got := str(fr.objectivePillHTML(none)); !strings.Contains(got, "no data yet") {
		t.Errorf("objective without data: %s", got)
	}
	if got := str(fr.objectiveMeterHTML(none)); strings.Contains(got, "%<") {
		t.Errorf("objective without data has a percentage: %s", got)
	}
	closed := &model.Objective{Computed: model.ObjectiveValues{Phase: model.PhaseClosed, Status: model.StatusClosed}}
	if got := str(fr.objectivePillHTML(closed)); !strings.Contains(got, "not scored") {
		t.Errorf("closed objective never scored: %s", got)
	}
	some := &model.Objective{KeyResults: make([]*model.KeyResult, 5),
		Computed: model.ObjectiveValues{HasData: true, WithoutData: 2}}
	if got := pagedata.WithoutData(some); got != "2 of 5 key results without data" {
		t.Errorf("withoutData = %q", got)
	}
}

func TestSummaryStates(t *testing.T) {
	j := pagedata.NewJudging(&model.Portal{Settings: model.Settings{Statuses: model.StatusSettings{OnTrackMargin: 0.3, AtRiskMargin: 0.5}}})
	q := quarter(2026, 4)
	today := date(2026, 12, 1)
	// Two thirds gone, a fifth done: off track by the spec, on track by
	// this portal's margins.
	_, _, _, class := j.SummaryMeterArgs(compute.Summary{Objectives: 2, WithData: 2, Progress: 0.4, Expected: 0.67}, q, today)
	if class != "on-track" {
		t.Errorf("summary class %q, want on-track with the portal's margins", class)
	}
	// A group is judged against what its objectives expect, not against
	// the share of the period gone by: key results due later expect
	// nothing yet (a published annual set: a yes/no result due at the
	// year's end and one done, 50% against 50% expected, while 67% of the
	// period has gone by).
	spec := pagedata.NewJudging(&model.Portal{Settings: model.Settings{Statuses: model.StatusSettings{OnTrackMargin: 0.1, AtRiskMargin: 0.25}}})
	_, e, showE, class := spec.SummaryMeterArgs(compute.Summary{Objectives: 2, WithData: 2, Progress: 0.5, Expected: 0.5}, q, today)
	if class != "on-track" || e != 0.5 || !showE {
		t.Errorf("summary of objectives on track against their own expectation: class %q, expected mark %v at %v; want on-track at 0.5", class, showE, e)
	}
	if _, _, _, class := j.SummaryMeterArgs(compute.Summary{Objectives: 2, NoData: 2}, q, today); class != "no-data" {
		t.Errorf("summary without data: class %q", class)
	}
	closed := compute.Summary{Objectives: 3, Closed: 3, Scored: 1, NotScored: 2}
	if got := pagedata.SummaryNote(closed, true); got != "2 not scored" {
		t.Errorf("note %q", got)
	}
	fr := testFragments(t, &model.Portal{})
	if got := str(fr.summaryScorePillHTML(compute.Summary{Closed: 2, NotScored: 2})); !strings.Contains(got, "not scored") {
		t.Errorf("average of no scored objective: %s", got)
	}
}

// TestExportSaysUnknownAsNull: okrs.json writes no data as null progress
// and status no-data, and a closed objective never graded as a null
// score, not 0.
func TestExportSaysUnknownAsNull(t *testing.T) {
	files := renderAll(t, samplePortal(), Options{})
	var x struct {
		Schema     int `json:"schema"`
		Objectives []struct {
			ID         string           `json:"id"`
			Progress   *float64         `json:"progress"`
			Score      *float64         `json:"score"`
			Owners     []string         `json:"owners"`
			KeyResults []map[string]any `json:"key_results"`
		} `json:"objectives"`
	}
	if err := json.Unmarshal(files["okrs.json"], &x); err != nil {
		t.Fatal(err)
	}
	krs := map[string]map[string]any{}
	for _, o := range x.Objectives {
		for _, k := range o.KeyResults {
			krs[k["ref"].(string)] = k
		}
		switch o.ID {
		case "2026-q3/platform/tidy":
			if o.Score != nil || o.Progress != nil {
				t.Errorf("closed objective never scored: score %v, progress %v; want null", o.Score, o.Progress)
			}
		case "2026-q3/company/foundations":
			if o.Score == nil {
				t.Error("scored objective has a null score")
			}
		case "2026/company/default":
			if strings.Join(o.Owners, ",") != "ana,bo" {
				t.Errorf("owners %v", o.Owners)
			}
		}
	}
	if k := krs["2026-q4/sales/pipeline#kr2"]; k["progress"] != nil || k["status"] != "no-data" {
		t.Errorf("key result without data: progress %v, status %v", k["progress"], k["status"])
	}
	k := krs["2026-q4/platform/fast-deploys#kr1"]
	if k["stretch"] != 8.0 || k["confidence"] != 7.0 || k["baseline"] != 40.0 || fmt.Sprint(k["tags"]) != "[P0]" {
		t.Errorf("key result: stretch %v, confidence %v, baseline %v, tags %v", k["stretch"], k["confidence"], k["baseline"], k["tags"])
	}
	if k := krs["2026-q4/sales/pipeline#kr1"]; fmt.Sprint(k["aligns_to"]) != "[2026-q4/company/grow#kr2]" {
		t.Errorf("aligns_to %v", k["aligns_to"])
	}
	if k := krs["2026-q4/app/mobile#kr1"]; k["due"] != "2026-12-15" {
		t.Errorf("due %v", k["due"])
	}
}

// TestDueSteps: a boolean key result is expected at 0 until its due date,
// milestones step up at theirs; other kinds have no steps.
func TestDueSteps(t *testing.T) {
	q := quarter(2026, 4)
	due, mid := date(2026, 12, 15), date(2026, 11, 1)
	k := &model.KeyResult{Kind: model.KindBoolean, Due: &due}
	got := dueSteps(k, q)
	want := []step{{q.Start, 0}, {due, 0}, {due, 100}, {date(2027, 1, 1), 100}}
	if !slices.Equal(got, want) {
		t.Errorf("boolean steps %v, want %v", got, want)
	}
	m := &model.KeyResult{Kind: model.KindMilestones, Milestones: []model.Milestone{{Due: &mid}, {}}}
	got = dueSteps(m, q)
	want = []step{{q.Start, 0}, {mid, 0}, {mid, 50}, {date(2027, 1, 1), 50}, {date(2027, 1, 1), 100}, {date(2027, 1, 1), 100}}
	if !slices.Equal(got, want) {
		t.Errorf("milestone steps %v, want %v", got, want)
	}
	if dueSteps(&model.KeyResult{Kind: model.KindMetric}, q) != nil {
		t.Error("a metric has steps")
	}
	p := samplePortal()
	for _, o := range p.Objectives {
		for _, k := range o.KeyResults {
			if k.Title != "Roll out the new pipeline" {
				continue
			}
			k.Checkins = []model.Checkin{{Date: date(2026, 11, 2), Progress: f(66)}}
			c := newChart(k, p.Today)
			if c == nil || c.Ref != nil || len(c.Steps) == 0 || !strings.Contains(string(c.SVG()), `<polyline class="ref" points="`) {
				t.Errorf("milestones chart: %+v", c)
			}
			if !strings.Contains(c.Label, "expected to step up as milestones fall due, all by 31 Dec 2026") {
				t.Errorf("label %q", c.Label)
			}
		}
	}
}

// TestEngagementCountsWhatCanBeCheckedIn: roll-up key results and the key
// results of drafts and dropped objectives are not "not checked in".
func TestEngagementCountsWhatCanBeCheckedIn(t *testing.T) {
	p := samplePortal()
	q4 := p.Periods[2]
	team := p.Teams[4]
	stale := func(id string) *model.KeyResult {
		return &model.KeyResult{ID: id, Title: "Never checked " + id, Kind: model.KindBoolean}
	}
	dropped := &model.Objective{ID: "2026-q4/sales/dropped", Title: "Dropped", Team: team, Period: q4,
		StatusOverride: model.StatusDropped, KeyResults: []*model.KeyResult{stale("kr1")}}
	draft := &model.Objective{ID: "2026-q4/sales/draft", Title: "Draft", Team: team, Period: q4, Draft: true,
		KeyResults: []*model.KeyResult{stale("kr1")}}
	engagement := func() string { return newSite(p, Options{}, nil).reviewed().health.Powers[3].Figure }
	before := engagement()
	for _, o := range []*model.Objective{dropped, draft} {
		linkObjective(o)
		for _, k := range o.KeyResults {
			k.Objective = o
		}
	}
	dropped.Computed.Status = model.StatusDropped
	// 5 of the 13 key results that take a check-in, of 2026 and 2026-Q4,
	// are fresh; the roll-ups do not count.
	if after := engagement(); after != before || after != "38%" {
		t.Errorf("engagement %s with a draft and a dropped objective, %s without; want 38%%", after, before)
	}
}

// TestNestedPeriodsOnPages: the home page shows the running company
// objectives of the year before the quarter's, an "Aligns to" names a
// parent of another period, and an annual objective lists its children
// by quarter.
func TestNestedPeriodsOnPages(t *testing.T) {
	files := renderAll(t, samplePortal(), Options{})
	home := string(files["index.html"])
	year, quarter := strings.Index(home, `<h3 class="group-h"><a href="periods/2026/">2026</a></h3>`),
		strings.Index(home, `<h3 class="group-h"><a href="periods/2026-q4/">2026-Q4</a></h3>`)
	annual, q4 := strings.Index(home, "Become the default for the mid-market"), strings.Index(home, "Win the mid-market<")
	if year < 0 || quarter < year || annual < year || annual > quarter || q4 < quarter {
		t.Errorf("home page: year heading at %d, its objective at %d, quarter heading at %d, its objective at %d", year, annual, quarter, q4)
	}
	grow := string(files["objectives/2026-q4/company/grow/index.html"])
	if !strings.Contains(grow, `Become the default for the mid-market</a> <span class="pername">(2026)</span>`) {
		t.Error("Aligns to does not name the parent's period")
	}
	parent := string(files["objectives/2026/company/default/index.html"])
	q3h, q4h := strings.Index(parent, `>2026-Q3</a></h3>`), strings.Index(parent, `>2026-Q4</a></h3>`)
	if q3h < 0 || q4h < q3h || !strings.Contains(parent[q3h:q4h], "Lay the foundations") || !strings.Contains(parent[q4h:], "Win the mid-market") {
		t.Errorf("annual objective's children are not grouped by quarter (Q3 at %d, Q4 at %d)", q3h, q4h)
	}
	if strings.Contains(grow, `<h3 class="group-h">`) {
		t.Error("children of the objective's own period get a heading")
	}
}

// TestHealthFollowsTheReview: the engagement figure is review.Measure's,
// and with the stale rule off (stale_after_days: 0) the page does not
// measure freshness either — it shows what check shows.
func TestHealthFollowsTheReview(t *testing.T) {
	for _, today := range []time.Time{date(2026, 11, 15), date(2026, 10, 5)} {
		p := samplePortal()
		p.Today = today
		fig := review.Measure(p)
		pw := newSite(p, Options{}, nil).reviewed().health.Powers[3]
		if want := pagedata.PercentOf(fig.Fresh, fig.Checkable); pw.Figure != want || fig.Checkable == 0 {
			t.Errorf("%s: engagement %s, Measure %d of %d", pagedata.ISODate(today), pw.Figure, fig.Fresh, fig.Checkable)
		}
	}
	p := samplePortal()
	p.Settings.Check.StaleAfterDays = 0
	if pw := newSite(p, Options{}, nil).reviewed().health.Powers[3]; pw.Figure != "–" || pw.Level != "none" {
		t.Errorf("stale rule off: engagement %q (%s), want not measured", pw.Figure, pw.Level)
	}
}

// TestFocusFollowsItsFindings: the focus tile is good without focus
// findings, whatever other findings there are, and warns with them.
func TestFocusFollowsItsFindings(t *testing.T) {
	p := samplePortal()
	other := []diag.Diagnostic{{File: "strategy.md", Group: "strategy", Rule: "priority-count", Message: "too few"}}
	if lvl := newSite(p, Options{Findings: other}, nil).reviewed().health.Powers[0].Level; lvl != "good" {
		t.Errorf("focus level %s with no focus finding", lvl)
	}
	focus := []diag.Diagnostic{{File: "teams/eng.md", Group: "focus", Rule: "too-many-objectives", Message: "too many"}}
	if lvl := newSite(p, Options{Findings: focus}, nil).reviewed().health.Powers[0].Level; lvl != "warn" {
		t.Errorf("focus level %s with a focus finding", lvl)
	}
}
