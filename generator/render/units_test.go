package render

import (
	"encoding/json"
	"encoding/xml"
	"html"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/export"
	"github.com/okrportal/okrportal/generator/markdown"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{42, "%", "42%"},
		{0.125, "%", "0.13%"},
		{1200, "$", "$1200"},
		{1500000, "$", "$1,500,000"},
		{-25000, "€", "-€25,000"},
		{120, "ms", "120 ms"},
		{12345.5, "", "12,345.5"},
		{-1234567.891, "", "-1,234,567.89"},
	}
	for _, tt := range tests {
		if got := pagedata.WithUnit(tt.v, tt.unit); got != tt.want {
			t.Errorf("pagedata.WithUnit(%v, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

func TestKeyResultDetail(t *testing.T) {
	p := samplePortal()
	want := map[string]string{
		"Cut deploy time":             "40 min → 22 min → 10 min · stretch 8 min",
		"Keep error rate low":         "keep ≤ 1% · now 0.6% · holds",
		"Roll out the new pipeline":   "2 of 3 milestones",
		"Trace every request":         "keep ≥ 95% · now 90% · broken",
		"App in the stores":           "not done yet · due 2026-12-15",
		"Beta feedback is good":       "40% (assessed)",
		"Ship the platform work":      "roll-up of 2 objectives",
		"Open the Lisbon office":      "not done yet",
		"Answer every lead fast":      "no value yet (line: ≤ 4 h)",
		"Sales deck lands":            "not assessed yet",
		"Enterprise demos":            "target 30",
		"Dashboards for all services": "1 of 2 milestones",
	}
	seen := 0
	for _, o := range p.Objectives {
		for _, k := range o.KeyResults {
			if w, ok := want[k.Title]; ok {
				seen++
				if got := pagedata.KRDetail(k); got != w {
					t.Errorf("%s: detail %q, want %q", k.Title, got, w)
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("checked %d of %d key results", seen, len(want))
	}
}

func TestChart(t *testing.T) {
	p := samplePortal()
	var metric, keep, none *model.KeyResult
	for _, o := range p.Objectives {
		for _, k := range o.KeyResults {
			switch k.Title {
			case "Cut deploy time":
				metric = k
			case "Keep error rate low":
				keep = k
			case "Roll out the new pipeline":
				none = k
			}
		}
	}
	c := newChart(metric, p.Today)
	if c == nil || len(c.Dots) != 3 || c.RefLabel != "expected" || !c.HasToday {
		t.Fatalf("metric chart = %+v", c)
	}
	if !strings.Contains(c.Label, "from 35 min") || !strings.Contains(c.Label, "to 22 min") {
		t.Errorf("label %q does not describe the values", c.Label)
	}
	svg := string(c.SVG())
	for _, s := range []string{`role="img"><title>Check-ins: `, `class="series"`, `class="dots"`, `class="ref"`} {
		if !strings.Contains(svg, s) {
			t.Errorf("svg lacks %s", s)
		}
	}
	if k := newChart(keep, p.Today); k == nil || k.RefLabel != "threshold" || k.Ref.Y1 != k.Ref.Y2 {
		t.Errorf("keep-below chart = %+v, want a flat threshold line", k)
	}
	if newChart(none, p.Today) != nil {
		t.Error("a key result without values has a chart")
	}
}

func TestExports(t *testing.T) {
	p := samplePortal()
	p.Settings.BaseURL = "https://okrs.example.com/"
	files := renderAll(t, p, Options{})
	var x struct {
		Schema     int `json:"schema"`
		Objectives []struct {
			ID         string  `json:"id"`
			Progress   float64 `json:"progress"`
			URL        string  `json:"url"`
			KeyResults []struct {
				Ref string `json:"ref"`
			} `json:"key_results"`
		} `json:"objectives"`
	}
	if err := json.Unmarshal(files["okrs.json"], &x); err != nil {
		t.Fatal(err)
	}
	if x.Schema != 2 || len(x.Objectives) != len(p.Objectives) {
		t.Errorf("okrs.json: schema %d, %d objectives", x.Schema, len(x.Objectives))
	}
	if o := x.Objectives[3]; o.URL != "https://okrs.example.com/objectives/2026-q4/company/grow/" || o.KeyResults[1].Ref != "2026-q4/company/grow#kr2" {
		t.Errorf("okrs.json objective = %+v", o)
	}
	var feed struct {
		Updated string `xml:"updated"`
		Entries []struct {
			Link struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(files["feed.xml"], &feed); err != nil {
		t.Fatal(err)
	}
	if feed.Updated != "2026-11-14T00:00:00Z" || len(feed.Entries) == 0 ||
		!strings.HasPrefix(feed.Entries[0].Link.Href, "https://okrs.example.com/objectives/") {
		t.Errorf("feed: updated %s, %d entries, first %+v", feed.Updated, len(feed.Entries), feed.Entries)
	}
	index, err := export.ReadSearchIndex(files["search-index.json"])
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, e := range index {
		types[e.Type]++
		if _, ok := files[e.URL[:strings.IndexAny(e.URL+"#", "#")]+"index.html"]; !ok {
			t.Errorf("search entry %q links to %s, which is not emitted", e.Title, e.URL)
		}
	}
	if types["objective"] != 9 || types["key result"] != 19 || types["team"] != 5 || types["person"] != 5 {
		t.Errorf("search index holds %v", types)
	}
	if index[0].Type != "objective" || !strings.Contains(index[0].Text, "2026-Q4") {
		t.Errorf("search index does not start with the current period: %+v", index[0])
	}
}

func TestFeedWithoutBaseURLIsRelative(t *testing.T) {
	files := renderAll(t, samplePortal(), Options{})
	feed := string(files["feed.xml"])
	if !strings.Contains(feed, `href="objectives/2026-q4/app/mobile/#kr-kr2"`) || strings.Contains(feed, "http") && strings.Contains(feed, `href="http`) {
		t.Errorf("feed links are not relative to the site root:\n%s", feed[:min(len(feed), 800)])
	}
}

func TestHealthFindings(t *testing.T) {
	findings := []diag.Diagnostic{
		{File: "okrs/2026-Q4/sales/pipeline.md", Line: 3, Severity: diag.Warning, Group: "alignment", Rule: "unaligned", Message: "aligns to nothing"},
		{File: "strategy.md", Line: 1, Severity: diag.Warning, Group: "strategy", Rule: "no-diagnosis", Message: "no diagnosis; add `diagnosis:` <now>"},
	}
	p := samplePortal()
	p.Objectives[7].Source.File = "okrs/2026-Q4/sales/pipeline.md"
	files := renderAll(t, p, Options{Findings: findings})
	page := string(files["health/index.html"])
	review := "no diagnosis; add <code>diagnosis:</code> &lt;now&gt;"
	for _, s := range []string{"aligns to nothing", `href="../objectives/2026-q4/sales/pipeline/"`, `id="strategy-review"`, review} {
		if !strings.Contains(page, s) {
			t.Errorf("health page lacks %s", s)
		}
	}
	// The strategy page lists the same findings, from the same review.
	strategy := string(files["strategy/index.html"])
	if !strings.Contains(strategy, review) || strings.Contains(strategy, "aligns to nothing") {
		t.Errorf("strategy page does not list exactly the strategy findings")
	}
	// The page lists only what the review found: it restates no rule.
	plain := string(renderAll(t, samplePortal(), Options{})["health/index.html"])
	if strings.Contains(plain, "aligns to nothing") || !strings.Contains(plain, "The review found nothing here") {
		t.Error("without findings the health page lists findings of its own")
	}
}

// TestPlainTextMatchesMarkdown checks the fast path of site.Inline: text
// it leaves to html/template renders as itself in Markdown too.
func TestPlainTextMatchesMarkdown(t *testing.T) {
	for _, s := range []string{"Two big deals.", "Caching landed (finally).", "40% done; 3/4 teams", "Inés said it's fine", "a+b?"} {
		checkPlain(t, markdown.New(false), s)
	}
	for _, s := range []string{"*bold*", "see www.example.com", "a@b.co", "x_y_", "[a](b)", "<b>", "a  b", " x", "http://x", "a & b", "`c`", "~~s~~"} {
		if plainText(s) {
			t.Errorf("plainText(%q) = true", s)
		}
	}
}

func checkPlain(t *testing.T, md *markdown.Renderer, s string) {
	t.Helper()
	if !plainText(s) {
		t.Errorf("plainText(%q) = false", s)
		return
	}
	if got, want := html.UnescapeString(string(md.Inline(s))), s; got != want {
		t.Errorf("Markdown renders plain %q as %q", s, got)
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"Two big deals.", "a_b", "x*y", "Ünïcode ok", "1. first", "# not a heading"} {
		f.Add(s)
	}
	md := markdown.New(false)
	f.Fuzz(func(t *testing.T, s string) {
		if plainText(s) {
			checkPlain(t, md, s)
		}
	})
}

// TestEmptyPortal renders a portal with nothing but settings: every page
// must still render.
func TestEmptyPortal(t *testing.T) {
	p := &model.Portal{Strategy: &model.Strategy{}, Today: date(2026, 1, 1)}
	files := renderAll(t, p, Options{})
	for _, rel := range []string{"index.html", "alignment/index.html", "teams/index.html", "health/index.html", "okrs.json", "feed.xml"} {
		if len(files[rel]) == 0 {
			t.Errorf("%s is empty", rel)
		}
	}
}

func TestAlignmentTree(t *testing.T) {
	p := samplePortal()
	q3, q4 := p.Periods[1], p.Periods[2]
	cross := &model.Objective{ID: "2026-q4/sales/follow-up", Title: "Follow up", Team: p.Teams[4], Period: q4,
		AlignsTo: []model.Alignment{{Objective: q3.Objectives[0]}}}
	linkObjective(cross)
	s := &site{p: p, direct: map[*model.Objective][]*model.Objective{}}
	for _, o := range append(p.Objectives, cross) {
		for _, a := range o.AlignsTo {
			if a.KeyResult == nil {
				s.direct[a.Objective] = append(s.direct[a.Objective], o)
			}
		}
	}
	tr := s.buildTree(q4)
	var walk func(prefix string, ns []*node) []string
	walk = func(prefix string, ns []*node) []string {
		var out []string
		for _, n := range ns {
			line := prefix + n.O.Title
			if n.Ref {
				line += " (ref)"
			}
			out = append(out, line)
			for _, k := range n.KRs {
				out = append(out, walk(prefix+"  "+k.K.ID+": ", k.Children)...)
			}
			out = append(out, walk(prefix+"  ", n.Direct)...)
		}
		return out
	}
	var got []string
	for _, pn := range tr.Within {
		got = append(got, "within "+pn.Period.Name)
		got = append(got, walk("  ", pn.Nodes)...)
	}
	for _, pn := range tr.Priorities {
		got = append(got, "P "+pn.Priority.Title)
		got = append(got, walk("  ", pn.Nodes)...)
	}
	got = append(got, "elsewhere")
	got = append(got, walk("  ", tr.Elsewhere)...)
	got = append(got, "unaligned")
	got = append(got, walk("  ", tr.Unaligned)...)
	// The quarter's tree starts at the year's objective it aligns to.
	want := []string{
		"within 2026",
		"  Become the default for the mid-market",
		"    Win the mid-market",
		"      kr1: Make deploys fast",
		"      kr1: See what runs",
		"      Launch the mobile app",
		"        See what runs (ref)",
		"P Delight customers",
		"  Win the mid-market (ref)",
		"P Scale the platform",
		"  Win the mid-market (ref)",
		"P Grow revenue",
		"elsewhere",
		"  Follow up",
		"unaligned",
		"  Fill the pipeline",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPlanScoreOnTeamPage: a team's page shows its plan score from the
// review's findings, with what to fix first; the health page lists it.
func TestPlanScoreOnTeamPage(t *testing.T) {
	p := samplePortal()
	o := p.Objectives[7] // Sales: Fill the pipeline
	o.Source.File = "okrs/2026-Q4/sales/pipeline.md"
	findings := []diag.Diagnostic{
		{File: o.Source.File, Line: 3, Severity: diag.Warning, Group: "alignment", Rule: "unaligned", Message: "add `aligns_to:`"},
	}
	files := renderAll(t, p, Options{Findings: findings})
	team := string(files["teams/sales/index.html"])
	for _, s := range []string{`<span class="plan-score">80</span>`, "<strong>What to fix first:</strong> Alignment", "add <code>aligns_to:</code>"} {
		if !strings.Contains(team, s) {
			t.Errorf("team page lacks %s", s)
		}
	}
	health := string(files["health/index.html"])
	if !strings.Contains(health, `<a href="../teams/sales/#plan-score">Sales</a></th><td>2026-Q4</td><td class="n"><strong>80</strong>`) {
		t.Error("health page does not list the Sales plan score")
	}
}
