package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// checkSearch types query into the search page like a person would, and
// asserts that results appear, that they link into the site, and that the
// first one loads cleanly.
func checkSearch(t *testing.T, tab context.Context, s *site, query string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, pageTimeout)
	defer cancel()
	url := s.url("search/index.html")
	for _, p := range load(ctx, s.c, url, "") {
		t.Errorf("search %s: %s", url, p)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`input[name=q]`), query)); err != nil {
		t.Errorf("search %s: typing %q: %v", url, query, err)
		return
	}
	const links = `Array.from(document.querySelectorAll("#search-results a[href]"), function (a) { return a.href; })`
	pollCtx, stop := context.WithTimeout(ctx, 15*time.Second)
	_, err := chromedp.Run(pollCtx, chromedp.Poll[bool](`document.querySelectorAll("#search-results a[href]").length > 0`))
	stop()
	if err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById("search-status") || {}).textContent || ""`))
		t.Errorf("search %s: no result links for %q (status %q): %v", url, query, status, err)
		return
	}
	hrefs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](links))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range s.c.take() {
		t.Errorf("search %s while searching: %s", url, p)
	}
	for _, h := range hrefs {
		if !s.c.inside(h) {
			t.Errorf("search %s: result link leaves the site: %s", url, h)
		}
	}
	t.Logf("search %q: %d result links", query, len(hrefs))
	for _, p := range load(ctx, s.c, hrefs[0], "") {
		t.Errorf("search result %s: %s", hrefs[0], p)
	}
	if h1, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("h1") || {}).textContent || ""`)); err != nil || h1 == "" {
		t.Errorf("search result %s: no heading (%v)", hrefs[0], err)
	}
}

// treeProbe finds the first collapsible tree node in main and a point on
// its toggle (its <summary>) that is not on a link or button, so a click
// there toggles the node rather than following a link.
const treeProbe = `(function () {
  var ds = document.querySelectorAll("main details:not(.menu)");
  for (var i = 0; i < ds.length; i++) {
    var s = ds[i].querySelector(":scope > summary");
    if (!s) continue;
    s.scrollIntoView({block: "center"});
    var r = s.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    var y = r.top + Math.min(r.height / 2, 10);
    for (var x = r.left + 1; x < r.right; x += 3) {
      var el = document.elementFromPoint(x, y);
      if (el && s.contains(el) && !el.closest("a, button, input, select, textarea")) {
        ds[i].setAttribute("data-probe", "");
        return {found: true, x: x, y: y, total: ds.length};
      }
    }
  }
  return {found: false, total: ds.length};
})()`

type probe struct {
	Found bool    `json:"found"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Total int     `json:"total"`
}

const probeOpen = `document.querySelector("[data-probe]").open`

// checkTree loads the first alignment page with a tree and asserts that a
// node toggles by mouse and by keyboard (Enter, Space on its focused
// summary), and that "Expand all" and "Collapse all" work where present.
func checkTree(t *testing.T, tab context.Context, s *site, picks map[string][]string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, pageTimeout)
	defer cancel()
	var candidates []string
	for _, k := range []string{"alignment", "alignment-sub", "team"} {
		candidates = append(candidates, picks[k]...)
	}
	for _, rel := range candidates {
		if st, err := os.Stat(filepath.Join(s.root, rel)); err != nil || st.Size() > visitLimit {
			continue
		}
		url := s.url(rel)
		for _, p := range load(ctx, s.c, url, "") {
			t.Errorf("tree %s: %s", url, p)
		}
		pr, err := chromedp.Run(ctx, chromedp.Evaluate[probe](treeProbe))
		if err != nil {
			t.Fatalf("tree %s: %v", url, err)
		}
		if !pr.Found {
			continue
		}
		toggleTree(t, ctx, url, pr)
		treeButtons(t, ctx, url)
		for _, p := range s.c.take() {
			t.Errorf("tree %s: %s", url, p)
		}
		return
	}
	t.Errorf("no page among %v has a collapsible tree node (main details with a summary)", candidates)
}

// toggleTree clicks the probed node's summary twice, then uses the
// keyboard (see below), checking each step toggles the node.
func toggleTree(t *testing.T, ctx context.Context, url string, pr probe) {
	t.Helper()
	was, err := chromedp.Run(ctx, chromedp.Evaluate[bool](probeOpen))
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		how    string
		action chromedp.Action[chromedp.Void]
	}
	steps := []step{
		{"mouse click", chromedp.MouseClickXY(pr.X, pr.Y)},
		{"second mouse click", chromedp.MouseClickXY(pr.X, pr.Y)},
	}
	// From the keyboard, the way a person gets there: Enter and Space on
	// the summary when it is a tab stop; when it is not (the node's link is
	// its one tab stop), → and ← on that link, as in a WAI-ARIA tree.
	tabbable, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("[data-probe] > summary").tabIndex >= 0`))
	if err != nil {
		t.Fatal(err)
	}
	if tabbable {
		steps = append(steps, step{"Enter on its summary", chromedp.Steps(chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-probe] > summary").focus()`), chromedp.KeyEvent(kb.Enter))},
			step{"Space on its summary", chromedp.KeyEvent(" ")})
	} else {
		keys := [2]step{{"→ on its link", chromedp.KeyEvent(kb.ArrowRight)}, {"← on its link", chromedp.KeyEvent(kb.ArrowLeft)}}
		if was { // after two clicks, as it was: open, so ← first
			keys[0], keys[1] = keys[1], keys[0]
		}
		focus := chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-probe]").closest("li").querySelector("a").focus()`)
		steps = append(steps, step{keys[0].how, chromedp.Steps(focus, keys[0].action)}, keys[1])
	}
	for _, st := range steps {
		if err := chromedp.Do(ctx, st.action); err != nil {
			t.Errorf("tree %s: %s: %v", url, st.how, err)
			return
		}
		now, err := chromedp.Run(ctx, chromedp.Evaluate[bool](probeOpen))
		if err != nil {
			t.Errorf("tree %s: after %s: %v (did it navigate away?)", url, st.how, err)
			return
		}
		if now == was {
			t.Errorf("tree %s: %s did not open or fold a tree node (open=%v)", url, st.how, now)
		}
		was = now
	}
}

// treeButtons clicks "Collapse all" and "Expand all" (added by tree.js
// where a page has tree tools) and checks every tree node follows.
func treeButtons(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	for _, b := range []struct {
		label string
		open  bool
	}{{"Collapse all", false}, {"Expand all", true}} {
		sel := `//main//button[normalize-space()="` + b.label + `"]`
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.evaluate('count(`+sel+`)', document, null, XPathResult.NUMBER_TYPE, null).numberValue`))
		if err != nil {
			t.Errorf("tree %s: looking for %q: %v", url, b.label, err)
		}
		if n == 0 {
			continue // only trees with tree tools have the buttons
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.Search(sel))); err != nil {
			t.Errorf("tree %s: clicking %q: %v", url, b.label, err)
			continue
		}
		wrong, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll("main details:not(.menu)")).filter(function (d) { return d.open !== `+strconv.FormatBool(b.open)+`; }).length`))
		if err != nil || wrong > 0 {
			t.Errorf("tree %s: after %q, %d nodes are not open=%v (%v)", url, b.label, wrong, b.open, err)
		}
	}
}
