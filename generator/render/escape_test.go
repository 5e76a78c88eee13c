package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

const (
	xssText = `<script>alert(1)</script>"'&`
	xssURL  = `javascript:alert(1)`
)

// hostilePortal is the sample portal with an attack in every text and URL
// field that content controls.
func hostilePortal() *model.Portal {
	p := samplePortal()
	x := xssText
	p.Settings.Title, p.Settings.Organisation = x, x
	st := p.Strategy
	st.Mission, st.Vision, st.Horizon, st.Values = x, x, x, []string{x}
	st.Body.Text = x + "\n\n[click](" + xssURL + ")"
	for _, pr := range p.Priorities {
		pr.Title, pr.Summary, pr.Body.Text = x, x, x
		pr.KPIs = append(pr.KPIs, model.KPI{Name: x, Unit: x, Current: f(1)})
	}
	for _, t := range p.Teams {
		t.Name, t.Mission, t.Body.Text = x, x, x+"<img src=x onerror=alert(1)>"
		t.Links = append(t.Links, model.Link{Title: x, URL: xssURL}, model.Link{Title: x, URL: " JaVaScRiPt:alert(1)"})
	}
	for _, pp := range p.People {
		pp.Name, pp.Title, pp.Email, pp.Body.Text = x, x, xssURL, x
	}
	for _, pe := range p.Periods {
		pe.Name = x
	}
	for _, o := range p.Objectives {
		o.Title, o.Retrospective, o.Body.Text = x, x, x
		o.Tags = []string{x}
		for _, k := range o.KeyResults {
			k.Title, k.Unit = x, x
			k.ID = x
			k.Milestones = append(k.Milestones, model.Milestone{Title: x})
			k.Initiatives = append(k.Initiatives, model.Initiative{Title: x, URL: xssURL}, model.Initiative{Title: x, URL: "java\tscript:alert(1)"})
			k.Checkins = append(k.Checkins, model.Checkin{Date: p.Today, Value: f(1), Note: x + " [a](" + xssURL + ")"})
		}
	}
	return p
}

var (
	dangerousAttr = regexp.MustCompile(`(?i)(href|src|action|xlink:href)\s*=\s*["']?\s*(java|vb)script:`)
	rawTag        = regexp.MustCompile(`(?i)<(script|img|iframe)[\s>][^<]*alert`)
)

// TestEscaping asserts that no attack from content reaches a page, a feed
// or an export unescaped.
func TestEscaping(t *testing.T) {
	findings := []diag.Diagnostic{{File: "okrs/x.md", Line: 1, Severity: diag.Warning, Group: "focus", Rule: xssText, Message: xssText}}
	for _, fileLinks := range []bool{false, true} {
		files := renderAll(t, hostilePortal(), Options{FileLinks: fileLinks, Findings: findings, BuildInfo: xssText})
		for _, rel := range sortedKeys(files) {
			if strings.HasPrefix(rel, "assets/") && !strings.HasSuffix(rel, "search-index.js") {
				continue
			}
			s := string(files[rel])
			if strings.Contains(s, "<script>alert") || rawTag.MatchString(s) {
				t.Errorf("%s: unescaped script or tag", rel)
			}
			if m := dangerousAttr.FindString(s); m != "" {
				t.Errorf("%s: dangerous URL in attribute: %q", rel, m)
			}
			if strings.Contains(s, "onerror=alert") && !strings.Contains(s, "&lt;img") && !strings.Contains(s, `\u003cimg`) {
				t.Errorf("%s: event handler attribute reached the output", rel)
			}
		}
		if !strings.Contains(string(files["index.html"]), "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Error("index.html: the escaped title is missing, so the test tests nothing")
		}
	}
}
