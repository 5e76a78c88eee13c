package output

import (
	"os"
	"path/filepath"
	"strings"
)

// The infixes of the folders a build makes next to its destination: the
// build in progress, and (where folders cannot be exchanged) the previous
// output moved aside.
const (
	tmpInfix = ".okrportal-tmp-"
	oldInfix = ".okrportal-old-"
)

// removeLeftovers removes what killed builds into dest (absolute) left
// next to it: folders named like our temporary folders that carry the
// marker file, unless a running build holds the marker's lock. A folder of
// such a name without the marker is not ours and is left alone. Failures
// are ignored: the next build tries again.
func removeLeftovers(dest string) {
	parent, base := filepath.Dir(dest), filepath.Base(dest)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		rest, ok := strings.CutPrefix(name, base)
		if !ok || !e.IsDir() || !strings.HasPrefix(rest, tmpInfix) && !strings.HasPrefix(rest, oldInfix) {
			continue
		}
		dir := filepath.Join(parent, name)
		if !hasMarker(dir) || !stale(filepath.Join(dir, MarkerName)) {
			continue
		}
		_ = os.RemoveAll(dir)
	}
}
