package render

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

// The limits every HTML page keeps, however large the portal.
const maxPageBytes, maxPageElements = 1 << 20, 25000

// TestLargeSiteScales renders a portal of 10,000 objectives (2,000 under
// -short) and checks that no page passes the limits and that every page,
// objective pages included, is reachable from the home page by links.
func TestLargeSiteScales(t *testing.T) {
	n, all := 10000, []Options{{}, {FileLinks: true}}
	if testing.Short() {
		n, all = 2000, all[1:]
	}
	for _, opts := range all {
		files := renderAll(t, largePortal(n, n/5, 3*n/5), opts)
		checkScale(t, files)
	}
}

// TestWideTreeScales renders a portal whose tree is wide rather than deep
// (one objective with 1,500 aligned to one key result, 300 not aligned,
// 600 naming one priority) and checks the same.
func TestWideTreeScales(t *testing.T) {
	files := renderAll(t, widePortal(1500, 300, 600, 100), Options{})
	checkScale(t, files)
	for _, want := range []string{"alignment/g/unaligned/page/2/index.html", "alignment/g/priority-p0/page/4/index.html", "alignment/o/q/company/root/index.html"} {
		if files[want] == nil {
			t.Errorf("no %s", want)
		}
	}
	if !bytes.Contains(files["priorities/p0/index.html"], []byte(`… and 401 more: <a href="../../alignment/g/priority-p0/">`)) {
		t.Error("the priority page does not link to the rest of its objectives")
	}
	if !bytes.Contains(files["objectives/q/company/root/index.html"], []byte(`… and 1300 more aligned objectives, in the <a href="../../../../alignment/">alignment tree</a>.`)) {
		t.Error("the objective page does not cap the objectives aligned to it")
	}
	if !bytes.Contains(files["strategy/index.html"], []byte(`<a href="../priorities/p0/">and 551 more objectives on the priority's page →</a>`)) {
		t.Error("the strategy page does not cap a priority's objectives with a link to the rest")
	}
}

// TestBigTeamScales renders a portal where one team has 2,100 current
// objectives, all of one owner, and checks that its page is paged and
// the owner's capped.
func TestBigTeamScales(t *testing.T) {
	files := renderAll(t, widePortal(1500, 300, 300, 1), Options{})
	checkScale(t, files)
	if files["teams/t1/page/11/index.html"] == nil {
		t.Error("no page 11 of team t1's page")
	}
	if !bytes.Contains(files["people/x1/index.html"], []byte(`… and 1900 more`)) {
		t.Error("the owner's page does not say how many objectives it leaves out")
	}
}

// checkScale checks the limits on every HTML page of files and crawls
// from index.html.
func checkScale(t *testing.T, files map[string][]byte) {
	t.Helper()
	pages := 0
	for rel, data := range files {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		pages++
		if len(data) > maxPageBytes {
			t.Errorf("%s: %d bytes, more than %d", rel, len(data), maxPageBytes)
		}
		if n := countElements(data); n > maxPageElements {
			t.Errorf("%s: %d elements, more than %d", rel, n, maxPageElements)
		}
	}
	seen := crawl(files, "index.html")
	for rel := range files {
		if strings.HasSuffix(rel, ".html") && rel != "404.html" && !seen[rel] {
			t.Errorf("%s is not reachable from index.html", rel)
		}
	}
	t.Logf("%d pages, %d reached", pages, len(seen))
}

// countElements counts the start tags of an HTML page: "<" and a letter
// (text has "<" escaped).
func countElements(data []byte) int {
	n := 0
	for i := 0; i+1 < len(data); i++ {
		if data[i] == '<' && (data[i+1]|0x20 >= 'a' && data[i+1]|0x20 <= 'z') {
			n++
		}
	}
	return n
}

// crawl follows the relative links (href) of the HTML files from start
// and returns the files reached.
func crawl(files map[string][]byte, start string) map[string]bool {
	seen := map[string]bool{start: true}
	queue := []string{start}
	for len(queue) > 0 {
		rel := queue[0]
		queue = queue[1:]
		for _, href := range hrefs(files[rel]) {
			if strings.Contains(href, ":") || strings.HasPrefix(href, "/") || strings.HasPrefix(href, "#") {
				continue
			}
			if i := strings.IndexAny(href, "#?"); i >= 0 {
				href = href[:i]
			}
			to := path.Join(path.Dir(rel), href)
			if strings.HasSuffix(href, "/") || href == "." || href == "./" {
				to += "/index.html"
			}
			to = strings.TrimPrefix(to, "./")
			if !seen[to] && files[to] != nil && strings.HasSuffix(to, ".html") {
				seen[to] = true
				queue = append(queue, to)
			}
		}
	}
	return seen
}

// hrefs are the values of the href attributes of an HTML page (our pages
// quote every attribute with ").
func hrefs(data []byte) []string {
	var out []string
	for {
		i := bytes.Index(data, []byte(` href="`))
		if i < 0 {
			return out
		}
		data = data[i+7:]
		j := bytes.IndexByte(data, '"')
		if j < 0 {
			return out
		}
		out = append(out, strings.ReplaceAll(string(data[:j]), "&amp;", "&"))
		data = data[j:]
	}
}

