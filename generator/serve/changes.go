package serve

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/okrportal/okrportal/generator/source"
)

// changes collects the paths that watchers report until the rebuild loop
// takes them. Adding never blocks, so a watcher keeps draining its events
// while a rebuild runs. Safe for concurrent use.
type changes struct {
	mu    sync.Mutex
	paths map[string]struct{}
	ready chan struct{} // holds a token while paths is not empty
}

func newChanges() *changes {
	return &changes{paths: map[string]struct{}{}, ready: make(chan struct{}, 1)}
}

// add records a changed path.
func (c *changes) add(path string) {
	c.mu.Lock()
	c.paths[path] = struct{}{}
	c.mu.Unlock()
	select {
	case c.ready <- struct{}{}:
	default:
	}
}

// take returns and forgets the recorded paths, sorted.
func (c *changes) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]string, 0, len(c.paths))
	for p := range c.paths {
		out = append(out, p)
	}
	clear(c.paths)
	sort.Strings(out)
	return out
}

// next waits for a burst of changes to end and returns its paths: a
// burst ends once no change has arrived for quiet, or once maxWait has
// passed since its first change. It returns false when ctx is done.
func (c *changes) next(ctx context.Context, quiet, maxWait time.Duration) ([]string, bool) {
	for {
		select {
		case <-ctx.Done():
			return nil, false
		case <-c.ready:
		}
		if !c.settle(ctx, quiet, maxWait) {
			return nil, false
		}
		// A token can outlive the paths it announced (taken with an
		// earlier burst); then there is nothing to do yet.
		if paths := c.take(); len(paths) > 0 {
			return paths, true
		}
	}
}

// settle waits until no change has arrived for quiet or maxWait has
// passed; false when ctx is done.
func (c *changes) settle(ctx context.Context, quiet, maxWait time.Duration) bool {
	deadline := time.Now().Add(maxWait)
	timer := time.NewTimer(quiet)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-c.ready:
			timer.Reset(max(min(quiet, time.Until(deadline)), 0))
		case <-timer.C:
			return true
		}
	}
}

// skipName reports whether a file or folder name is one that never
// matters to the site: hidden files, editors' temporary, swap, backup and
// lock files (vim's "4913" probe and "~" backups, ".swp", emacs' "#…#"
// and ".#…", JetBrains' "___jb_tmp___" and "___jb_old___" safe-write
// files, ".tmp").
func skipName(name string) bool {
	return source.Ignored(name) ||
		strings.HasSuffix(name, "___jb_tmp___") ||
		strings.HasSuffix(name, "___jb_old___")
}

// skipRel reports whether a path relative to a watched root has a
// component that skipName rejects.
func skipRel(rel string) bool {
	if rel == "." {
		return false
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if skipName(part) {
			return true
		}
	}
	return false
}

// roots is the set of folders to watch: the source folder and, when the
// portal has one, its theme folder. The rebuild loop changes it when
// portal.yaml names another theme; watchers read it.
type roots struct {
	mu      sync.Mutex
	dirs    []string
	changed chan struct{} // a token after every set
}

func newRoots(dirs ...string) *roots {
	r := &roots{changed: make(chan struct{}, 1)}
	r.set(dirs...)
	return r
}

// set replaces the watched folders; empty names are left out.
func (r *roots) set(dirs ...string) {
	var clean []string
	for _, d := range dirs {
		if d != "" {
			clean = append(clean, filepath.Clean(d))
		}
	}
	sort.Strings(clean)
	r.mu.Lock()
	same := strings.Join(clean, "\x00") == strings.Join(r.dirs, "\x00")
	r.dirs = clean
	r.mu.Unlock()
	if !same {
		select {
		case r.changed <- struct{}{}:
		default:
		}
	}
}

// list returns the watched folders.
func (r *roots) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.dirs...)
}

// relevant reports whether a path reported by a watcher may change the
// site: it lies under a watched folder and no component of it below that
// folder is hidden or an editor's temporary file.
func (r *roots) relevant(path string) bool {
	for _, root := range r.list() {
		rel, err := filepath.Rel(root, path)
		if err != nil || !filepath.IsLocal(rel) && rel != "." {
			continue
		}
		return !skipRel(rel)
	}
	return false
}
