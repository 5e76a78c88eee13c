package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/yamlfast"
)

// Section is the part of the source folder a file belongs to.
type Section string

// The sections of a source folder (SPEC §1).
const (
	SectionPortal     Section = "portal"
	SectionStrategy   Section = "strategy"
	SectionPriorities Section = "priorities"
	SectionTeams      Section = "teams"
	SectionPeople     Section = "people"
	SectionOKRs       Section = "okrs"
)

// PortalFile is the settings file every source folder must have.
const PortalFile = "portal.yaml"

// Folder is what Read found in a source folder.
type Folder struct {
	Root      string      // absolute path of the source folder
	Documents []*Document // sorted by Path
	StaticDir string      // absolute path of static/, or "" when absent
}

// Read lists and parses every source file under root, in parallel. Problems
// with single files are added to list; the returned error is for a source
// folder that cannot be read at all. cache may be nil.
func Read(ctx context.Context, root string, cache *Cache, list *diag.List) (*Folder, error) {
	return ReadWith(ctx, root, list, ReadOptions{Cache: cache})
}

// Decoder turns a parsed document's front matter into a value of its own
// (package resolve decodes into typed structs), reporting problems to list.
type Decoder func(doc *Document, list *diag.List) any

// ReadOptions are what ReadWith may do besides Read.
type ReadOptions struct {
	Cache *Cache // may be nil
	// Decode, when not nil, is applied to every document right after it
	// is parsed, in the same worker: its result is kept in
	// Document.Decoded and the front matter node tree is dropped. A large
	// portal thus never holds every file's node tree at once. Cached
	// documents keep their decoded value and replay its diagnostics. The
	// nodes' text shares the buffer the file was read into, which the
	// next file reuses: Decode must copy what it keeps.
	Decode Decoder
	// NewDecode, when not nil, is called once by each goroutine that
	// reads files, for a Decoder of its own that it uses instead of
	// Decode: one that may keep memory from file to file.
	NewDecode func() Decoder
	// Listed, when not nil, is called with the paths of the files to read
	// once the folder is listed, before any is read: what the caller
	// needs to know of the portal's size.
	Listed func(paths []string)
}

// ReadWith is Read with options.
//
// The root is resolved once (it may be a symlink, or "." inside one);
// symlinks inside it are followed when they stay inside it, and only
// regular files are read. Every entry left out is reported as a warning
// with its path and why (rule "skipped"); a portal of which no file could
// be read while entries were left out is an error, never an empty site.
func ReadWith(ctx context.Context, root string, list *diag.List, opts ReadOptions) (*Folder, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if abs, err = filepath.EvalSymlinks(abs); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("there is no source folder %s; run okrportal in your portal's folder (the one with %s), point -s at it, or create one with `okrportal init %s`", root, PortalFile, root)
	} else if err != nil {
		return nil, fmt.Errorf("cannot read the source folder %s: %s", root, describe(err))
	}
	info, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("cannot read the source folder %s: %s", root, describe(err))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("the source %s is a file, not a folder", root)
	}
	if _, err := os.Lstat(filepath.Join(abs, PortalFile)); err != nil {
		return nil, fmt.Errorf("%s has no %s, so it is not a portal source folder (create one with `okrportal init %s`, or point -s at the right folder)", root, PortalFile, root)
	}
	files, skipped, err := list1(abs)
	if err != nil {
		return nil, fmt.Errorf("cannot read the source folder %s: %s", root, describe(err))
	}
	folder := &Folder{Root: abs}
	if static, reason := staticDir(abs); reason != "" {
		skipped = append(skipped, Skipped{Path: "static", Reason: reason})
	} else if static != "" {
		folder.StaticDir = static
		skipped = append(skipped, staticSkips(static)...)
	}
	if err := checkPortalFile(files, skipped); err != nil {
		return nil, err
	}
	report(files, skipped, list)
	if opts.Listed != nil {
		paths := make([]string, len(files))
		for i, f := range files {
			paths[i] = f.path
		}
		opts.Listed(paths)
	}
	folder.Documents, err = parseAll(ctx, abs, files, opts.Cache, list, opts.decoder)
	return folder, err
}

// decoder returns the Decoder of a goroutine that reads files, or nil.
func (opts ReadOptions) decoder() Decoder {
	if opts.NewDecode != nil {
		return opts.NewDecode()
	}
	return opts.Decode
}

// staticDir returns the static folder of root, fully resolved ("" when
// there is none), or why it is refused.
func staticDir(root string) (string, string) {
	p := filepath.Join(root, "static")
	info, err := os.Lstat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", ""
	case err != nil:
		return "", "cannot read it: " + describe(err)
	case info.Mode()&fs.ModeSymlink != 0:
		target, reason := Inside(root, p)
		if reason != "" {
			return "", reason
		}
		if info, err = os.Stat(target); err != nil || !info.IsDir() {
			return "", "symlink to something that is not a folder"
		}
		return target, ""
	case !info.IsDir():
		return "", "not a folder"
	}
	return p, ""
}

