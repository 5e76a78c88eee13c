package main

import (
	"runtime"
	"slices"
	"syscall"
	"unsafe"
)

const (
	hugePageSize = 2 << 20 // a transparent huge page on amd64 and arm64
	hugeChunk    = 8 << 20 // the pieces preferHugePages allocates
	madvDontNeed = 4
	madvHugePage = 14
)

// preferHugePages asks Linux to back the first n bytes the heap grows
// into with 2 MB pages instead of 4 KB ones, so that a build takes a few
// thousand page faults instead of tens of thousands, each a costly exit
// on a virtual machine. Where transparent huge pages are off, or always
// on, it changes nothing.
//
// It allocates n bytes in chunks, marks their pages MADV_HUGEPAGE, and
// frees them: the runtime reuses those addresses for the heap. Chunks,
// not one block: the runtime zeroes an allocation that starts below
// memory it used before, which would touch every page of it as a small
// page; at most a chunk is zeroed, and MADV_DONTNEED drops those pages
// again (they read as zeros, as the runtime expects, and come back huge).
func preferHugePages(n int) {
	chunks := make([][]byte, 0, n/hugeChunk+1)
	for size := 0; size < n; size += hugeChunk {
		chunks = append(chunks, make([]byte, hugeChunk))
	}
	for _, r := range chunkRuns(chunks) {
		start := (r[0] + hugePageSize - 1) &^ (hugePageSize - 1)
		end := r[1] &^ (hugePageSize - 1)
		if end <= start {
			continue
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugePage); errno != 0 {
			break // not supported: nothing to gain
		}
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvDontNeed)
	}
	runtime.KeepAlive(chunks)
	chunks = nil
	runtime.GC()
}

// chunkRuns returns the address ranges [start, end) that chunks cover,
// adjacent chunks merged, so that a huge page may span two of them. Every
// byte of a range belongs to a chunk.
func chunkRuns(chunks [][]byte) [][2]uintptr {
	runs := make([][2]uintptr, 0, len(chunks))
	for _, c := range chunks {
		start := uintptr(unsafe.Pointer(unsafe.SliceData(c)))
		runs = append(runs, [2]uintptr{start, start + uintptr(len(c))})
	}
	slices.SortFunc(runs, func(a, b [2]uintptr) int {
		switch {
		case a[0] < b[0]:
			return -1
		case a[0] > b[0]:
			return 1
		}
		return 0
	})
	merged := runs[:0]
	for _, r := range runs {
		if n := len(merged); n > 0 && merged[n-1][1] == r[0] {
			merged[n-1][1] = r[1]
			continue
		}
		merged = append(merged, r)
	}
	return merged
}
