package serve

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/render"
)

// memSite is one built site held in memory: the rendered files by their
// slash-separated path under the site root, and the files of the source's
// static/ folder, which are served from disk. A memSite is never modified
// once built, so requests read it without locks.
type memSite struct {
	files  map[string][]byte
	static map[string]staticFile
	pages  int  // HTML pages among files
	shared bool // files are those of the site this one replaces
}

// staticFile is a file of static/ as it was when the site was built.
type staticFile struct {
	path  string // absolute path on disk
	size  int64
	mtime time.Time
}

// lookup finds the file served at rel. A site with a static file at the
// path of a rendered one is never served (see collisions).
func (m *memSite) lookup(rel string) (data []byte, st *staticFile, ok bool) {
	if m == nil {
		return nil, nil, false
	}
	if s, ok := m.static[rel]; ok {
		return nil, &s, true
	}
	data, ok = m.files[rel]
	return data, nil, ok
}

// has reports whether rel is served.
func (m *memSite) has(rel string) bool {
	_, _, ok := m.lookup(rel)
	return ok
}

// renderSite renders p into memory with the same renderer as `build`.
func renderSite(ctx context.Context, p *model.Portal, opts render.Options) (*memSite, error) {
	m := &memSite{files: make(map[string][]byte, 64+len(p.Objectives)+len(p.Teams)+len(p.People))}
	var mu sync.Mutex
	err := render.Render(ctx, p, opts, func(rel string, data []byte) error {
		mu.Lock()
		m.files[rel] = data
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, err
	}
	for rel := range m.files {
		if strings.HasSuffix(rel, ".html") {
			m.pages++
		}
	}
	if p.StaticDir != "" {
		m.static = listStatic(p.StaticDir)
	}
	return m, nil
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
		if err != nil || d.IsDir() {
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
		if _, ok := m.files[rel]; ok {
			out = append(out, diag.Diagnostic{File: "static/" + rel, Severity: diag.Error, Rule: "static",
				Message: fmt.Sprintf("static/%s has the path of a page okrportal generates (%s); rename or move it", rel, rel)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out
}

// diff counts the files that differ between old (which may be nil) and
// m: added, removed or changed. Unchanged rendered files take old's copy,
// so that m shares memory with the site it replaces.
func (m *memSite) diff(old *memSite) int {
	if old == nil {
		return len(m.files) + len(m.static)
	}
	n := diffStatic(old.static, m.static)
	if !m.shared { // a shared map is old's: unchanged, and read by requests
		n += m.diffFiles(old.files)
	}
	return n
}

func (m *memSite) diffFiles(old map[string][]byte) int {
	n := 0
	for rel, data := range m.files {
		prev, ok := old[rel]
		switch {
		case !ok:
			n++
		case bytes.Equal(prev, data):
			m.files[rel] = prev
		default:
			n++
		}
	}
	for rel := range old {
		if _, ok := m.files[rel]; !ok {
			n++
		}
	}
	return n
}

func diffStatic(old, now map[string]staticFile) int {
	n := 0
	for rel, s := range now {
		if prev, ok := old[rel]; !ok || prev.size != s.size || !prev.mtime.Equal(s.mtime) {
			n++
		}
	}
	for rel := range old {
		if _, ok := now[rel]; !ok {
			n++
		}
	}
	return n
}
