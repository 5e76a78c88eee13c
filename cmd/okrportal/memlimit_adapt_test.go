package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestNextLimit(t *testing.T) {
	tests := []struct{ live, limit, want int64 }{
		{10, 100, 100},
		{50, 100, 100},
		{51, 100, 102},
		{400, 100, 800},
	}
	for _, tt := range tests {
		if got := nextLimit(tt.live, tt.limit); got != tt.want {
			t.Errorf("nextLimit(%d, %d) = %d, want %d", tt.live, tt.limit, got, tt.want)
		}
	}
}

// A heap that outgrows the soft limit must not make the collector run
// for every few allocations: the limit follows the heap.
func TestSoftLimitFollowsTheHeap(t *testing.T) {
	old := debug.SetMemoryLimit(16 << 20)
	defer debug.SetMemoryLimit(old)
	runtime.GC()
	stop := followHeap()
	defer stop()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	keep := make([][]byte, 0, 400)
	for range cap(keep) { // 100 MB live, six times the limit
		keep = append(keep, make([]byte, 256<<10))
	}
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	if n := after.NumGC - before.NumGC; n > 60 {
		t.Errorf("%d collections while the heap grew to 100 MB; the limit did not follow the heap", n)
	}
	// The limit is raised by a finalizer after a collection: give the
	// last one its turn.
	for i := 0; i < 10 && debug.SetMemoryLimit(-1) < 64<<20; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if limit := debug.SetMemoryLimit(-1); limit < 64<<20 {
		t.Errorf("soft limit still %d MB", limit>>20)
	}
}
