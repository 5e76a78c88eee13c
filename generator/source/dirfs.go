package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// errOutside is why a symlink leading out of its folder is not followed.
var errOutside = errors.New("symlink leading outside the folder")

// DirFS is os.DirFS(dir) for a folder whose files go into the site (a
// theme): it follows a symlink only when its target lies inside dir, and
// opens only regular files and folders, so that nothing outside dir is
// published and a FIFO cannot block the build. A refused name is an
// error (*fs.PathError) naming it and the reason.
func DirFS(dir string) fs.FS {
	root, err := filepath.Abs(dir)
	if err == nil {
		if real, err := filepath.EvalSymlinks(root); err == nil {
			root = real
		}
	}
	return dirFS{root: root}
}

type dirFS struct{ root string }

// resolve returns the checked path of name and what it is.
func (d dirFS) resolve(op, name string) (string, fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	real, err := filepath.EvalSymlinks(filepath.Join(d.root, filepath.FromSlash(name)))
	if err != nil {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: unwrapPath(err)}
	}
	if !within(d.root, real) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: errOutside}
	}
	info, err := os.Stat(real)
	if err != nil {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: unwrapPath(err)}
	}
	if !info.Mode().IsRegular() && !info.IsDir() {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: errNotRegular}
	}
	return real, info, nil
}

func (d dirFS) Open(name string) (fs.File, error) {
	real, info, err := d.resolve("open", name)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(real)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	// Checked again on the open file: it may have been swapped meanwhile.
	if now, err := f.Stat(); err != nil || now.Mode().Type() != info.Mode().Type() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: errNotRegular}
	}
	return f, nil
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	real, _, err := d.resolve("readdir", name)
	if err != nil {
		return nil, err
	}
	return os.ReadDir(real)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
