package serve

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/site"
)

// BenchmarkEditToReload measures what a user waits for: from writing one
// objective file to the reload event reaching a subscribed browser and
// the browser's request for the objective's page answering with the
// edit. It includes the debounce (50 ms), loading with the parse cache,
// preparing the render plan, the swap and rendering that one page.
//
//	go test -run '^$' -bench EditToReload -benchtime 20x ./generator/serve/
//
// The synthetic portal runs when OKRPORTAL_BENCH_SOURCE names its source
// folder, or when /dev/shm/synth10k/okrportal exists (written by
// python3 /work/shared/bench/synth.py --objectives 10000 --out /dev/shm/synth10k).
func BenchmarkEditToReload(b *testing.B) {
	b.Run("demo", func(b *testing.B) { benchEdit(b, "../../content") })
	b.Run("synth10k", func(b *testing.B) {
		src := os.Getenv("OKRPORTAL_BENCH_SOURCE")
		if src == "" {
			src = "/dev/shm/synth10k/okrportal"
		}
		if _, err := os.Stat(filepath.Join(src, "portal.yaml")); err != nil {
			b.Skipf("no synthetic portal at %s (set OKRPORTAL_BENCH_SOURCE)", src)
		}
		benchEdit(b, src)
	})
}

func benchEdit(b *testing.B, src string) {
	var mu sync.Mutex
	var reports []Report
	ts := startServer(b, src, func(o *Options) {
		o.OnBuild = func(r Report) {
			mu.Lock()
			reports = append(reports, r)
			mu.Unlock()
		}
	})
	file := firstObjective(b, ts.dir)
	page := objectiveURL(b, ts.dir, file)
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	if resp, _ := ts.get(page); resp.StatusCode != http.StatusOK {
		b.Fatalf("GET %s: status %d", page, resp.StatusCode)
	}
	ev := ts.events()
	mu.Lock()
	reports = reports[:0]
	mu.Unlock()
	latencies := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		// Each edit changes the body, so the page always changes.
		mark := fmt.Sprintf("Edit number %d.", i)
		edited := append(bytes.Clone(orig), "\n"+mark+"\n"...)
		if err := os.WriteFile(file, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		// Rebuilding a big portal may take long; this is a measure,
		// not a test, so wait as long as it takes, within reason. A
		// reload left over from the previous edit, or one for half a
		// write, does not show the edit yet: then wait for the next.
		for {
			waitEventFor(b, ev, "reload", 15*time.Minute)
			if resp, body := ts.get(page); resp.StatusCode == http.StatusOK && strings.Contains(body, mark) {
				break
			}
		}
		latencies = append(latencies, time.Since(start))
	}
	b.StopTimer()
	mu.Lock()
	defer mu.Unlock()
	reportPhases(b, reports)
	b.ReportMetric(float64(len(reports))/float64(b.N), "rebuilds/op")
	// The mean (ns/op) suffers from a busy machine; the median and the
	// best show what the code itself costs.
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	b.ReportMetric(ms64(latencies[len(latencies)/2]), "p50-ms")
	b.ReportMetric(ms64(latencies[0]), "min-ms")
}

func ms64(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// reportPhases adds the median load, prepare and rebuild times (a rebuild
// is load, prepare, comparison with the previous site and the swap).
func reportPhases(b *testing.B, rs []Report) {
	if len(rs) == 0 {
		return
	}
	median := func(get func(Report) time.Duration) float64 {
		ds := make([]time.Duration, len(rs))
		for i, r := range rs {
			ds[i] = get(r)
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return ms64(ds[len(ds)/2])
	}
	b.ReportMetric(median(func(r Report) time.Duration { return r.Load }), "load-ms")
	b.ReportMetric(median(func(r Report) time.Duration { return r.Prepare }), "prepare-ms")
	b.ReportMetric(median(func(r Report) time.Duration { return r.Duration }), "rebuild-ms")
}

// objectiveURL returns the path of the page of the objective defined in
// file, a file of the portal in dir.
func objectiveURL(b *testing.B, dir, file string) string {
	rel, err := filepath.Rel(dir, file)
	if err != nil {
		b.Fatal(err)
	}
	p, _, err := site.Load(context.Background(), site.Options{Source: dir, Today: testToday})
	if err != nil {
		b.Fatal(err)
	}
	for _, o := range p.Objectives {
		if o.Source.File == filepath.ToSlash(rel) {
			return "/objectives/" + o.ID + "/"
		}
	}
	b.Fatalf("no objective is defined in %s", rel)
	return ""
}

// firstObjective returns the first objective file of the portal in dir.
func firstObjective(b *testing.B, dir string) string {
	var found string
	filepath.WalkDir(filepath.Join(dir, "okrs"), func(path string, d os.DirEntry, err error) error {
		if err == nil && found == "" && !d.IsDir() && strings.HasSuffix(path, ".md") {
			found = path
		}
		return nil
	})
	if found == "" {
		b.Fatalf("no objective under %s/okrs", dir)
	}
	return found
}
