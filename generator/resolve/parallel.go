package resolve

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// forEach calls f(0) … f(n-1) on all cores, in no particular order, and
// returns when all calls have returned.
func forEach(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}
