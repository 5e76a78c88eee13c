package main

import (
	"io/fs"
	"path/filepath"
	"runtime/debug"
)

// The Go runtime lets the heap grow to twice what is live before it
// collects. A build holds about three bytes of model per byte of source,
// so that would take a 40 MB portal (10,000 objectives) to 250 MB and
// more. A soft limit of heapPerSourceByte times the source size keeps the
// heap near what the portal needs at no measurable cost in speed, and
// still leaves the collector room on any size of portal.
const (
	heapPerSourceByte = 5
	minMemoryLimit    = 96 << 20
)

// prepareMemory sets the runtime's soft memory limit for loading the
// portal in source, unless the user set one with GOMEMLIMIT, and asks for
// huge pages for a heap of that size (preferHugePages).
func prepareMemory(e env, source string) {
	limit := debug.SetMemoryLimit(-1)
	if e.getenv("GOMEMLIMIT") == "" {
		limit = max(minMemoryLimit, heapPerSourceByte*sourceBytes(source))
		debug.SetMemoryLimit(limit)
	}
	if limit <= 1<<40 { // math.MaxInt64 when unset: no size to go by
		preferHugePages(int(limit))
	}
}

// sourceBytes is the size of the files under dir, 0 when it cannot be
// read (loading reports that).
func sourceBytes(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // skip what cannot be read
		}
		if d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
