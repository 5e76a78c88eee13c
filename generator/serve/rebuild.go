package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/site"
	"github.com/okrportal/okrportal/generator/source"
)

// Report describes one build of the running server, for Options.OnBuild.
type Report struct {
	Initial  bool          // the build at start
	Duration time.Duration // from the start of loading to the swap
	Load     time.Duration // reading, resolving, computing (site.Load)
	// Prepare is the review, parsing the theme and computing what the
	// pages share (render.Prepare). Pages are rendered later, when they
	// are requested.
	Prepare time.Duration
	Pages   int // HTML pages of the site served now
	// Added and Removed count the HTML pages that the build added to the
	// site and removed from it.
	Added, Removed int
	// Unchanged is true when only static/ changed and its files are as
	// they were: the pages shown stay as they are.
	Unchanged bool
	Errors    []diag.Diagnostic
	// Warnings is the number of content warnings (not the review's).
	Warnings int
}

// builder loads the portal and prepares its rendering, one build at a
// time; only the server's build loop uses it.
type builder struct {
	opts     site.Options // without Cache
	source   string       // the source folder, absolute
	info     string       // BuildInfo for the footer
	cache    *source.Cache
	themeDir string // of the last load
	// readStart and readEnd bound the last read of the source folder.
	readStart, readEnd time.Time
}

// built is the outcome of one build.
type built struct {
	site     *memSite          // nil when the build failed
	errors   []diag.Diagnostic // why it failed
	warnings int
	themeDir string // the portal's theme folder, "" when none or unknown
	load     time.Duration
	prepare  time.Duration
	restatic bool // only static/ was listed again
}

// build loads the portal and prepares its rendering; pages are rendered
// when requested. changed are the paths reported since the previous
// build; they decide whether the parse cache can still be trusted, and
// whether only static/ changed: then the new site has the plan and the
// rendered pages of last's, with its list of static files renewed.
func (b *builder) build(ctx context.Context, changed []string, last *state) built {
	static := filepath.Join(b.source, "static")
	if last.site != nil && len(last.errors) == 0 && len(changed) > 0 && allUnder(changed, static) {
		return b.restatic(last.site, static)
	}
	if b.cache == nil || b.racy(changed) {
		b.cache = source.NewCache()
	}
	opts := b.opts
	opts.Cache = b.cache
	start := time.Now()
	p, list, err := site.Load(ctx, opts)
	b.readStart, b.readEnd = start, time.Now()
	out := built{load: b.readEnd.Sub(start), warnings: list.Count(diag.Warning)}
	if err != nil {
		out.errors = []diag.Diagnostic{{Severity: diag.Error, Rule: "source", Message: err.Error()}}
		return out
	}
	out.themeDir, b.themeDir = p.ThemeDir, p.ThemeDir
	if list.HasErrors() {
		out.errors = list.Errors()
		return out
	}
	// Pages link relatively; the 404 page, served for any path, links from
	// the site root instead of from base_url, which is the published site.
	p.Settings.BaseURL = ""
	start = time.Now()
	plan, err := render.Prepare(ctx, p, site.RenderOptions(p, list, b.info))
	out.prepare = time.Since(start)
	if err != nil {
		out.errors = []diag.Diagnostic{{Severity: diag.Error, Rule: "render", Message: err.Error()}}
		return out
	}
	m := newMemSite(plan, p.StaticDir)
	if out.errors = m.collisions(); out.errors != nil {
		return out
	}
	out.site = m
	return out
}

// restatic returns the site last with the files of static/ listed anew.
func (b *builder) restatic(last *memSite, static string) built {
	m := last.restatic(static)
	if errs := m.collisions(); errs != nil {
		return built{errors: errs, themeDir: b.themeDir}
	}
	return built{site: m, themeDir: b.themeDir, restatic: true}
}

// allUnder reports whether every path is dir or inside it.
func allUnder(paths []string, dir string) bool {
	for _, p := range paths {
		if !under(p, []string{dir}) {
			return false
		}
	}
	return true
}

