package serve

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/source"
)

// memSite is one build of the site: the render plan of the portal, the
// files of the plan rendered so far, and the files of the source's
// static/ folder, which are served from disk. Files are rendered when
// first requested and kept for the life of the build, so that each is
// rendered at most once per build. Requests read a memSite concurrently;
// only its page cache changes, and that under its own lock.
type memSite struct {
	plan   *render.Plan
	cache  *pageCache // the plan's rendered files; shared with a restatic
	static map[string]staticFile
	pages  int // HTML pages of the plan
}

// staticFile is a file of static/ as it was when the site was built.
type staticFile struct {
	path  string // absolute path on disk
	size  int64
	mtime time.Time
}

// newMemSite serves the files of plan and those of the folder static
// ("" for none).
func newMemSite(plan *render.Plan, static string) *memSite {
	m := &memSite{plan: plan, cache: &pageCache{files: map[string]*renderedFile{}}}
	for _, rel := range plan.Files() {
		if strings.HasSuffix(rel, ".html") {
			m.pages++
		}
	}
	if static != "" {
		m.static = listStatic(static)
	}
	return m
}

// restatic returns a site with the rendered files (and cache) of m and
// the files of the folder static as they are now.
func (m *memSite) restatic(static string) *memSite {
	return &memSite{plan: m.plan, cache: m.cache, static: listStatic(static), pages: m.pages}
}

// lookup finds the file served at rel: a file of static/ (st is set), or
// a file of the plan. A site with a static file at the path of a rendered
// one is never served (see collisions).
func (m *memSite) lookup(rel string) (st *staticFile, ok bool) {
	if m == nil {
		return nil, false
	}
	if s, ok := m.static[rel]; ok {
		return &s, true
	}
	return nil, m.plan.Has(rel)
}

// has reports whether rel is served.
func (m *memSite) has(rel string) bool {
	_, ok := m.lookup(rel)
	return ok
}

// file returns the file rel of the plan (only files of the plan get an
// entry in the cache), rendering it unless an earlier request of this
// build did. fresh is true for the one call that rendered it, so that a
// render error is reported once. The data is shared: do not modify it.
func (m *memSite) file(rel string) (data []byte, fresh bool, err error) {
	return m.cache.get(rel, m.plan.RenderFile)
}

// pageCache holds the rendered files of one plan. Safe for concurrent
// use; concurrent requests for the same file wait for one rendering.
type pageCache struct {
	mu    sync.Mutex
	files map[string]*renderedFile
}

// renderedFile is one file of a pageCache, rendered once.
type renderedFile struct {
	once sync.Once
	data []byte
	err  error
}

// get returns the file rel, made by mk on its first request.
func (c *pageCache) get(rel string, mk func(string, *bytes.Buffer) error) (data []byte, fresh bool, err error) {
	c.mu.Lock()
	f := c.files[rel]
	if f == nil {
		f = &renderedFile{}
		c.files[rel] = f
	}
	c.mu.Unlock()
	f.once.Do(func() {
		var buf bytes.Buffer
		f.err = mk(rel, &buf)
		f.data, fresh = buf.Bytes(), true
	})
	return f.data, fresh, f.err
}

// listStatic lists the files of dir that `okrportal build` copies
// (output.CopyDir): regular files, and symbolic links to regular files
// inside dir as their target. Nothing else is served.
func listStatic(dir string) map[string]staticFile {
	out := map[string]staticFile{}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return out
	}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && !source.SafeName(d.Name()) { // as CopyDir
			return filepath.SkipDir
		}
		if err != nil || d.IsDir() || !source.SafeName(d.Name()) {
			return nil
		}
		target := p
		if d.Type()&fs.ModeSymlink != 0 {
			if target, err = filepath.EvalSymlinks(p); err != nil || !under(target, []string{root}) {
				return nil
			}
		}
		info, err := os.Stat(target)
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		if rel, err := filepath.Rel(root, p); err == nil {
			out[filepath.ToSlash(rel)] = staticFile{path: target, size: info.Size(), mtime: info.ModTime()}
		}
		return nil
	})
	return out
}

// collisions lists, as errors, the files of static/ that have the path of
// a rendered file: `okrportal build` refuses them too.
func (m *memSite) collisions() []diag.Diagnostic {
	var out []diag.Diagnostic
	for rel := range m.static {
		if m.plan.Has(rel) {
			out = append(out, diag.Diagnostic{File: "static/" + rel, Severity: diag.Error, Rule: "static",
				Message: fmt.Sprintf("static/%s has the path of a page okrportal generates (%s); rename or move it", rel, rel)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out
}

// pageChanges counts the HTML pages of m that old (which may be nil)
// does not have, and those of old that m no longer has.
func (m *memSite) pageChanges(old *memSite) (added, removed int) {
	if old == nil {
		return m.pages, 0
	}
	now, before := m.plan.Files(), old.plan.Files()
	i, j := 0, 0
	for i < len(now) || j < len(before) {
		switch {
		case j == len(before) || i < len(now) && now[i] < before[j]:
			added += isHTML(now[i])
			i++
		case i == len(now) || before[j] < now[i]:
			removed += isHTML(before[j])
			j++
		default:
			i++
			j++
		}
	}
	return added, removed
}

func isHTML(rel string) int {
	if strings.HasSuffix(rel, ".html") {
		return 1
	}
	return 0
}

// staticChanged reports whether the files of static/ differ between old
// and now: added, removed, or of another size or time.
func staticChanged(old, now map[string]staticFile) bool {
	if len(old) != len(now) {
		return true
	}
	for rel, s := range now {
		if prev, ok := old[rel]; !ok || prev.size != s.size || !prev.mtime.Equal(s.mtime) {
			return true
		}
	}
	return false
}
