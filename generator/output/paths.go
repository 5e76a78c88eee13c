package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// checkRel reports whether rel is a path Write accepts: relative,
// slash-separated, no empty, "." or ".." segments, no backslash or NUL, not
// a name Windows reserves (filepath.IsLocal) and not the marker file.
func checkRel(rel string) error {
	reason := relProblem(rel)
	if reason == "" {
		return nil
	}
	return fmt.Errorf("%w %q: %s", ErrInvalidPath, rel, reason)
}

func relProblem(rel string) string {
	switch {
	case rel == "":
		return "empty"
	case strings.ContainsRune(rel, 0):
		return "contains a NUL byte"
	case strings.ContainsRune(rel, '\\'):
		return `contains a backslash; use "/"`
	case strings.HasPrefix(rel, "/"):
		return "absolute; must be relative to the output folder"
	case rel == MarkerName:
		return "reserved for the marker file"
	}
	for rest := rel; ; {
		segment, after, more := strings.Cut(rest, "/")
		switch segment {
		case "":
			return "has an empty segment"
		case ".", "..":
			return fmt.Sprintf("has a %q segment", segment)
		}
		if !more {
			break
		}
		rest = after
	}
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return "not a local path on this system"
	}
	return ""
}

// CheckDestination refuses a destination that a build must not replace:
// the filesystem root, the home folder, the current folder, any folder
// containing one of these, the source folder or any folder containing it,
// and anything inside the source's static/ folder (which is copied into the
// output). Folders in keep (a theme folder, say) are protected like the
// source. Paths are compared after making them absolute and resolving
// symlinks. A destination elsewhere inside the source folder is allowed.
func CheckDestination(dest, source string, keep ...string) error {
	abs, err := canonical(dest)
	if err != nil {
		return fmt.Errorf("destination %q: %w", dest, err)
	}
	if err := checkDangerous(dest, abs); err != nil {
		return err
	}
	if err := checkMountPoint(dest, abs); err != nil {
		return err
	}
	for i, folder := range append([]string{source}, keep...) {
		dir, err := canonical(folder)
		if err != nil {
			return fmt.Errorf("folder %q: %w", folder, err)
		}
		if within(abs, dir) {
			what := "the source folder"
			if i > 0 {
				what = "folder " + fmt.Sprintf("%q", folder)
			}
			return fmt.Errorf("destination %q is or contains %s, which a build would delete; "+
				"choose a separate folder such as public/", dest, what)
		}
		if i > 0 {
			continue
		}
		static, err := canonical(filepath.Join(dir, "static"))
		if err == nil && within(static, abs) {
			return fmt.Errorf("destination %q is inside the source's static/ folder, "+
				"which is copied into the output; choose a folder outside it", dest)
		}
	}
	return nil
}

// checkDangerous refuses a destination (abs: canonical form of display)
// that is, or contains, the filesystem root, the home folder or the current
// folder. Replacing any of those would destroy far more than a site.
func checkDangerous(display, abs string) error {
	if filepath.Dir(abs) == abs {
		return fmt.Errorf("destination %q is the root of the filesystem; choose a folder such as public/", display)
	}
	places := []struct {
		name string
		find func() (string, error)
	}{
		{"your home folder", os.UserHomeDir},
		{"the current folder", os.Getwd},
	}
	for _, place := range places {
		dir, err := place.find()
		if err != nil || dir == "" {
			continue
		}
		if dir, err = canonical(dir); err == nil && within(abs, dir) {
			return fmt.Errorf("destination %q is or contains %s, which a build would delete; "+
				"choose a folder such as public/", display, place.name)
		}
	}
	return nil
}

// within reports whether path is dir or inside it. Both must be absolute
// and clean.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// canonical returns p made absolute, with symlinks resolved in the longest
// part of it that exists.
func canonical(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for dir := abs; ; {
		real, err := filepath.EvalSymlinks(dir)
		if err == nil {
			return filepath.Join(real, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}
