package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badPage has one of each problem the page checks must report.
const badPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad</title>
<link rel="stylesheet" href="missing.css"></head><body><main>
<img src="http://127.0.0.1:9/outside.png">
<script>console.error("boom"); throw new Error("uncaught")</script>
</main></body></html>`

// TestChecksCatchProblems shows that the page checks fail where they
// should: on a page with a missing stylesheet, a request leaving the site,
// a console error, an uncaught exception, no icon (so the browser asks for
// /favicon.ico) and an image without alt text.
func TestChecksCatchProblems(t *testing.T) {
	exe, axe := chromiumPath(t), axeSource(t)
	browser := startBrowser(t, exe)
	dir := scratch(t)
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(badPage), 0o644); err != nil {
		t.Fatal(err)
	}
	l, base := listen(t)
	c := newCollector(under(base))
	serve(t, l, dir, c)
	tab := newTab(t, browser, c)
	problems := load(tab, c, base+"index.html", "")
	found, err := audit(tab, axe, view{1280, "light"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		problems = append(problems, "axe "+f.Rule+" ("+f.Impact+")")
	}
	got := strings.Join(problems, "\n")
	for _, want := range []string{
		"failed request: HTTP 404 " + base + "missing.css",
		"request leaving the site: http://127.0.0.1:9/outside.png",
		"failed request: net::ERR_",
		"console.error: boom",
		"uncaught exception:",
		"Error: uncaught",
		"server: request outside the site: " + strings.TrimSuffix(base, strings.TrimPrefix(prefix, "/")) + "favicon.ico",
		"axe image-alt (critical)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the checks did not report %q; they reported:\n%s", want, got)
		}
	}
}
