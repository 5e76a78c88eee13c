package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ReadData reads a data file that content names by a path relative to the
// source folder root (a key result's `series:`), under the symlink
// policy: the path must stay inside the folder, a symlink is followed only
// when its target lies inside it too, and only a regular file is read.
// Its errors say why, without the absolute path.
func ReadData(root, rel string) ([]byte, error) {
	if rel == "" || !SafeName(rel) {
		return nil, errors.New("the path is empty or has control characters")
	}
	local := filepath.FromSlash(rel)
	if !filepath.IsLocal(local) || strings.Contains(rel, "\\") {
		return nil, errors.New("the path must be relative to the source folder and stay inside it (no leading /, no ..)")
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, fmt.Errorf("cannot read the source folder: %s", describe(err))
	}
	path := filepath.Join(realRoot, local)
	if _, err := os.Lstat(path); err != nil {
		return nil, errors.New(describe(err))
	}
	target, reason := Inside(realRoot, path)
	if reason != "" {
		return nil, errors.New(reason)
	}
	data, err := readFile(target, nil)
	if errors.Is(err, errNotRegular) {
		return nil, errors.New("not a regular file")
	}
	if err != nil {
		return nil, errors.New(describe(err))
	}
	return data, nil
}
