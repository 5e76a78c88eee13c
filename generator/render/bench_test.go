package render

import (
	"bytes"
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

// largePortal builds a portal of about nObj objectives over four quarters
// (half of them in the current one), nTeams teams in a tree ten wide and
// nPeople people. Every objective has three key results with check-ins
// and aligns to a key result of its parent team's objective.
func largePortal(nObj, nTeams, nPeople int) *model.Portal {
	p := &model.Portal{Settings: model.Settings{Title: "OKRs", Organisation: "Big Co"},
		Strategy: &model.Strategy{Mission: "Be big.", Vision: "Be bigger."}, Today: date(2026, 11, 15)}
	for i := range 5 {
		p.Priorities = append(p.Priorities, &model.Priority{ID: fmt.Sprintf("p%d", i), Title: fmt.Sprintf("Priority %d", i), Order: i})
	}
	for i := range nPeople {
		p.People = append(p.People, &model.Person{ID: fmt.Sprintf("person-%05d", i), Name: fmt.Sprintf("Person %d", i), Title: "Engineer"})
	}
	for i := range nTeams {
		t := &model.Team{ID: fmt.Sprintf("team-%04d", i), Name: fmt.Sprintf("Team %d", i), Lead: p.People[i%nPeople],
			Body: model.Markdown{Text: "We do **things**."}}
		if i > 0 {
			t.Parent = p.Teams[(i-1)/10]
		}
		for m := range 3 {
			t.Members = append(t.Members, p.People[(i*3+m)%nPeople])
		}
		p.Teams = append(p.Teams, t)
	}
	p.Periods = []*model.Period{quarter(2026, 2), quarter(2026, 3), quarter(2027, 1), quarter(2026, 4)}
	p.Current = p.Periods[3]
	perTeam := map[*model.Team][]*model.Objective{}
	for i := range nObj {
		pe := p.Periods[3]
		if i%2 == 1 {
			pe = p.Periods[i%3]
		}
		t := p.Teams[i%nTeams]
		o := &model.Objective{ID: fmt.Sprintf("%s/%s/o%d", pe.ID, t.ID, i), Title: fmt.Sprintf("Objective %d of %s", i, t.Name),
			Team: t, Period: pe, Owner: p.People[i%nPeople], Body: model.Markdown{Text: "Because *reasons*, and more reasons."}}
		if t.Parent == nil {
			o.Priorities = []*model.Priority{p.Priorities[i%5]}
		} else if ps := perTeam[t.Parent]; len(ps) > 0 && ps[len(ps)-1].Period == pe {
			up := ps[len(ps)-1]
			o.AlignsTo = []model.Alignment{{Objective: up, KeyResult: up.KeyResults[i%3]}}
		}
		for k := range 3 {
			kr := &model.KeyResult{ID: fmt.Sprintf("kr%d", k+1), Title: fmt.Sprintf("Key result %d", k+1), Kind: model.KindMetric,
				Unit: "ms", Start: f(100), Target: f(50), Owner: p.People[(i+k)%nPeople]}
			for c := range 6 {
				kr.Checkins = append(kr.Checkins, model.Checkin{Date: pe.Start.AddDate(0, 0, 7*c), Value: f(100 - float64(5*c)), Note: "Progress."})
			}
			o.KeyResults = append(o.KeyResults, kr)
		}
		perTeam[t] = append(perTeam[t], o)
		p.Objectives = append(p.Objectives, o)
	}
	return link(p)
}

// BenchmarkRender renders a portal of 10,000 objectives, 2,000 teams and
// 6,000 people, discarding the output.
func BenchmarkRender(b *testing.B) {
	p := largePortal(10000, 2000, 6000)
	b.ResetTimer()
	for range b.N {
		var files, bytes atomic.Int64
		err := Render(context.Background(), p, Options{}, func(rel string, data []byte) error {
			files.Add(1)
			bytes.Add(int64(len(data)))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(files.Load()), "files")
		b.ReportMetric(float64(bytes.Load())/1e6, "MB")
	}
}

// benchPage measures rendering the one file rel of a portal of 2,000
// objectives, and reports its size: the cost of a page of its kind, with
// the allocations that the collector pays for later.
func benchPage(b *testing.B, rel string) {
	p := largePortal(2000, 200, 600)
	pl, err := Prepare(context.Background(), p, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var w bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		w.Reset()
		if err := pl.RenderFile(rel, &w); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w.Len()), "bytes/page")
}

// A portal has a page per objective, person and team: these are the pages
// a build renders most.
func BenchmarkObjectivePage(b *testing.B) {
	benchPage(b, "objectives/2026-q4/team-0010/o10/index.html")
}
func BenchmarkPersonPage(b *testing.B) { benchPage(b, "people/person-00010/index.html") }
func BenchmarkTeamPage(b *testing.B)   { benchPage(b, "teams/team-0010/index.html") }
