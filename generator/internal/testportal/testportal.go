// Package testportal builds small, linked portals in memory for the tests
// of the packages that read a resolved portal (render, export): Sample is
// a portal of a few teams, periods and objectives with every kind of key
// result, and the helpers make dates, numbers and periods.
package testportal

import (
	"fmt"
	"reflect"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// The test portals are built by hand: forward links are set by the tests,
// and link fills in the backlinks the resolver would (children, owners,
// period and priority objectives), then compute fills in the values.

func Date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func F(v float64) *float64 { return &v }
func B(v bool) *bool       { return &v }

func Quarter(y, q int) *model.Period {
	start := Date(y, time.Month(3*q-2), 1)
	return &model.Period{ID: fmt.Sprintf("%d-q%d", y, q), Name: fmt.Sprintf("%d-Q%d", y, q),
		Start: start, End: start.AddDate(0, 3, -1)}
}

// Link fills in the backlinks of p from its forward links, as package
// resolve does, and computes the values.
func Link(p *model.Portal) *model.Portal {
	for _, t := range p.Teams {
		if t.Parent == nil {
			p.RootTeams = append(p.RootTeams, t)
		} else {
			t.Parent.Children = append(t.Parent.Children, t)
		}
		if t.Lead != nil {
			t.Lead.Leads = append(t.Lead.Leads, t)
		}
		for _, m := range t.Members {
			m.MemberOf = append(m.MemberOf, t)
		}
	}
	for _, t := range p.Teams {
		t.Depth = len(t.Ancestors())
	}
	for _, pr := range p.Priorities {
		if pr.Owner != nil {
			pr.Owner.OwnsPriority = append(pr.Owner.OwnsPriority, pr)
		}
	}
	for _, o := range p.Objectives {
		LinkObjective(o)
	}
	if p.Strategy == nil {
		p.Strategy = &model.Strategy{}
	}
	if p.Settings.Statuses == (model.StatusSettings{}) { // as resolve defaults them
		p.Settings.Statuses = model.DefaultStatusSettings()
	}
	if reflect.DeepEqual(p.Settings.Check, model.CheckSettings{}) {
		p.Settings.Check = model.DefaultCheckSettings()
	}
	if p.Settings.Scores == (model.ScoreBands{}) {
		p.Settings.Scores = model.DefaultScoreBands()
	}
	compute.Compute(p, nil)
	return p
}

func LinkObjective(o *model.Objective) {
	o.Team.Objectives = append(o.Team.Objectives, o)
	o.Period.Objectives = append(o.Period.Objectives, o)
	if o.Owner != nil && len(o.Owners) == 0 {
		o.Owners = []*model.Person{o.Owner}
	}
	for i, x := range o.Owners {
		if i == 0 {
			o.Owner = x
		}
		x.Owns = append(x.Owns, o)
	}
	for _, c := range o.Contributors {
		c.Contributes = append(c.Contributes, o)
	}
	for _, pr := range o.Priorities {
		pr.Objectives = append(pr.Objectives, o)
	}
	for _, a := range o.AlignsTo {
		if len(a.Objective.Children) == 0 || a.Objective.Children[len(a.Objective.Children)-1] != o {
			a.Objective.Children = append(a.Objective.Children, o)
		}
		if a.KeyResult != nil {
			a.KeyResult.Children = append(a.KeyResult.Children, o)
		}
	}
	for _, d := range o.DependsOn {
		d.DependedOnBy = append(d.DependedOnBy, o)
	}
	for _, t := range o.ContributingTeams {
		t.Contributions = append(t.Contributions, o)
	}
	for _, k := range o.KeyResults {
		k.Objective = o
		if k.Weight == 0 {
			k.Weight = 1
		}
		if k.Owner != nil && len(k.Owners) == 0 {
			k.Owners = []*model.Person{k.Owner}
		}
		for i, x := range k.Owners {
			if i == 0 {
				k.Owner = x
			}
			x.OwnsKRs = append(x.OwnsKRs, k)
		}
		for _, up := range k.AlignsTo {
			up.AlignedFrom = append(up.AlignedFrom, k)
		}
		applyCheckins(k)
		if k.Baseline == nil {
			k.Baseline = k.Start
		}
	}
	if o.Weight == 0 {
		o.Weight = 1
	}
}

// applyCheckins sets k's state as of its latest check-ins, as resolve
// does: the latest dated value, done or progress wins.
func applyCheckins(k *model.KeyResult) {
	for _, c := range k.Checkins {
		if c.Value != nil {
			if k.Start == nil && k.Baseline == nil {
				k.Baseline = c.Value
			}
			k.Current = c.Value
		}
		if c.Done != nil {
			k.Done = c.Done
		}
		if c.Progress != nil {
			k.Progress = c.Progress
		}
	}
}

// Sample is a small portal that exercises every page and every kind
// of key result, on 2026-11-15 in the middle of 2026-Q4.
func Sample() *model.Portal {
	ana := &model.Person{ID: "ana", Name: "Ana Lima", Title: "CEO", Email: "ana@example.com"}
	bo := &model.Person{ID: "bo", Name: "Bo Chen", Title: "VP Engineering"}
	cy := &model.Person{ID: "cy", Name: "Cy Okafor", Title: "Platform lead"}
	dee := &model.Person{ID: "dée", Name: "Dée Novak", Title: "Head of Sales"}
	ines := &model.Person{ID: "ines-garcia", Name: "Inés García", Implicit: true}

	company := &model.Team{ID: "company", Name: "Acme", Lead: ana, Mission: "Make deploys *boring*.",
		Body: model.Markdown{Text: "We set the direction."}}
	eng := &model.Team{ID: "eng", Name: "Engineering", Parent: company, Lead: bo, Members: []*model.Person{cy, ines}}
	platform := &model.Team{ID: "eng/platform", Name: "Platform", Parent: eng, Lead: cy, Members: []*model.Person{cy},
		Links: []model.Link{{Title: "Runbook", URL: "https://wiki.example.com/platform"}},
		Body:  model.Markdown{Text: "## Charter\n\nWe run the paved road."}}
	app := &model.Team{ID: "eng/app", Name: "App", Parent: eng, Lead: ines}
	sales := &model.Team{ID: "sales", Name: "Sales", Parent: company, Lead: dee}
	ana.Team, bo.Team, cy.Team, dee.Team = company, eng, platform, sales

	delight := &model.Priority{ID: "delight", Title: "Delight customers", Owner: ana, Order: 1,
		Summary: "Customers *love* us.", Body: model.Markdown{Text: "Because retention compounds."},
		KPIs: []model.KPI{{Name: "NPS", Current: F(31), Target: F(50)}}}
	scale := &model.Priority{ID: "scale", Title: "Scale the platform", Owner: bo, Order: 2}
	revenue := &model.Priority{ID: "revenue", Title: "Grow revenue", Order: 3}

	q3, q4, q1 := Quarter(2026, 3), Quarter(2026, 4), Quarter(2027, 1)
	y2026 := &model.Period{ID: "2026", Name: "2026", Start: Date(2026, 1, 1), End: Date(2026, 12, 31)}
	q3.Within, q4.Within = []*model.Period{y2026}, []*model.Period{y2026}

	year := &model.Objective{ID: "2026/company/default", Title: "Become the default for the mid-market", Team: company, Period: y2026,
		Owners: []*model.Person{ana, bo}, Priorities: []*model.Priority{delight},
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "Win every quarter", Kind: model.KindRollup},
			{ID: "kr2", Title: "ARR", Kind: model.KindMetric, Unit: "$", Target: F(50000000), Stretch: F(60000000)},
		}}

	grow := &model.Objective{ID: "2026-q4/company/grow", Title: "Win the mid-market", Team: company, Period: q4,
		Owner: ana, Priorities: []*model.Priority{delight, scale}, AlignsTo: []model.Alignment{{Objective: year}},
		Body: model.Markdown{Text: "The mid-market is where we *win*."},
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "Ship the platform work", Kind: model.KindRollup},
			{ID: "kr2", Title: "Grow ARR", Kind: model.KindMetric, Unit: "$", Start: F(1000000), Target: F(1500000), Owner: dee,
				Checkins: []model.Checkin{
					{Date: Date(2026, 10, 15), Value: F(1100000), Note: "Two big deals."},
					{Date: Date(2026, 11, 10), Value: F(1250000), Status: model.StatusOnTrack},
				}},
		}}
	fast := &model.Objective{ID: "2026-q4/platform/fast-deploys", Title: "Make deploys fast", Team: platform, Period: q4,
		Owner: cy, Contributors: []*model.Person{ines}, Tags: []string{"dx", "speed"},
		AlignsTo: []model.Alignment{{Objective: grow, KeyResult: grow.KeyResults[0]}},
		Body:     model.Markdown{Text: "Slow deploys cost us **hours** a week."},
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "Cut deploy time", Kind: model.KindMetric, Unit: "min", Start: F(40), Target: F(10), Stretch: F(8),
				Owners: []*model.Person{cy, ines}, Tags: []string{"P0"},
				Initiatives: []model.Initiative{{Title: "Cache builds", URL: "https://ci.example.com/cache", Done: true}, {Title: "Parallel tests"}},
				Checkins: []model.Checkin{
					{Date: Date(2026, 10, 8), Value: F(35)},
					{Date: Date(2026, 10, 22), Value: F(28), Note: "Caching landed.", Confidence: F(6)},
					{Date: Date(2026, 11, 12), Value: F(22), Status: model.StatusAtRisk, Confidence: F(7)},
				}},
			{ID: "kr2", Title: "Keep error rate low", Kind: model.KindKeepBelow, Unit: "%", Threshold: F(1),
				Checkins: []model.Checkin{{Date: Date(2026, 11, 1), Value: F(0.6)}}},
			{ID: "kr3", Title: "Roll out the new pipeline", Kind: model.KindMilestones,
				Milestones: []model.Milestone{{Title: "Design", Done: true, Due: ptr(Date(2026, 10, 15))}, {Title: "Pilot", Done: true}, {Title: "All teams"}}},
		}}
	mobile := &model.Objective{ID: "2026-q4/app/mobile", Title: "Launch the mobile app", Team: app, Period: q4,
		Owner: ines, AlignsTo: []model.Alignment{{Objective: grow}}, DependsOn: []*model.Objective{fast},
		ContributingTeams: []*model.Team{platform},
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "App in the stores", Kind: model.KindBoolean, Done: B(false), Due: ptr(Date(2026, 12, 15)),
				Checkins: []model.Checkin{{Date: Date(2026, 11, 5), Done: B(false), Note: "Store review pending."}}},
			{ID: "kr2", Title: "Beta feedback is good", Kind: model.KindQualitative, Progress: F(40),
				Checkins: []model.Checkin{{Date: Date(2026, 10, 20), Progress: F(20)}, {Date: Date(2026, 11, 14), Progress: F(40), Note: "Testers like it."}}},
		}}
	multi := &model.Objective{ID: "2026-q4/platform/observability", Title: "See what runs", Team: platform, Period: q4,
		Owner: cy, AlignsTo: []model.Alignment{{Objective: grow, KeyResult: grow.KeyResults[0]}, {Objective: mobile}},
		Body: model.Markdown{Text: "Blind spots hurt."},
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "Trace every request", Kind: model.KindKeepAbove, Unit: "%", Threshold: F(95), Current: F(90)},
			{ID: "kr2", Title: "Dashboards for all services", Kind: model.KindMilestones,
				Milestones: []model.Milestone{{Title: "API", Done: true}, {Title: "Workers"}}},
		}}
	pipeline := &model.Objective{ID: "2026-q4/sales/pipeline", Title: "Fill the pipeline", Team: sales, Period: q4,
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "Qualified leads", Kind: model.KindMetric, Start: F(0), Target: F(200), Current: F(40)},
			{ID: "kr2", Title: "Answer every lead fast", Kind: model.KindKeepBelow, Unit: "h", Threshold: F(4)},
			{ID: "kr3", Title: "Sales deck lands", Kind: model.KindQualitative},
			{ID: "kr4", Title: "Enterprise demos", Kind: model.KindMetric, Target: F(30), Tags: []string{"P2", "demo"}},
		}}
	pipeline.KeyResults[0].AlignsTo = []*model.KeyResult{grow.KeyResults[1]}
	old := &model.Objective{ID: "2026-q3/company/foundations", Title: "Lay the foundations", Team: company, Period: q3,
		Owner: ana, Priorities: []*model.Priority{scale}, Retrospective: "We learned *a lot*.",
		AlignsTo: []model.Alignment{{Objective: year, KeyResult: year.KeyResults[0]}},
		KeyResults: []*model.KeyResult{
			{ID: "kr1", Title: "Hire a platform team", Kind: model.KindBoolean, Done: B(true)},
			{ID: "kr2", Title: "Move to the cloud", Kind: model.KindQualitative, Progress: F(60), Score: F(0.5)},
		}}
	tidy := &model.Objective{ID: "2026-q3/platform/tidy", Title: "Tidy the backlog", Team: platform, Period: q3, Owner: cy,
		KeyResults: []*model.KeyResult{{ID: "kr1", Title: "Backlog under 50 tickets", Kind: model.KindQualitative}}}
	next := &model.Objective{ID: "2027-q1/company/expand", Title: "Expand to Europe", Team: company, Period: q1,
		Owner: ana, Priorities: []*model.Priority{revenue},
		KeyResults: []*model.KeyResult{{ID: "kr1", Title: "Open the Lisbon office", Kind: model.KindBoolean}}}

	p := &model.Portal{
		Settings: model.Settings{Title: "OKRs", Organisation: "Acme Inc."},
		Strategy: &model.Strategy{Mission: "Make shipping software *boring*.", Vision: "Every team deploys on Friday.",
			Values: []string{"Customers first", "Small steps"}, Horizon: "2026–2028",
			Body: model.Markdown{Text: "## Where we play\n\nMid-market SaaS."}},
		Priorities: []*model.Priority{delight, scale, revenue},
		Teams:      []*model.Team{company, eng, app, platform, sales},
		People:     []*model.Person{ana, bo, cy, dee, ines},
		Periods:    []*model.Period{y2026, q3, q4, q1},
		Objectives: []*model.Objective{year, old, tidy, grow, mobile, fast, multi, pipeline, next},
		Current:    q4,
		Running:    []*model.Period{y2026, q4},
		Today:      Date(2026, 11, 15),
	}
	return Link(p)
}

func ptr[T any](v T) *T { return &v }
