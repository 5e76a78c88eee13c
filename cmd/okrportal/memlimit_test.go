package main

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// writeFiles makes files of the given sizes under dir and returns their
// paths.
func writeFiles(t *testing.T, dir string, sizes []int) []string {
	t.Helper()
	var paths []string
	for i, size := range sizes {
		path := filepath.Join(dir, "okrs", fmt.Sprint(i%20), fmt.Sprintf("%d.md", i))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

func TestSourceBytes(t *testing.T) {
	paths := writeFiles(t, t.TempDir(), []int{10, 300, 25})
	if got := sourceBytes(paths); got != 335 {
		t.Errorf("sourceBytes = %d, want 335", got)
	}
	if got := sourceBytes(append(paths, "/no/such/file")); got != 335*4/3 {
		t.Errorf("sourceBytes with a missing file = %d, want %d (the others' mean for it)", got, 335*4/3)
	}
	if got := sourceBytes(nil); got != 0 {
		t.Errorf("sourceBytes of nothing = %d, want 0", got)
	}
}

// TestSourceBytesEstimatesManyFiles checks the sampled estimate on more
// files than are measured.
func TestSourceBytesEstimatesManyFiles(t *testing.T) {
	sizes := make([]int, 500)
	want := int64(0)
	for i := range sizes {
		sizes[i] = 1000 + i%7*100
		want += int64(sizes[i])
	}
	if got := sourceBytes(writeFiles(t, t.TempDir(), sizes)); got < want*9/10 || got > want*11/10 {
		t.Errorf("sourceBytes = %d, want within 10%% of %d", got, want)
	}
}

// The memory limit belongs to the process: only main sets it, so a test
// that runs a command leaves the test binary's limit as it was.
func TestRunLeavesTheMemoryLimitAlone(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	var stdout, stderr bytes.Buffer
	e := env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	if code := run(context.Background(), []string{"check", "-s", demoPortal, "--today", "2026-11-27"}, e); code != 0 {
		t.Fatalf("check exited %d: %s", code, stderr.String())
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("the soft memory limit went from %d to %d", before, after)
	}
}

// gcPercent is the collector's GOGC setting, left as it was.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// While a portal loads the collector runs only at the memory limit, and
// as usual again once it is loaded; a GOGC or GOMEMLIMIT of the user's
// is left alone.
func TestMemoryHooksCollectAtTheLimitWhileLoading(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	paths := writeFiles(t, t.TempDir(), []int{100, 200})
	for _, tc := range []struct {
		env           map[string]string
		while, after  int
		limitSetByRun bool
	}{
		{env: nil, while: -1, after: 100, limitSetByRun: true},
		{env: map[string]string{"GOGC": "50"}, while: 100, after: 100, limitSetByRun: true},
		{env: map[string]string{"GOMEMLIMIT": "1GiB"}, while: 100, after: 100},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		h := memoryFor(func(k string) string { return tc.env[k] })
		h.listed(paths)
		if got := gcPercent(); got != tc.while {
			t.Errorf("%v: GC percent while loading = %d, want %d", tc.env, got, tc.while)
		}
		if set := debug.SetMemoryLimit(-1) == minMemoryLimit; set != tc.limitSetByRun {
			t.Errorf("%v: memory limit set = %v, want %v", tc.env, set, tc.limitSetByRun)
		}
		h.loaded()
		if got := gcPercent(); got != tc.after {
			t.Errorf("%v: GC percent once loaded = %d, want %d", tc.env, got, tc.after)
		}
	}
}
