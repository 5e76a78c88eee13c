package serve

import (
	"net/http"
	"testing"
	"time"
)

// seriesObjective is the test objective with its values in a series file.
const seriesObjective = `---
title: Checkout from data
owner: sam
key_results:
  - title: Checkout p95 load time
    unit: ms
    start: 2400
    target: 900
    series: data/p95.csv
---
Slow checkout loses customers.
`

// TestSeriesFileReloads: a key result's series file is read at every
// rebuild, so that editing it (watched or polled) shows its new values.
func TestSeriesFileReloads(t *testing.T) {
	for _, poll := range []time.Duration{0, 10 * time.Millisecond} {
		ts := startServer(t, testPortal, func(o *Options) { o.Poll = poll })
		ev := ts.events()
		ts.write("data/p95.csv", "date,value\n2026-11-10,1234\n")
		ts.write(objFile, seriesObjective)
		ts.waitFor(ev, "the series' value", ts.pageHas(objPage, http.StatusOK, "Current</dt><dd>1234 ms"))
		ts.write("data/p95.csv", "date,value\n2026-11-10,1234\n2026-11-17,1777\n")
		ts.waitFor(ev, "the series' new value", ts.pageHas(objPage, http.StatusOK, "Current</dt><dd>1777 ms"))
	}
}
