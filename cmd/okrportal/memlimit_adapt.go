package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// A soft memory limit below the heap a portal really needs makes the
// collector run again and again (a build of one objective of 100,000 key
// results collected garbage 409 times). So the limit follows the heap:
// after every collection, once the live heap passes half the limit, the
// limit is raised to twice the live heap. The collector then runs about
// as often as without a limit (GOGC=100), and the heap still stays near
// what the portal needs.

// nextLimit is the soft limit after a collection that left live bytes
// in use under limit.
func nextLimit(live, limit int64) int64 {
	if live > limit/2 {
		return 2 * live
	}
	return limit
}

// followHeap raises the soft memory limit set by memoryFor as the live
// heap grows, checking after every garbage collection, until stop is
// called.
func followHeap() (stop func()) {
	done := make(chan struct{})
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var check func(*gcSentinel)
	check = func(s *gcSentinel) {
		select {
		case <-done:
			return
		default:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			live := int64(sample[0].Value.Uint64())
			limit := debug.SetMemoryLimit(-1)
			if next := nextLimit(live, limit); next != limit {
				debug.SetMemoryLimit(next)
			}
		}
		runtime.SetFinalizer(s, check) // again after the next collection
	}
	runtime.SetFinalizer(&gcSentinel{}, check)
	return func() { close(done) }
}

// gcSentinel is an object nobody refers to: its finalizer runs after
// each collection.
type gcSentinel struct{ _ [16]byte } // not zero-sized: those are never finalized
