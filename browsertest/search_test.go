package browsertest

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/okrportal/okrportal/generator/export"
)

// searchQueries are searches whose results checkSearchFormats compares:
// words in titles, teams and texts, accents folded, two words, the
// separator of an entry's text, and nothing found.
var searchQueries = []string{"platform", "q4 ines", "Ines", "deploy fast", "·", "kr", "zzzz-nothing"}

// searchShown is what the search page shows for a query: its status and,
// for each result, its type, title, link and meta line.
type searchShown struct {
	Status string     `json:"status"`
	Items  [][]string `json:"items"`
}

const searchShownJS = `(function () {
  var st = (document.getElementById("search-status") || {}).textContent || "";
  if (st === "" || st.indexOf("Loading") === 0) return null;
  return {status: st, items: Array.from(document.querySelectorAll("#search-results li"), function (li) {
    var a = li.querySelector("a"), m = li.querySelector(".meta");
    return [li.querySelector(".rtype").textContent, a.textContent, a.getAttribute("href"), m ? m.textContent : "(none)"];
  })};
})()`

// shownFor loads the search page with query in its address and returns
// what it shows once the index is loaded.
func shownFor(t *testing.T, ctx context.Context, s *site, query string) (searchShown, bool) {
	t.Helper()
	u := s.url("search/index.html") + "?q=" + url.QueryEscape(query)
	for _, p := range load(ctx, s.c, u, "") {
		t.Errorf("search %s: %s", u, p)
	}
	var got *searchShown
	pollCtx, stop := context.WithTimeout(ctx, 20*time.Second)
	defer stop()
	got, err := chromedp.Run(pollCtx, chromedp.Poll[*searchShown](searchShownJS))
	if err != nil || got == nil {
		t.Errorf("search %s: no results shown: %v", u, err)
		return searchShown{}, false
	}
	return *got, true
}

// checkSearchFormats holds search over the site's index (format 2) to
// search over the same index as format 1, the list of entries a browser
// may still have cached: for each query, the same status and the same
// results in the same order with the same text and links. The format 1
// index is injected as window.OKR_SEARCH_INDEX, which search.js takes
// before fetching. An index of an unknown format shows a message.
func checkSearchFormats(t *testing.T, tab context.Context, s *site, queries []string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(s.root, "search-index.json"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := export.ReadSearchIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	old, err := json.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(tab, 4*pageTimeout)
	defer cancel()
	want := map[string]searchShown{}
	for _, q := range queries {
		if got, ok := shownFor(t, ctx, s, q); ok {
			want[q] = got
		}
	}
	if w := want[queries[0]]; len(w.Items) == 0 {
		t.Errorf("search %q finds nothing: %+v", queries[0], w)
	}
	withIndex(t, ctx, "window.OKR_SEARCH_INDEX = "+string(old)+";", func() {
		for _, q := range queries {
			if got, ok := shownFor(t, ctx, s, q); ok && !reflect.DeepEqual(got, want[q]) {
				t.Errorf("search %q over format 1 shows\n%+v\nover format 2\n%+v", q, got, want[q])
			}
		}
	})
	withIndex(t, ctx, `window.OKR_SEARCH_INDEX = {"format": 99, "objectives": {}};`, func() {
		got, _ := shownFor(t, ctx, s, queries[0])
		if !strings.Contains(got.Status, "another version") || len(got.Items) > 0 {
			t.Errorf("an index of format 99 shows %+v", got)
		}
	})
	t.Logf("search: %d queries shown alike over both formats (%d entries)", len(queries), len(entries))
}

// withIndex runs f with script run before each page's own scripts.
func withIndex(t *testing.T, ctx context.Context, script string, f func()) {
	t.Helper()
	var added page.ScriptIdentifier
	err := chromedp.Do(ctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		res, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
		if err == nil {
			added = res.Identifier
		}
		return chromedp.Void{}, err
	})
	if err != nil {
		t.Fatal(err)
	}
	defer chromedp.Do(ctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: added})
		return chromedp.Void{}, err
	})
	f()
}
