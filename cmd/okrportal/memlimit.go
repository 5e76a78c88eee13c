package main

import (
	"os"
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

// sourceBytes is about the size of the files under dir, 0 when it cannot
// be read (loading reports that). It lists the files, and measures up to
// sourceSample of them evenly spread: a stat per file costs a tenth of a
// second on a portal of 10,000 objectives, before anything else can start.
func sourceBytes(dir string) int64 {
	var files []string
	listFiles(dir, &files)
	if len(files) == 0 {
		return 0
	}
	step := max(1, len(files)/sourceSample)
	var sum, measured int64
	for i := 0; i < len(files); i += step {
		if info, err := os.Lstat(files[i]); err == nil {
			sum += info.Size()
			measured++
		}
	}
	if measured == 0 {
		return 0
	}
	return sum * int64(len(files)) / measured
}

// sourceSample is how many files sourceBytes measures.
const sourceSample = 64

// listFiles appends the regular files under dir to files, skipping what
// cannot be read.
func listFiles(dir string, files *[]string) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	entries, _ := f.ReadDir(-1) // unsorted: order does not matter here
	f.Close()
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		switch {
		case e.IsDir():
			listFiles(path, files)
		case e.Type().IsRegular():
			*files = append(*files, path)
		}
	}
}
