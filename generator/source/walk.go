package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// OutputMarker is the file that marks a folder written by `okrportal
// build` (output.MarkerName). A folder holding it is an output, never
// source: a destination inside okrs/ must not be read back in.
const OutputMarker = ".okrportal"

// maxDepth bounds the folders below the source root that are listed,
// so that a chain of symlinks cannot make the walk endless.
const maxDepth = 64

// Skipped is an entry of the source folder that is not read, and why.
type Skipped struct {
	Path   string // slash-separated, relative to the source folder
	Reason string
}

// Symlink policy: a symlink is followed when its target, fully resolved,
// lies inside the source folder (for static/, inside static/); every
// other symlink is refused and reported. Only regular files are read:
// folders, FIFOs, devices and sockets at a file's place are reported.

// walker lists the source files under a fully resolved root. Folders are
// listed in parallel, up to one per core besides the caller's: listing
// is system calls, a tenth of a load's time when done one folder after
// another.
type walker struct {
	root  string
	slots chan struct{} // a goroutine listing a folder holds one
	wg    sync.WaitGroup

	mu      sync.Mutex // guards files and skipped
	files   []file
	skipped []Skipped
}

// list walks the source folder root (fully resolved) and returns the
// files to parse, sorted, and the entries it left out.
func list1(root string) ([]file, []Skipped, error) {
	w := &walker{root: root, slots: make(chan struct{}, runtime.GOMAXPROCS(0))}
	entries, err := readDir(root)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if Ignored(name) || name == "static" {
			continue
		}
		if !SafeName(name) {
			w.skip(name, "its name has control characters")
			continue
		}
		path, mode, ok := w.resolve(filepath.Join(root, name), name, e.Type())
		if !ok {
			continue
		}
		switch {
		case name == PortalFile || name == "strategy.md":
			if mode.IsRegular() {
				section, _ := Classify(name)
				w.add([]file{{rel: name, section: section, path: path}})
			} else {
				w.skip(name, "not a regular file")
			}
		case mode.IsDir():
			if _, section := sectionOf(name); section {
				w.listDir(path, name, []string{root})
			}
		}
	}
	w.wg.Wait()
	slices.SortFunc(w.files, func(a, b file) int { return strings.Compare(a.rel, b.rel) })
	sort.Slice(w.skipped, func(i, j int) bool { return w.skipped[i].Path < w.skipped[j].Path })
	return w.files, w.skipped, nil
}

func sectionOf(name string) (Section, bool) {
	switch s := Section(name); s {
	case SectionPriorities, SectionTeams, SectionPeople, SectionOKRs:
		return s, true
	}
	return "", false
}

// listDir lists the folder real (as dir does) in a goroutine of its own
// when a slot is free, else before it returns.
func (w *walker) listDir(real, rel string, stack []string) {
	select {
	case w.slots <- struct{}{}:
		w.wg.Add(1)
		go func() {
			defer func() { <-w.slots; w.wg.Done() }()
			w.dir(real, rel, stack)
		}()
	default:
		w.dir(real, rel, stack)
	}
}

// dir lists the folder real (fully resolved), named rel; stack holds the
// resolved folders above it, to refuse symlink loops. Its subfolders are
// listed with listDir.
func (w *walker) dir(real, rel string, stack []string) {
	if len(stack) > maxDepth {
		w.skip(rel, "folders nested too deep")
		return
	}
	entries, err := readDir(real)
	if err != nil {
		w.skip(rel, "cannot read the folder: "+describe(err))
		return
	}
	if isOutput(entries) {
		return // a build's output, or a build's leftover
	}
	stack = append(stack[:len(stack):len(stack)], real) // a copy: subfolders may be listed in parallel
	files := make([]file, 0, len(entries))
	defer func() { w.add(files) }()
	for _, e := range entries {
		name := e.Name()
		childRel := rel + "/" + name
		if Ignored(name) {
			continue
		}
		if !SafeName(name) {
			w.skip(childRel, "its name has control characters")
			continue
		}
		path, mode, ok := w.resolve(join(real, name), childRel, e.Type())
		if !ok {
			continue
		}
		switch {
		case mode.IsDir():
			if slicesContains(stack, path) {
				w.skip(childRel, "symlink loop")
				continue
			}
			w.listDir(path, childRel, stack)
		case !mode.IsRegular():
			w.skip(childRel, "not a regular file (a FIFO, device or socket)")
		case strings.HasSuffix(name, ".md"):
			if section, ok := Classify(childRel); ok {
				files = append(files, file{rel: childRel, section: section, path: path})
			}
		default:
			w.skip(childRel, "not a Markdown file (only .md files are read)")
		}
	}
}

