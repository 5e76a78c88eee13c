package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/fsnotify/fsnotify"
	"github.com/okrportal/okrportal/generator/source"
)

// watcher reports changed paths under the folders of a roots set until
// its context is done. run returns nil when the context ends and an error
// when the watcher cannot go on (the caller then falls back to polling).
// sync catches up with a change of the roots before run starts; run
// follows later changes by itself.
type watcher interface {
	sync() error
	run(ctx context.Context) error
}

// fsWatcher watches every folder under the roots with fsnotify, adding
// folders as they are created. fsnotify does not watch recursively on
// Linux, so it keeps one watch per folder.
type fsWatcher struct {
	w       *fsnotify.Watcher
	roots   *roots
	out     func(path string)
	watched map[string]bool // folders with a watch; used by run only
	// parents are the folders holding a root, watched (not recursively)
	// so that a root deleted and created again, or renamed away and
	// back, is seen and watched again.
	parents map[string]bool
}

// newFSWatcher starts watching every folder under roots. It fails when
// fsnotify cannot start or cannot watch all folders (for example when the
// system limit on watches is reached).
func newFSWatcher(r *roots, out func(string)) (*fsWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	f := &fsWatcher{w: w, roots: r, out: out, watched: map[string]bool{}, parents: map[string]bool{}}
	if err := f.sync(); err != nil {
		w.Close()
		return nil, err
	}
	return f, nil
}

func (f *fsWatcher) run(ctx context.Context) error {
	defer f.w.Close()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-f.roots.changed:
			if err := f.sync(); err != nil {
				return err
			}
		case ev, ok := <-f.w.Events:
			if !ok {
				return errors.New("fsnotify stopped")
			}
			if err := f.handle(ev); err != nil {
				return err
			}
		case err, ok := <-f.w.Errors:
			if !ok {
				return errors.New("fsnotify stopped")
			}
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				return err
			}
			// Events were lost: watch any folder that appeared
			// meanwhile and rebuild everything.
			if err := f.sync(); err != nil {
				return err
			}
			for _, root := range f.roots.list() {
				f.out(root)
			}
		}
	}
}

// handle reports one event and keeps the watches in step with the folders.
func (f *fsWatcher) handle(ev fsnotify.Event) error {
	if ev.Op == fsnotify.Chmod || !f.roots.relevant(ev.Name) {
		return nil
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		f.forget(ev.Name)
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			if err := f.addTree(ev.Name); err != nil {
				return err
			}
		}
	}
	f.out(ev.Name)
	return nil
}

// sync watches every folder under the current roots and drops the watches
// of folders no longer under one.
func (f *fsWatcher) sync() error {
	dirs := f.roots.list()
	for dir := range f.watched {
		if !under(dir, dirs) {
			f.unwatch(dir)
		}
	}
	for _, root := range dirs {
		if err := f.addTree(root); err != nil {
			return err
		}
	}
	f.watchParents(dirs)
	return nil
}

// watchParents watches the folder holding each root and drops the watches
// of folders that no longer hold one. A parent that cannot be watched
// (the filesystem root, say, or no permission) is left out: a root
// recreated there is then found only by polling.
func (f *fsWatcher) watchParents(roots []string) {
	want := map[string]bool{}
	for _, root := range roots {
		if parent := filepath.Dir(root); parent != root {
			want[parent] = true
		}
	}
	for p := range f.parents {
		if !want[p] {
			if !f.watched[p] {
				_ = f.w.Remove(p)
			}
			delete(f.parents, p)
		}
	}
	for p := range want {
		if !f.parents[p] && f.w.Add(p) == nil {
			f.parents[p] = true
		}
	}
}

// addTree watches dir and every folder below it that is not skipped.
func (f *fsWatcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir || errors.Is(err, fs.ErrNotExist) {
				return nil // gone already, or a root that does not exist yet
			}
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != dir && (skipName(d.Name()) || isOutput(path)) {
			return filepath.SkipDir
		}
		if f.watched[path] {
			return nil
		}
		if err := f.w.Add(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
				return nil
			}
			return watchError(path, err)
		}
		f.watched[path] = true
		return nil
	})
}

// isOutput reports whether dir is a site okrportal built (it holds the
// output marker), as public/ is inside a portal folder that is its own
// source: thousands of folders no build reads, so none is watched.
func isOutput(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, source.OutputMarker))
	return err == nil
}

// forget drops the watches of path and the folders below it (it was
// removed or renamed; a renamed folder is watched again under its new
// name when its Create event arrives).
func (f *fsWatcher) forget(path string) {
	prefix := path + string(filepath.Separator)
	for dir := range f.watched {
		if dir == path || strings.HasPrefix(dir, prefix) {
			f.unwatch(dir)
		}
	}
}

func (f *fsWatcher) unwatch(dir string) {
	_ = f.w.Remove(dir) // fails when the kernel dropped it already
	delete(f.watched, dir)
}

// under reports whether path is one of dirs or inside one of them.
func under(path string, dirs []string) bool {
	for _, d := range dirs {
		if rel, err := filepath.Rel(d, path); err == nil && (rel == "." || filepath.IsLocal(rel)) {
			return true
		}
	}
	return false
}

// watchError explains a failure to add a watch, naming the Linux limit
// when that is the cause.
func watchError(path string, err error) error {
	if errors.Is(err, syscall.ENOSPC) {
		return fmt.Errorf("cannot watch %s: the system limit on watched folders is reached (fs.inotify.max_user_watches)", path)
	}
	if errors.Is(err, syscall.EMFILE) {
		return fmt.Errorf("cannot watch %s: too many open watchers (fs.inotify.max_user_instances)", path)
	}
	return fmt.Errorf("cannot watch %s: %w", path, err)
}
