package render

import (
	"github.com/okrportal/okrportal/generator/pagedata"
)

// jobs lists every file of the site.
func (s *site) jobs(th *themeSet) []job {
	p := s.p
	js := make([]job, 0, 16+len(p.Teams)+len(p.Objectives)+len(p.People)+len(p.Periods)+len(p.Priorities)+len(th.Assets))
	add := func(kind, rel string, mk func() *page) {
		t, pw := th.Page(kind), s.pageWriterOf(th, kind)
		js = append(js, job{rel: rel, make: func(w *fileWriter) error { return exec(t, pw, w, mk()) }})
	}
	// The pages of the alignment trees: planned here, before any page is
	// rendered (planning is linear in the objectives), as their number
	// depends on the trees.
	if s.Current == nil {
		add("alignment", "alignment/index.html", s.emptyAlignPage)
	}
	for _, pe := range p.Periods {
		for _, tp := range s.treePlan(pe).Pages {
			t, pw := th.Page("alignment"), s.pageWriterOf(th, "alignment")
			js = append(js, job{rel: file(tp.Path), make: func(w *fileWriter) error {
				w.Reserve(tp.Size())
				return exec(t, pw, w, s.alignPage(tp))
			}})
		}
	}
	js = append(js,
		job{rel: "okrs.json", make: func(w *fileWriter) error { return s.export.JSON(w) }},
		job{rel: "search-index.json", make: func(w *fileWriter) error { return s.export.SearchIndex(w) }},
		job{rel: "feed.xml", make: func(w *fileWriter) error { return s.export.Feed(w) }},
	)
	if s.opts.FileLinks {
		js = append(js, job{rel: "assets/search-index.js", make: func(w *fileWriter) error { return s.export.SearchIndexScript(w) }})
	}
	for n := 1; n <= pageCount(len(p.People)); n++ {
		add("people", file(pagePath("people/", n)), func() *page { return s.peoplePage(n) })
	}
	for n := 1; n <= pageCount(len(p.RootTeams)); n++ {
		add("teams", file(pagePath("teams/", n)), func() *page { return s.teamsPage(n) })
	}
	add("home", "index.html", s.homePage)
	add("strategy", "strategy/index.html", s.strategyPage)
	add("periods", "periods/index.html", s.periodsPage)
	add("health", "health/index.html", s.healthPage)
	add("updates", "updates/index.html", s.updatesPage)
	add("search", "search/index.html", s.searchPage)
	add("404", "404.html", s.notFoundPage)
	for _, pe := range p.Periods {
		for n := 1; n <= pageCount(len(s.periods[pe].teams)); n++ {
			add("period", file(pagePath(pagedata.PeriodPath(pe), n)), func() *page { return s.periodPage(pe, n) })
		}
	}
	for _, pr := range p.Priorities {
		add("priority", file(pagedata.PriorityPath(pr)), func() *page { return s.priorityPage(pr) })
	}
	for _, t := range p.Teams {
		for n := 1; n <= pageCount(len(s.teams[t].Objectives)); n++ {
			add("team", file(pagePath(pagedata.TeamPath(t), n)), func() *page { return s.teamPage(t, n) })
		}
		if len(t.Children) > pageSize {
			for n := 1; n <= pageCount(len(t.Children)); n++ {
				add("teams", file(pagePath(subteamsPath(t), n)), func() *page { return s.subteamsPage(t, n) })
			}
		}
	}
	for _, o := range p.Objectives {
		add("objective", file(pagedata.ObjPath(o)), func() *page { return s.objectivePage(o) })
	}
	for _, x := range p.People {
		add("person", file(pagedata.PersonPath(x)), func() *page { return s.personPage(x) })
	}
	for _, a := range th.Assets {
		js = append(js, job{rel: a.Path, make: func(w *fileWriter) error { _, err := w.Write(a.Data); return err }})
	}
	return js
}
