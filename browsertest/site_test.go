package browsertest

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// prefix is the sub-path the HTTP server publishes a portal under, as an
// intranet server would.
const prefix = "/intranet/okrs/"

// Limits of issue 11 for every HTML page.
const (
	maxPageBytes    = 1 << 20
	maxPageElements = 25000
	// visitLimit: pages larger than this are reported and not loaded, so a
	// regression cannot stall the suite for minutes.
	visitLimit = 4 << 20
)

// site is a built portal as a browser reaches it.
type site struct {
	root string // the built folder
	base string // URL of the site root, ending in "/"
	file bool   // opened from file:// (links name index.html; no 404 page)
	c    *collector
}

// url is the address of the page at rel (e.g. "teams/x/index.html") as
// the site's own links name it.
func (s *site) url(rel string) string {
	if !s.file && path.Base(rel) == "index.html" {
		rel = strings.TrimSuffix(rel, "index.html")
	}
	return s.base + rel
}

// listen reserves a port on 127.0.0.1 and returns the listener and the
// site's base URL under prefix.
func listen(t *testing.T) (net.Listener, string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return l, "http://" + l.Addr().String() + prefix
}

// serve publishes root under prefix on l until the test ends: missing
// files get 404.html with status 404, as a web server set up per
// docs/publishing.md does; every answer is reported to the collector.
func serve(t *testing.T, l net.Listener, root string, c *collector) {
	t.Helper()
	files := http.FileServer(http.Dir(root))
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := filepath.Join(root, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		if _, err := os.Stat(name); errors.Is(err, os.ErrNotExist) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			page, _ := os.ReadFile(filepath.Join(root, "404.html"))
			w.Write(page)
			return
		}
		files.ServeHTTP(w, r)
	})
	site := http.StripPrefix(strings.TrimSuffix(prefix, "/"), inner)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		if strings.HasPrefix(r.URL.Path, prefix) {
			site.ServeHTTP(rec, r)
		} else {
			http.NotFound(rec, r)
		}
		c.served("http://"+r.Host+r.URL.RequestURI(), rec.status)
	})}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
}

// statusWriter remembers the status a handler answered with.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// load navigates the tab to url and waits for the page to load and go
// quiet; allow404 is a URL whose 404 answer is expected. It returns the
// page's problems.
func load(ctx context.Context, c *collector, url, allow404 string) []string {
	c.reset(allow404)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return []string{"loading failed: " + err.Error()}
	}
	settle(ctx, c)
	return c.take()
}

// audit says how to audit pages with axe-core: its source ("" for no
// audit) and the views to audit in.
type auditing struct {
	axe   string
	views []view
}

// checkPage loads the page at rel, reports its problems, and audits it
// with axe in each view of a, adding the findings to tl.
func checkPage(t *testing.T, tab context.Context, s *site, rel, kind string, a auditing, tl tally) {
	t.Helper()
	url, allow := s.url(rel), ""
	if kind == "404" {
		url = s.base + "no/such/page/" // the server answers 404.html with status 404
		allow = url
	}
	if st, err := os.Stat(filepath.Join(s.root, rel)); err == nil && st.Size() > maxPageBytes {
		t.Errorf("%s %s: %.1f MiB of HTML, over the 1 MiB limit", kind, url, float64(st.Size())/(1<<20))
		if st.Size() > visitLimit {
			t.Logf("%s: not loaded in the browser (over %d MiB)", url, visitLimit>>20)
			return
		}
	}
	ctx, cancel := context.WithTimeout(tab, pageTimeout)
	defer cancel()
	for _, p := range load(ctx, s.c, url, allow) {
		t.Errorf("%s %s: %s", kind, url, p)
	}
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementsByTagName("*").length`)); err != nil {
		t.Errorf("%s %s: counting elements: %v", kind, url, err)
	} else if n > maxPageElements {
		t.Errorf("%s %s: %d elements, over the %d limit", kind, url, n, maxPageElements)
		if a.axe != "" {
			t.Logf("%s: not audited with axe (too many elements; axe would take minutes)", url)
		}
		return
	}
	if a.axe == "" {
		return
	}
	for _, v := range a.views {
		actx, cancel := context.WithTimeout(tab, pageTimeout)
		found, err := audit(actx, a.axe, v)
		cancel()
		if err != nil {
			t.Errorf("%s %s [%s]: axe: %v", kind, url, v, err)
			continue
		}
		for _, f := range found {
			tl.add(kind, v, f)
			t.Errorf("axe %s (%s) on %s %s [%s]: %s; %d elements: %s",
				f.Rule, f.Impact, kind, url, v, f.Help, len(f.Targets), targets(f.Targets, 5))
		}
	}
	for _, p := range s.c.take() { // anything logged while auditing
		t.Errorf("%s %s: %s", kind, url, p)
	}
}

// targets lists up to n selectors, each cut to its last 120 bytes (the
// element's end of the path), and how many more there are.
func targets(list []string, n int) string {
	var out []string
	for i, sel := range list {
		if i == n {
			out = append(out, "… "+itoa(len(list)-n)+" more")
			break
		}
		if len(sel) > 120 {
			sel = "…" + sel[len(sel)-120:]
		}
		out = append(out, sel)
	}
	return strings.Join(out, " | ")
}

// testSite checks a sample of every page kind of s (per pages a kind),
// then search and the tree, auditing each page as a says.
func testSite(t *testing.T, tab context.Context, s *site, per int, a auditing) {
	kinds, picks := sample(htmlPages(t, s.root), per)
	for _, k := range requiredKinds {
		if len(picks[k]) == 0 && !(s.file && k == "404") {
			t.Errorf("the site has no page of kind %q", k)
		}
	}
	tl := tally{}
	start := time.Now()
	visited := 0
	for _, kind := range kinds {
		if s.file && kind == "404" {
			continue // a 404 page needs a server
		}
		for _, rel := range picks[kind] {
			checkPage(t, tab, s, rel, kind, a, tl)
			visited++
		}
	}
	t.Logf("%d pages of %d kinds checked in %v", visited, len(kinds), time.Since(start).Round(time.Millisecond))
	checkSearch(t, tab, s, "platform")
	checkSearchFormats(t, tab, s, searchQueries)
	checkTree(t, tab, s, picks)
	if len(tl) > 0 {
		t.Logf("axe findings (serious, critical) by kind and view:\n%s", tl)
	}
}
