package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// SkippedFile is an entry of a copied folder that CopyDir left out.
type SkippedFile struct {
	Path   string // path of the entry in the source folder
	Reason string // why, e.g. "symlink leading outside the folder"
}

// CopyDir copies the folder srcDir (the portal's static/) into the output
// under prefix, a relative output path ("" for the root). A missing srcDir
// copies nothing and is not an error. Folders, empty ones too, and regular
// files are copied; a symlink to a regular file inside srcDir is copied as
// that file. Symlinks leading outside srcDir, symlinks to folders, dangling
// symlinks and special files (devices, pipes, sockets) are left out and
// listed by Skipped. A file whose output path already exists is an error
// wrapping fs.ErrExist; a file name Write would reject is an error wrapping
// ErrInvalidPath. Safe for concurrent use with Write.
func (w *Writer) CopyDir(srcDir, prefix string) error {
	if prefix != "" {
		if err := checkRel(prefix); err != nil {
			return err
		}
	}
	root, err := filepath.Abs(srcDir)
	if err == nil {
		// Fully resolved, so that symlink targets compare with it.
		root, err = filepath.EvalSymlinks(root)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("copying %s: %w", srcDir, err)
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("copying %s: %w", srcDir, err)
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		out := path.Join(prefix, filepath.ToSlash(rel))
		if p == root && !d.IsDir() {
			return fmt.Errorf("copying %s: not a folder", srcDir)
		}
		if strings.IndexFunc(d.Name(), unicode.IsControl) >= 0 {
			w.skip(filepath.Join(srcDir, rel), "its name has control characters")
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		return w.copyEntry(root, p, filepath.Join(srcDir, rel), out, d)
	})
}

// copyEntry copies one entry p of the walk of root to the output path out;
// display is p as the caller would name it.
func (w *Writer) copyEntry(root, p, display, out string, d fs.DirEntry) error {
	switch mode := d.Type(); {
	case mode.IsDir():
		return w.copyFolder(out)
	case mode.IsRegular():
		return w.copyFile(p, display, out)
	case mode&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(p)
		if err != nil {
			w.skip(display, "dangling symlink")
			return nil
		}
		if !within(root, target) {
			w.skip(display, "symlink leading outside the folder")
			return nil
		}
		info, err := os.Stat(target)
		if err != nil || !info.Mode().IsRegular() {
			w.skip(display, "symlink to a folder or special file")
			return nil
		}
		return w.copyFile(target, display, out)
	default:
		w.skip(display, "not a regular file")
		return nil
	}
}

// copyFolder creates the output folder out ("" or "." for the root).
func (w *Writer) copyFolder(out string) error {
	if out == "" || out == "." {
		return nil
	}
	if err := checkRel(out); err != nil {
		return err
	}
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.state != open {
		return ErrClosed
	}
	return w.ensureDir(out)
}

// copyFile copies the regular file src (named display in messages) to the
// output path out.
func (w *Writer) copyFile(src, display, out string) error {
	if err := checkRel(out); err != nil {
		return fmt.Errorf("copying %s: %w", display, err)
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("copying %s: %w", display, err)
	}
	defer in.Close()
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.state != open {
		return ErrClosed
	}
	f, err := w.create(out)
	if err != nil {
		return fmt.Errorf("copying %s: %w", display, err)
	}
	_, err = io.Copy(f, in)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("copying %s: %w", display, err)
	}
	w.files.Add(1)
	return nil
}

func (w *Writer) skip(p, reason string) {
	w.skipMu.Lock()
	defer w.skipMu.Unlock()
	w.skipped = append(w.skipped, SkippedFile{Path: p, Reason: reason})
}

// Skipped lists the entries CopyDir left out, sorted by path.
func (w *Writer) Skipped() []SkippedFile {
	w.skipMu.Lock()
	defer w.skipMu.Unlock()
	list := append([]SkippedFile(nil), w.skipped...)
	sort.Slice(list, func(i, j int) bool { return list[i].Path < list[j].Path })
	return list
}