// racy reports whether a changed file was modified so close to the last
// read of the source folder that an edit may have kept its size and
// modification time: the parse cache, which trusts those two, could then
// hold the content before the edit. Filesystems with whole-second times
// (FAT, some network drives) get a wider margin.
func (b *builder) racy(changed []string) bool {
	if b.readStart.IsZero() {
		return false
	}
	for _, path := range changed {
		info, err := os.Stat(path)
		if err != nil || info.IsDir() {
			continue
		}
		margin := 20 * time.Millisecond
		if info.ModTime().Nanosecond() == 0 {
			margin = 2 * time.Second
		}
		m := info.ModTime()
		if !m.Before(b.readStart.Add(-margin)) && m.Before(b.readEnd.Add(margin)) {
			return true
		}
	}
	return false
}

// rebuild builds the portal and makes the result the served state,
// reloading open pages when what they show may have changed. It returns
// the report that it also logs.
func (s *Server) rebuild(ctx context.Context, changed []string, initial bool) Report {
	start := time.Now()
	old := s.current()
	out := s.builder.build(ctx, changed, old)
	if ctx.Err() != nil {
		return Report{}
	}
	if initial && isSourceError(out.errors) {
		return Report{Initial: true, Errors: out.errors} // Start fails
	}
	if out.themeDir != "" || out.site != nil {
		s.roots.set(s.sourceDir, out.themeDir)
	}
	rep := Report{Initial: initial, Load: out.load, Prepare: out.prepare, Errors: out.errors, Warnings: out.warnings}
	next := &state{site: old.site, errors: out.errors}
	if out.site != nil {
		next.site = out.site
		if out.restatic {
			rep.Unchanged = !staticChanged(old.site.static, out.site.static)
		} else if !initial && old.site != nil {
			rep.Added, rep.Removed = out.site.pageChanges(old.site)
		}
	} else {
		next.errorPage = errorPage(s.sourceDir, out.errors)
		next.overlay = errorOverlay(s.sourceDir, out.errors)
	}
	if next.site != nil {
		rep.Pages = next.site.pages
	}
	rep.Duration = time.Since(start)
	// The terminal shows a build before the browser does.
	s.logBuild(rep, next.site != nil, len(old.errors) > 0)
	if s.opts.OnBuild != nil {
		s.opts.OnBuild(rep)
	}
	if initial || !sameState(old, next, rep.Unchanged) {
		next.gen = s.newGen()
		s.state.Store(next)
		s.hub.broadcast(next.gen)
	}
	return rep
}

// sameState reports whether next shows what old shows. Pages are rendered
// on request, so a new site is assumed to differ unless unchanged says it
// has the pages and static files of old.
func sameState(old, next *state, unchanged bool) bool {
	if len(next.errors) > 0 || len(old.errors) > 0 {
		return len(next.errors) > 0 && len(old.errors) > 0 && string(old.errorPage) == string(next.errorPage)
	}
	return unchanged
}

// logBuild prints one line per build, and the errors of a failed one.
func (s *Server) logBuild(r Report, haveSite, fixed bool) {
	switch {
	case len(r.Errors) > 0:
		for _, d := range r.Errors {
			s.log.errorf("%s\n", d.String())
		}
		keep := "still serving the last good site"
		if !haveSite {
			keep = "the browser shows them until they are fixed"
		}
		s.log.errorf("Build failed with %d %s (%s)\n", len(r.Errors), plural(len(r.Errors), "error", "errors"), keep)
	case r.Initial:
		s.log.printf("Built %d pages in %s (each is rendered when first requested)\n", r.Pages, ms(r.Duration))
	case fixed:
		s.log.printf("Rebuilt in %s: the errors are fixed%s\n", ms(r.Duration), pageCounts(r, ", "))
	case r.Unchanged:
		s.log.printf("Rebuilt in %s: nothing changed\n", ms(r.Duration))
	default:
		s.log.printf("Rebuilt in %s%s\n", ms(r.Duration), pageCounts(r, ": "))
	}
}

// pageCounts says how many pages a build added and removed, after sep;
// "" when none.
func pageCounts(r Report, sep string) string {
	var parts []string
	if r.Added > 0 {
		parts = append(parts, fmt.Sprintf("%d %s added", r.Added, plural(r.Added, "page", "pages")))
	}
	if r.Removed > 0 {
		parts = append(parts, fmt.Sprintf("%d %s removed", r.Removed, plural(r.Removed, "page", "pages")))
	}
	if parts == nil {
		return ""
	}
	return sep + strings.Join(parts, ", ")
}

func ms(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
