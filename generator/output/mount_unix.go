//go:build unix

package output

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// checkMountPoint refuses a destination (abs: canonical) that is a mount
// point: a build replaces the whole folder, and a mount point cannot be
// renamed. Said before the build rather than after the render.
func checkMountPoint(display, abs string) error {
	info, err := os.Lstat(abs)
	if err != nil || !info.IsDir() {
		return nil
	}
	parent, err := os.Stat(filepath.Dir(abs))
	if err != nil {
		return nil
	}
	a, ok1 := info.Sys().(*syscall.Stat_t)
	b, ok2 := parent.Sys().(*syscall.Stat_t)
	if ok1 && ok2 && a.Dev != b.Dev {
		return fmt.Errorf("destination %q is a mount point, which a build cannot replace "+
			"(it swaps in a whole new folder); build into a folder inside it, such as %s",
			display, filepath.Join(display, "site"))
	}
	return nil
}
