package browsertest

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// examplePages is how many pages of each kind testExamples checks in an
// example: its priorities, periods and teams all (an example has a few),
// and a spread of its objectives and people.
const examplePages = 4

// testExamples builds each portal in ../examples — they reproduce the
// shapes of real published OKR sets, which the demo does not have — and
// checks pages of every kind of each over HTTP: no console errors or failed
// requests, and no serious axe finding at phone width, where a table or a
// name longer than the demo's overflows (a priority's health metrics in
// examples/fiscal-year once scrolled sideways without being focusable).
// The demo covers the four views; one is enough to catch a layout the
// content shapes.
func testExamples(t *testing.T, browser context.Context, axe string) {
	dirs, err := filepath.Glob("../examples/*/portal.yaml")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no examples found (%v)", err)
	}
	phone := auditing{axe: axe, views: []view{{375, "light"}}}
	for _, yaml := range dirs {
		src := filepath.Dir(yaml)
		t.Run(filepath.Base(src), func(t *testing.T) {
			dir := scratch(t)
			l, base := listen(t)
			root := filepath.Join(dir, "public")
			build(t, src, root)
			s := &site{root: root, base: base, c: newCollector(under(base))}
			serve(t, l, root, s.c)
			tab, tl, start := newTab(t, browser, s.c), tally{}, time.Now()
			kinds, picks := sample(htmlPages(t, root), examplePages)
			n := 0
			for _, k := range kinds {
				for _, rel := range picks[k] {
					checkPage(t, tab, s, rel, k, phone, tl)
					n++
				}
			}
			t.Logf("%d pages checked in %v", n, time.Since(start).Round(time.Millisecond))
			if len(tl) > 0 {
				t.Logf("axe findings (serious, critical) by kind and view:\n%s", tl)
			}
		})
	}
}
