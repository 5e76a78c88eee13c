package render

import (
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// TestKRCardIsThePartial: the card page.KRCard builds in Go is, byte for
// byte, what the default theme's kr-card.html prints, on every key result
// of the sample portal, of the sample with an attack in every field and of
// a generated one, with directory and file links.
func TestKRCardIsThePartial(t *testing.T) {
	th := defaultTheme(t)
	if !th.frags.fastKRCard {
		t.Fatal("the default theme's kr-card.html is not recognised as the default")
	}
	varied := samplePortal()
	due := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, o := range varied.Objectives {
		for i, k := range o.KeyResults {
			k.Tags = append(k.Tags, "t<"+k.ID)
			k.Weight = 1 + float64(i)/2
			k.Milestones = append(k.Milestones, model.Milestone{Title: "m & m", Done: i%2 == 0, Due: &due})
			k.Initiatives = append(k.Initiatives, model.Initiative{Title: "i", URL: "https://x.example/?a=1&b=<2>", Done: i%2 == 1, Owners: varied.People[:min(2, len(varied.People))]})
		}
	}
	cards := 0
	for _, p := range []*model.Portal{samplePortal(), hostilePortal(), varied, largePortal(300, 20, 60)} {
		for _, fileLinks := range []bool{false, true} {
			s := newSite(p, Options{FileLinks: fileLinks}, th.frags)
			for _, o := range p.Objectives {
				pg := s.objectivePage(o)
				for _, v := range pg.Data.(*objectiveData).KRs {
					want, err := th.frags.Execute("kr-card.html", pg.With(v))
					if err != nil {
						t.Fatal(err)
					}
					got, err := pg.KRCard(v)
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Fatalf("%s %s: KRCard gives\n%s\nthe partial\n%s", o.ID, v.K.ID, got, want)
					}
					cards++
				}
				pg.release()
			}
		}
	}
	if cards < 1000 {
		t.Errorf("compared %d cards", cards)
	}
}

// TestKRCardOverridden: a theme with its own kr-card.html gets it.
func TestKRCardOverridden(t *testing.T) {
	th := themeWith(t, "layouts/partials/kr-card.html", `<p class="mine">{{ .V.K.Title }}</p>`)
	if th.frags.fastKRCard {
		t.Fatal("an overridden kr-card.html is taken for the default")
	}
	p := samplePortal()
	s := newSite(p, Options{}, th.frags)
	pg := s.objectivePage(p.Objectives[0])
	defer pg.release()
	got, err := pg.KRCard(pg.Data.(*objectiveData).KRs[0])
	if err != nil || string(got) != `<p class="mine">`+p.Objectives[0].KeyResults[0].Title+`</p>` {
		t.Errorf("KRCard = %q, %v", got, err)
	}
	want := ""
	for _, k := range p.Objectives[0].KeyResults {
		want += "\n" + `<p class="mine">` + k.Title + `</p>`
	}
	if got, err := pg.KRCards(pg.Data.(*objectiveData).KRs); err != nil || string(got) != want {
		t.Errorf("KRCards = %q, %v; want %q", got, err, want)
	}
}

// TestObjectiveCardIsThePartial: the card page.ObjectiveCard builds in Go
// is what the default theme's objective-card.html prints, for every
// objective of three portals on its team's page, in its own period and in
// another, with directory and file links.
func TestObjectiveCardIsThePartial(t *testing.T) {
	th := defaultTheme(t)
	if !th.frags.fastObjectiveCard {
		t.Fatal("the default theme's objective-card.html is not recognised as the default")
	}
	cards := 0
	for _, p := range []*model.Portal{samplePortal(), hostilePortal(), largePortal(300, 20, 60)} {
		for _, fileLinks := range []bool{false, true} {
			s := newSite(p, Options{FileLinks: fileLinks}, th.frags)
			for _, o := range p.Objectives {
				if o.Team == nil {
					continue
				}
				pg := s.teamPage(o.Team, 1)
				for _, pe := range []*model.Period{o.Period, nil} {
					want, err := th.frags.Execute("objective-card.html", pg.CardIn(o, pe))
					if err != nil {
						t.Fatal(err)
					}
					got, err := pg.ObjectiveCard(o, pe)
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Fatalf("%s: ObjectiveCard gives\n%s\nthe partial\n%s", o.ID, got, want)
					}
					cards++
				}
				if o.Team != nil && len(o.Team.Objectives) > 0 {
					var want strings.Builder
					for _, x := range o.Team.Objectives {
						h, err := th.frags.Execute("objective-card.html", pg.CardIn(x, o.Period))
						if err != nil {
							t.Fatal(err)
						}
						want.WriteString("\n" + string(h))
					}
					if got, err := pg.ObjectiveCards(o.Team.Objectives, o.Period); err != nil || string(got) != want.String() {
						t.Fatalf("%s: ObjectiveCards gives\n%s\n%v, the partials\n%s", o.Team.ID, got, err, want.String())
					}
				}
				pg.release()
			}
		}
	}
	if cards < 600 {
		t.Errorf("compared %d cards", cards)
	}
}

// TestObjectiveCardOverridden: a theme with its own objective-card.html
// gets it, from ObjectiveCard and ObjectiveCards.
func TestObjectiveCardOverridden(t *testing.T) {
	th := themeWith(t, "layouts/partials/objective-card.html", `<p class="mine">{{ .V.O.Title }}</p>`)
	if th.frags.fastObjectiveCard || !th.frags.fastKRCard {
		t.Fatalf("fast objective card %v, fast key result card %v", th.frags.fastObjectiveCard, th.frags.fastKRCard)
	}
	p := samplePortal()
	s := newSite(p, Options{}, th.frags)
	objs := p.Objectives[:2]
	pg := s.teamPage(objs[0].Team, 1)
	defer pg.release()
	want := "\n" + `<p class="mine">` + objs[0].Title + `</p>` + "\n" + `<p class="mine">` + objs[1].Title + `</p>`
	if got, err := pg.ObjectiveCards(objs, objs[0].Period); err != nil || string(got) != want {
		t.Errorf("ObjectiveCards = %q, %v; want %q", got, err, want)
	}
	if got, err := pg.ObjectiveCard(objs[0], nil); err != nil || string(got) != `<p class="mine">`+objs[0].Title+`</p>` {
		t.Errorf("ObjectiveCard = %q, %v", got, err)
	}
}

// themeWith loads the default theme with one file of a theme folder
// replacing the default's.
func themeWith(t *testing.T, path, content string) *themeSet {
	t.Helper()
	dir := t.TempDir()
	writeThemeFile(t, dir, path, content)
	return themeIn(t, dir)
}
