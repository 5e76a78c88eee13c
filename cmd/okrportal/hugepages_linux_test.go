package main

import (
	"slices"
	"testing"
	"unsafe"
)

func TestChunkRunsMergeAdjacentChunks(t *testing.T) {
	block := make([]byte, 64)
	chunks := [][]byte{block[32:48], block[0:16], block[16:32], block[56:64]}
	runs := chunkRuns(chunks)
	base := uintptr(unsafe.Pointer(&block[0]))
	want := [][2]uintptr{{base, base + 48}, {base + 56, base + 64}}
	if !slices.Equal(runs, want) {
		t.Errorf("chunkRuns = %v, want %v", runs, want)
	}
}
