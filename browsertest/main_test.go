package browsertest

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func itoa(n int) string { return strconv.Itoa(n) }

// TestBrowser builds the demo portal and a large generated one and checks
// them in headless Chromium, over HTTP under a sub-path and from file://,
// and every page of the examples (testExamples). -short leaves out the
// examples and the large portal.
func TestBrowser(t *testing.T) {
	exe := chromiumPath(t)
	axe := axeSource(t)
	browser := startBrowser(t, exe)
	// The demo is audited in all four views; the large portal, whose pages
	// share the demo's templates, in two that cover both widths and both
	// schemes, to keep the suite's time reasonable.
	full := auditing{axe: axe, views: views}
	two := auditing{axe: axe, views: []view{{1280, "light"}, {375, "dark"}}}

	t.Run("demo/http", func(t *testing.T) {
		dir := scratch(t)
		l, base := listen(t)
		src := demoSource(t, dir, settings{baseURL: base, fileLinks: false})
		s := &site{root: filepath.Join(dir, "public"), base: base, c: newCollector(under(base))}
		build(t, src, s.root)
		serve(t, l, s.root, s.c)
		testSite(t, newTab(t, browser, s.c), s, 2, full)
	})
	t.Run("demo/file", func(t *testing.T) {
		dir := scratch(t)
		root := filepath.Join(dir, "public")
		build(t, "../content", root) // as shipped: file_links: true
		base := "file://" + filepath.ToSlash(root) + "/"
		s := &site{root: root, base: base, file: true, c: newCollector(under(base))}
		testSite(t, newTab(t, browser, s.c), s, 2, auditing{})
	})
	if testing.Short() {
		t.Log("-short: the examples and the large portal are left out")
		return
	}
	t.Run("examples", func(t *testing.T) { testExamples(t, browser, axe) })
	t.Run("large", func(t *testing.T) {
		dir := scratch(t)
		l, base := listen(t)
		// One build serves both: links name index.html, which works over
		// HTTP too, and base_url is the test server's.
		src := largeSource(t, dir, largeObjectives(t), settings{baseURL: base, fileLinks: true})
		root := filepath.Join(dir, "public")
		build(t, src, root)
		t.Run("http", func(t *testing.T) {
			s := &site{root: root, base: base, c: newCollector(under(base))}
			serve(t, l, root, s.c)
			testSite(t, newTab(t, browser, s.c), s, 1, two)
		})
		t.Run("file", func(t *testing.T) {
			fbase := "file://" + filepath.ToSlash(root) + "/"
			s := &site{root: root, base: fbase, file: true, c: newCollector(under(fbase))}
			testSite(t, newTab(t, browser, s.c), s, 1, auditing{})
		})
	})
}

// under reports whether a URL is part of the site at base; data: URLs
// (inline images) are part of the page that holds them.
func under(base string) func(string) bool {
	return func(url string) bool {
		return strings.HasPrefix(url, base) || strings.HasPrefix(url, "data:")
	}
}