// readDir is os.ReadDir without sorting the entries: the walk sorts
// what it found once, at the end.
func readDir(name string) ([]os.DirEntry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// join is filepath.Join(dir, name) for a clean dir and the name of one of
// its entries, without cleaning the result again (a load joins a path per
// source file).
func join(dir, name string) string {
	if os.IsPathSeparator(dir[len(dir)-1]) { // the root
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

// resolve returns the path to read for the entry p (named rel, of the
// type typ its folder listing gives): p itself, or the target of a
// symlink inside the source folder, with the type of what it is. Only a
// symlink costs system calls: the listing has every other entry's type.
// A refused entry is reported and ok is false.
func (w *walker) resolve(p, rel string, typ fs.FileMode) (string, fs.FileMode, bool) {
	if typ&fs.ModeSymlink == 0 {
		return p, typ, true
	}
	target, reason := Inside(w.root, p)
	if reason != "" {
		w.skip(rel, reason)
		return "", 0, false
	}
	info, err := os.Stat(target)
	if err != nil {
		w.skip(rel, "symlink that cannot be followed: "+describe(err))
		return "", 0, false
	}
	return target, info.Mode(), true
}

// Inside resolves the symlink p and returns its target when that lies in
// root (fully resolved), else a reason to refuse it.
func Inside(root, p string) (target, reason string) {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", "dangling symlink"
		}
		return "", "symlink that cannot be followed: " + describe(err)
	}
	if !within(root, target) {
		return "", fmt.Sprintf("symlink leading outside the folder (to %s)", strconv.Quote(target))
	}
	return target, ""
}

func (w *walker) skip(rel, reason string) {
	w.mu.Lock()
	w.skipped = append(w.skipped, Skipped{Path: rel, Reason: reason})
	w.mu.Unlock()
}

// add adds the files of a folder to the list.
func (w *walker) add(files []file) {
	w.mu.Lock()
	w.files = append(w.files, files...)
	w.mu.Unlock()
}

// isOutput reports whether a folder's entries hold the output marker.
func isOutput(entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.Name() == OutputMarker {
			return e.Type().IsRegular()
		}
	}
	return false
}

// within reports whether path is dir or inside it; both absolute, clean.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// SafeName reports whether a file name can be shown in a diagnostic line
// as it is: no control characters (a newline would start a forged line).
func SafeName(name string) bool {
	return strings.IndexFunc(name, unicode.IsControl) < 0
}

// describe is an error's cause without the path it repeats.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// staticSkips lists the entries of the static folder (fully resolved)
// that `okrportal build` does not copy (output.CopyDir has the same
// policy): symlinks leading outside it, to folders or dangling, and
// special files. Names are prefixed with "static/".
func staticSkips(static string) []Skipped {
	var out []Skipped
	_ = filepath.WalkDir(static, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(static, p)
		rel = "static/" + filepath.ToSlash(rel)
		if err != nil {
			out = append(out, Skipped{rel, "cannot read it: " + describe(err)})
			return nil
		}
		if !SafeName(d.Name()) {
			out = append(out, Skipped{rel, "its name has control characters"})
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch mode := d.Type(); {
		case mode.IsDir(), mode.IsRegular():
		case mode&fs.ModeSymlink != 0:
			target, reason := Inside(static, p)
			if reason != "" {
				out = append(out, Skipped{rel, reason})
			} else if info, err := os.Stat(target); err != nil || !info.Mode().IsRegular() {
				out = append(out, Skipped{rel, "symlink to a folder or special file"})
			}
		default:
			out = append(out, Skipped{rel, "not a regular file (a FIFO, device or socket)"})
		}
		return nil
	})
	return out
}

// errNotRegular is why a file that is not a regular file is not read.
var errNotRegular = errors.New("not a regular file")
