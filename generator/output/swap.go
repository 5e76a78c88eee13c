package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// mark writes the marker file into the temporary folder and keeps it open
// and locked while the build runs: a leftover of a killed build carries the
// marker, and an unlocked marker tells the next build that it is a
// leftover (removeLeftovers).
func (w *Writer) mark(perm fs.FileMode) error {
	if err := os.Chmod(w.tmp, perm); err != nil {
		return err
	}
	// Locked under another name first: a marker is never seen unlocked
	// while its build runs.
	pending := filepath.Join(w.tmp, MarkerName+"-new")
	f, err := os.OpenFile(pending, os.O_RDWR|os.O_CREATE|os.O_EXCL, filePerm)
	if err != nil {
		return err
	}
	w.lock = f
	// Best effort: where the filesystem has no locks (some network
	// drives), no leftover is ever taken for stale, so none is removed.
	_ = lockFile(f)
	if _, err := f.WriteString(markerText); err != nil {
		return err
	}
	return os.Rename(pending, filepath.Join(w.tmp, MarkerName))
}

// unlock releases the marker's lock.
func (w *Writer) unlock() {
	if w.lock != nil {
		_ = w.lock.Close()
		w.lock = nil
	}
}

// Commit swaps the build in place of the destination. On Linux the two
// folders are exchanged in one step (renameat2 with RENAME_EXCHANGE), so
// that a crash at any moment leaves a complete destination; the previous
// output, now at the temporary name, is then removed. Elsewhere, and on
// filesystems without the exchange, the old destination is renamed aside
// and the temporary folder renamed to the destination. If the destination
// changed since Begin into a non-empty folder without the marker, Commit
// refuses as Begin would. If a rename fails the old output is put back.
// An error removing the old output after the swap is returned, but the
// destination then already holds the new build.
func (w *Writer) Commit() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.state != open {
		return ErrClosed
	}
	defer w.unlock()
	info, err := os.Lstat(w.dest)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Rename(w.tmp, w.dest); err != nil {
			return fmt.Errorf("moving the new build into %q: %w", w.display, err)
		}
		w.state = committed
		w.swapped()
		return nil
	case err != nil:
		return fmt.Errorf("destination %q: %w", w.display, err)
	}
	if err := checkReplaceable(w.display, w.dest, info, w.force); err != nil {
		return err
	}
	supported, err := exchange(w.tmp, w.dest)
	if !supported {
		return w.renameTwice()
	}
	if err != nil {
		return fmt.Errorf("moving the new build into %q (is it a mount point?): %w", w.display, err)
	}
	w.state = committed
	w.swapped()
	// w.tmp now holds the previous output.
	if err := os.RemoveAll(w.tmp); err != nil {
		return fmt.Errorf("%q holds the new build, but removing the previous one (%s) failed: %w",
			w.display, w.tmp, err)
	}
	return nil
}

// renameTwice is Commit where folders cannot be exchanged.
func (w *Writer) renameTwice() error {
	old, err := w.moveAside()
	if err != nil {
		return err
	}
	w.swapped()
	if err := os.Rename(w.tmp, w.dest); err != nil {
		if rerr := os.Rename(old, w.dest); rerr != nil {
			return fmt.Errorf("moving the new build into %q: %w; the previous output is in %s",
				w.display, err, old)
		}
		return fmt.Errorf("moving the new build into %q: %w", w.display, err)
	}
	w.state = committed
	w.swapped()
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("%q holds the new build, but removing the previous one (%s) failed: %w",
			w.display, old, err)
	}
	return nil
}

func (w *Writer) swapped() {
	if w.onSwap != nil {
		w.onSwap()
	}
}

// moveAside renames the existing destination to a fresh sibling name and
// returns that name.
func (w *Writer) moveAside() (string, error) {
	old, err := os.MkdirTemp(filepath.Dir(w.dest), filepath.Base(w.dest)+oldInfix+"*")
	if err == nil {
		err = os.Remove(old)
	}
	if err == nil {
		err = os.Rename(w.dest, old)
	}
	if err != nil {
		return "", fmt.Errorf("moving the previous output %q aside (is it a mount point?): %w", w.display, err)
	}
	return old, nil
}