// widePortal is one period with a company objective delivering priority
// p0, nWide objectives aligned to its first key result, nFree objectives
// aligned to nothing and nPrio more naming priority p0, those of nTeams
// teams (under the company's) and as many owners.
func widePortal(nWide, nFree, nPrio, nTeams int) *model.Portal {
	pe := quarter(2026, 4)
	pe.ID = "q"
	p := &model.Portal{Settings: model.Settings{Title: "OKRs"}, Strategy: &model.Strategy{Mission: "Be wide."},
		Today: date(2026, 11, 15), Periods: []*model.Period{pe}, Current: pe}
	pr := &model.Priority{ID: "p0", Title: "Priority 0"}
	p.Priorities = []*model.Priority{pr}
	for i := range 101 {
		x := &model.Person{ID: fmt.Sprintf("x%d", i), Name: fmt.Sprintf("Person %d", i)}
		t := &model.Team{ID: fmt.Sprintf("t%d", i), Name: fmt.Sprintf("Team %d", i), Lead: x}
		if i > 0 {
			t.Parent = p.Teams[0]
		}
		p.People, p.Teams = append(p.People, x), append(p.Teams, t)
	}
	p.Teams[0].ID = "company"
	obj := func(id string) *model.Objective {
		i, j := len(p.Objectives)%nTeams+1, len(p.Objectives)%nTeams+1
		if id == "root" {
			i, j = 0, 0
		}
		t := p.Teams[i]
		o := &model.Objective{ID: "q/" + t.ID + "/" + id, Title: "Objective " + id, Team: t, Period: pe, Owner: p.People[j]}
		o.KeyResults = []*model.KeyResult{{ID: "kr1", Title: "Key result", Kind: model.KindMetric, Start: f(0), Target: f(10)}}
		p.Objectives = append(p.Objectives, o)
		return o
	}
	root := obj("root")
	root.Priorities = []*model.Priority{pr}
	for i := range nWide {
		obj(fmt.Sprintf("w%d", i)).AlignsTo = []model.Alignment{{Objective: root, KeyResult: root.KeyResults[0]}}
	}
	for i := range nFree {
		obj(fmt.Sprintf("f%d", i))
	}
	for i := range nPrio {
		obj(fmt.Sprintf("p%d", i)).Priorities = []*model.Priority{pr}
	}
	return link(p)
}

// TestHomeCapsCompanyObjectives renders a flat portal whose top-level team
// has 30 objectives this quarter: the home page shows 24 as cards and
// links to the rest in the alignment tree.
func TestHomeCapsCompanyObjectives(t *testing.T) {
	pe := quarter(2026, 4)
	p := &model.Portal{Settings: model.Settings{Title: "OKRs"}, Strategy: &model.Strategy{Mission: "Be flat."},
		Today: date(2026, 11, 15), Periods: []*model.Period{pe}, Current: pe}
	root := &model.Team{ID: "company", Name: "Company"}
	p.Teams = []*model.Team{root}
	for i := range 30 {
		o := &model.Objective{ID: fmt.Sprintf("%s/company/o%d", pe.ID, i), Title: fmt.Sprintf("Objective %d", i), Team: root, Period: pe}
		o.KeyResults = []*model.KeyResult{{ID: "kr1", Title: "Key result", Kind: model.KindMetric, Start: f(0), Target: f(10)}}
		p.Objectives = append(p.Objectives, o)
	}
	home := renderAll(t, link(p), Options{})["index.html"]
	if n := bytes.Count(home, []byte(`<article class="card`)); n != maxCompanyCards {
		t.Errorf("%d cards on the home page, want %d", n, maxCompanyCards)
	}
	if !bytes.Contains(home, []byte(`<a href="alignment/">and 6 more company objectives, in the alignment tree →</a>`)) {
		t.Error("the home page does not link to the company objectives it leaves out")
	}
}

// TestFlatOrgScales renders an organisation of 4,500 teams without parent
// teams (as an import without a parent column makes) and checks that
// teams/ is paged, every team reachable.
func TestFlatOrgScales(t *testing.T) {
	files := renderAll(t, wideOrg(nil), Options{})
	checkScale(t, files)
	if files["teams/page/23/index.html"] == nil || files["teams/page/24/index.html"] != nil {
		t.Error("teams/ is not 23 pages of 200 root teams")
	}
}

// TestWideTeamScales: a team of 4,500 direct sub-teams lists the first
// 200 on its page and links to the org tree below it, paged; every team
// stays reachable and no page grows past the budget.
func TestWideTeamScales(t *testing.T) {
	files := renderAll(t, wideOrg(&model.Team{ID: "company", Name: "Company"}), Options{})
	checkScale(t, files)
	if files["teams/company/sub-teams/page/23/index.html"] == nil || files["teams/company/sub-teams/page/24/index.html"] != nil {
		t.Error("the sub-teams of company are not 23 pages of 200")
	}
	if page := files["teams/company/index.html"]; !bytes.Contains(page, []byte(`teams/company/sub-teams/">All 4500 sub-teams`)) {
		t.Error("the team page does not link to all its sub-teams")
	}
}

// wideOrg is a portal of 4,500 teams, every tenth with an objective, all
// under parent or, when parent is nil, without a parent team.
func wideOrg(parent *model.Team) *model.Portal {
	p := &model.Portal{Settings: model.Settings{Title: "OKRs"}, Today: date(2026, 11, 15)}
	p.Periods = []*model.Period{quarter(2026, 4)}
	p.Current = p.Periods[0]
	lead := &model.Person{ID: "lead", Name: "Lead"}
	p.People = []*model.Person{lead}
	if parent != nil {
		parent.Lead = lead
		p.Teams = append(p.Teams, parent)
	}
	for i := range 4500 {
		tm := &model.Team{ID: fmt.Sprintf("team-%04d", i), Name: fmt.Sprintf("Team %d", i), Lead: lead, Parent: parent}
		p.Teams = append(p.Teams, tm)
		if i%10 == 0 {
			o := &model.Objective{ID: fmt.Sprintf("2026-q4/%s/o", tm.ID), Title: "Objective of " + tm.Name, Team: tm, Period: p.Current, Owner: lead}
			p.Objectives = append(p.Objectives, o)
		}
	}
	return link(p)
}
