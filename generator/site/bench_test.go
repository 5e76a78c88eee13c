package site

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/output"
	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/resolve"
	"github.com/okrportal/okrportal/generator/source"
)

// benchToday is the build date of the synthetic portals.
var benchToday = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)

// synthetic returns a synthetic portal of n objectives written by
// ../shared/bench/synth.py into a cached folder on tmpfs, or skips.
func synthetic(b *testing.B, n int) string {
	b.Helper()
	if dir := os.Getenv("OKRPORTAL_BENCH_SOURCE"); dir != "" && n == 10000 {
		return dir
	}
	base := os.TempDir()
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		base = "/dev/shm"
	}
	out := filepath.Join(base, "okrportal-bench-"+strconv.Itoa(n))
	src := filepath.Join(out, "okrportal")
	if _, err := os.Stat(filepath.Join(src, "portal.yaml")); err == nil {
		return src
	}
	script, _ := filepath.Abs("../../../shared/bench/synth.py")
	if _, err := os.Stat(script); err != nil {
		b.Skip("no synth.py beside the repository; set OKRPORTAL_BENCH_SOURCE")
	}
	cmd := exec.Command("python3", script, "--objectives", strconv.Itoa(n), "--out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Skipf("synth.py failed: %v\n%s", err, msg)
	}
	return src
}

func benchSizes(b *testing.B, f func(b *testing.B, src string)) {
	for _, n := range []int{1000, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) { f(b, synthetic(b, n)) })
	}
}

// BenchmarkLoad measures listing, parsing and decoding every file (the
// load stage).
func BenchmarkLoad(b *testing.B) {
	benchSizes(b, func(b *testing.B, src string) {
		for b.Loop() {
			if _, err := source.ReadWith(context.Background(), src, &diag.List{}, source.ReadOptions{NewDecode: resolve.NewDecode}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkResolve measures linking decoded documents (the resolve stage).
func BenchmarkResolve(b *testing.B) {
	benchSizes(b, func(b *testing.B, src string) {
		folder, err := source.ReadWith(context.Background(), src, &diag.List{}, source.ReadOptions{NewDecode: resolve.NewDecode})
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			resolve.Resolve(folder, resolve.Options{Today: benchToday}, &diag.List{})
		}
	})
}

// BenchmarkCompute measures the computed values (the compute stage).
func BenchmarkCompute(b *testing.B) {
	benchSizes(b, func(b *testing.B, src string) {
		p, _, err := Load(context.Background(), Options{Source: src, Today: benchToday})
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			compute.Compute(p, &diag.List{})
		}
	})
}

// BenchmarkRender measures rendering every page into memory (the render stage).
func BenchmarkRender(b *testing.B) {
	benchSizes(b, func(b *testing.B, src string) {
		p, _, err := Load(context.Background(), Options{Source: src, Today: benchToday})
		if err != nil {
			b.Fatal(err)
		}
		opts := RenderOptions(p, nil, "bench")
		opts.Stream = func(string) (io.WriteCloser, error) { return discard{}, nil } // as a build does
		for b.Loop() {
			err := render.Render(context.Background(), p, opts, func(string, []byte) error { return nil })
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkBuild measures the whole build, writing to a temporary folder
// (on tmpfs where there is one): load, resolve, compute, render, write.
func BenchmarkBuild(b *testing.B) {
	benchSizes(b, func(b *testing.B, src string) {
		dest := filepath.Join(filepath.Dir(src), "public")
		for b.Loop() {
			_, list, err := Build(context.Background(), BuildOptions{Options: Options{Source: src, Today: benchToday}, Dest: dest})
			if err != nil {
				b.Fatal(err, list.Errors())
			}
		}
	})
}

// BenchmarkWrite measures writing a rendered site into the output folder
// and swapping it in (the write stage).
func BenchmarkWrite(b *testing.B) {
	benchSizes(b, func(b *testing.B, src string) {
		p, _, err := Load(context.Background(), Options{Source: src, Today: benchToday})
		if err != nil {
			b.Fatal(err)
		}
		var files []struct {
			rel  string
			data []byte
		}
		var mu sync.Mutex
		err = render.Render(context.Background(), p, RenderOptions(p, nil, "bench"), func(rel string, data []byte) error {
			mu.Lock()
			files = append(files, struct {
				rel  string
				data []byte
			}{rel, bytes.Clone(data)}) // valid only during the call
			mu.Unlock()
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		dest := filepath.Join(filepath.Dir(src), "public-write")
		for b.Loop() {
			w, err := output.Begin(dest, false)
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range files {
				if err := w.Write(f.rel, f.data); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// discard is a streamed file that keeps nothing.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
func (discard) Close() error                { return nil }
