package output

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// BenchmarkWrite writes a large portal's worth of pages (30,000, each in
// its own folder, as the site lays them out) from one goroutine per CPU.
func BenchmarkWrite(b *testing.B) {
	const pages = 30000
	page := []byte(strings.Repeat("<p>page</p>\n", 500))
	workers := runtime.GOMAXPROCS(0)
	for range b.N {
		b.StopTimer()
		parent := b.TempDir()
		b.StartTimer()
		w, err := Begin(filepath.Join(parent, "public"), false)
		if err != nil {
			b.Fatal(err)
		}
		var wg sync.WaitGroup
		for g := range workers {
			wg.Go(func() {
				for i := g; i < pages; i += workers {
					rel := fmt.Sprintf("objectives/2026-q%d/team-%d/objective-%d/index.html", i%4, i%60, i)
					if err := w.Write(rel, page); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		if err := w.Commit(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := os.RemoveAll(parent); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}