// checkPortalFile refuses a portal.yaml that was left out: a folder, a
// FIFO or a symlink leading outside would otherwise mean the defaults.
func checkPortalFile(files []file, skipped []Skipped) error {
	for _, s := range skipped {
		if s.Path == PortalFile {
			return fmt.Errorf("%s cannot be read: %s; it must be a regular file", PortalFile, s.Reason)
		}
	}
	if !hasFile(files, PortalFile) {
		return fmt.Errorf("%s cannot be read; it must be a regular file", PortalFile)
	}
	return nil
}

func hasFile(files []file, rel string) bool {
	for _, f := range files {
		if f.rel == rel {
			return true
		}
	}
	return false
}

// report adds a warning per skipped entry, and an error when entries were
// skipped and no content file is left.
func report(files []file, skipped []Skipped, list *diag.List) {
	for _, s := range skipped {
		name := s.Path
		if !SafeName(name) {
			name = strconv.Quote(name)
		}
		list.Add(diag.Diagnostic{File: name, Severity: diag.Warning, Rule: "skipped",
			Message: fmt.Sprintf("%s is not read: %s", strconv.Quote(s.Path), s.Reason)})
	}
	content := 0
	for _, f := range files {
		if f.section != SectionPortal && f.section != SectionStrategy {
			content++
		}
	}
	if content == 0 && len(skipped) > 0 {
		list.Errorf("", 0, "empty-portal", "no team, person, priority or objective file could be read, "+
			"but %d %s left out (see the warnings): the portal would be empty", len(skipped), plural(len(skipped), "entry was", "entries were"))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

type file struct {
	rel     string
	section Section
	path    string // what to read: the file, or the target of its symlink
}

// Classify says which section a slash-separated path relative to the
// source folder belongs to, and whether it is a source file at all.
func Classify(rel string) (Section, bool) {
	if rel == PortalFile {
		return SectionPortal, true
	}
	if rel == "strategy.md" {
		return SectionStrategy, true
	}
	dir, _, found := strings.Cut(rel, "/")
	if !found || !strings.HasSuffix(rel, ".md") {
		return "", false
	}
	for _, part := range strings.Split(rel, "/") {
		if Ignored(part) {
			return "", false
		}
	}
	switch s := Section(dir); s {
	case SectionPriorities, SectionTeams, SectionPeople, SectionOKRs:
		return s, true
	}
	return "", false
}

// Ignored reports whether a file or folder name is hidden, an editor's
// temporary file or a backup: such files are never read.
func Ignored(name string) bool {
	switch {
	case name == "":
		return false
	case strings.HasPrefix(name, "."), strings.HasPrefix(name, "_"), strings.HasPrefix(name, "#"):
		return true
	case strings.HasSuffix(name, "~"), strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"),
		strings.HasSuffix(name, ".tmp"), strings.HasSuffix(name, ".bak"), strings.HasSuffix(name, ".orig"):
		return true
	case name == "4913":
		return true
	}
	return false
}

// parseAll reads and parses files on every core, each goroutine with the
// Decoder that newDecode returns. The goroutines take the next file from
// a counter: a channel fed by another goroutine would have it compete
// with them for the cores, a handoff per file.
func parseAll(ctx context.Context, root string, files []file, cache *Cache, list *diag.List, newDecode func() Decoder) ([]*Document, error) {
	docs := make([]*Document, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Reused, and sharing the read buffer: decode is done with a
			// file's nodes before the next, and keeps copies of their text.
			yp := yamlfast.Parser{Borrow: true}
			var buf []byte // reused: a document keeps copies of what it needs
			decode := newDecode()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				docs[i] = readOne(root, files[i], cache, list, decode, &yp, &buf)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := docs[:0]
	for _, d := range docs {
		if d != nil {
			out = append(out, d)
		}
	}
	return out, nil
}

func readOne(root string, f file, cache *Cache, list *diag.List, decode Decoder, yp *yamlfast.Parser, buf *[]byte) *Document {
	path := f.path
	var info fs.FileInfo
	if cache != nil { // the stat keys the cache; without one it is wasted
		var err error
		if info, err = os.Stat(path); err != nil {
			list.Errorf(f.rel, 0, "read", "cannot read the file: %v", errors.Unwrap(err))
			return nil
		}
		if e, ok := cache.get(f.rel, info); ok {
			for _, d := range e.diags {
				list.Add(d)
			}
			return e.doc
		}
	}
	data, err := readFile(path, (*buf)[:0])
	*buf = data
	if err != nil {
		list.Errorf(f.rel, 0, "read", "cannot read the file: %v", errors.Unwrap(err))
		return nil
	}
	if decode == nil {
		yp = nil // the document keeps its nodes
	}
	doc, ds := parse(f.rel, f.section, data, yp)
	if doc != nil && decode != nil {
		local := &diag.List{}
		doc.FrontLine = doc.Line()
		doc.Decoded, doc.Front = decode(doc, local), nil
		ds = append(ds, local.Sorted()...)
	}
	for _, d := range ds {
		list.Add(d)
	}
	cache.put(f.rel, info, doc, ds)
	return doc
}
