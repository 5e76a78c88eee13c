package main

import (
	"math/rand/v2"
	"os"
	"runtime/debug"

	"github.com/okrportal/okrportal/generator/site"
)

// The Go runtime lets the heap grow to twice what is live before it
// collects. A build holds two to three bytes of model per byte of
// source, so that would take a 40 MB portal (10,000 objectives) to 250 MB
// and more. A soft limit of heapPerSourceByte times the source size keeps the
// heap near what the portal needs at no measurable cost in speed, and
// still leaves the collector room on any size of portal.
const (
	heapPerSourceByte = 5
	minMemoryLimit    = 96 << 20
)

// memoryHooks are the site.Options hooks with which main manages the
// process's memory around a load; the zero value does nothing.
type memoryHooks struct {
	listed func(paths []string) // site.Options.Listed
	loaded func()               // site.Options.Loaded
}

// install sets opts' hooks.
func (h memoryHooks) install(opts *site.Options) {
	opts.Listed, opts.Loaded = h.listed, h.loaded
}

// memoryFor returns the hooks that, once the source files are known, set
// the runtime's soft memory limit for loading them (unless the user set
// one with GOMEMLIMIT) and make it follow the heap. While the portal
// loads, the collector then runs only at that limit (unless the user set
// GOGC too): most of what a load allocates is the portal, which it keeps,
// so collecting as the heap doubles would mark it over and over for little
// garbage. Once loaded, the collector runs as usual again. The settings
// belong to the process: main alone installs the hooks (env.memory), so
// the tests that call run leave the test binary's settings alone.
func memoryFor(getenv func(string) string) memoryHooks {
	atLimit := false // the collector runs only at the limit
	listed := func(paths []string) {
		if getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(max(minMemoryLimit, heapPerSourceByte*sourceBytes(paths)))
			followHeap() // for the rest of the command
			if getenv("GOGC") == "" {
				debug.SetGCPercent(-1)
				atLimit = true
			}
		}
	}
	loaded := func() {
		if atLimit {
			debug.SetGCPercent(100) // GOGC's default
			atLimit = false
		}
	}
	return memoryHooks{listed: listed, loaded: loaded}
}

// sourceSample is how many files sourceBytes measures.
const sourceSample = 64

// sourceBytes is about the size of the files: it measures all of them up
// to sourceSample, else sourceSample picked at random (with a fixed seed,
// so a portal always gets the same figure), as a stat per file would cost
// a tenth of a second on a portal of 10,000 objectives. At random rather
// than evenly spread: sizes that repeat with the folder structure would
// bias every Nth file.
func sourceBytes(paths []string) int64 {
	pick := func(k int) int { return k }
	if len(paths) > sourceSample {
		r := rand.New(rand.NewPCG(1, 2))
		pick = func(int) int { return r.IntN(len(paths)) }
	}
	var sum, measured int64
	for k := range min(len(paths), sourceSample) {
		if info, err := os.Lstat(paths[pick(k)]); err == nil {
			sum += info.Size()
			measured++
		}
	}
	if measured == 0 {
		return 0
	}
	return sum * int64(len(paths)) / measured
}
