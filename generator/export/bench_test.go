package export_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/export"
	"github.com/okrportal/okrportal/generator/site"
)

type discardWriter struct{ bytes.Buffer }

func (w *discardWriter) Reserve(n int) { w.Grow(n) }

// BenchmarkExport measures writing okrs.json and the search index of the
// portal at OKRPORTAL_BENCH_SOURCE (built as of 2026-11-20) into memory.
func BenchmarkExport(b *testing.B) {
	src := os.Getenv("OKRPORTAL_BENCH_SOURCE")
	if src == "" {
		b.Skip("set OKRPORTAL_BENCH_SOURCE to a portal's folder")
	}
	p, _, err := site.Load(context.Background(), site.Options{Source: src, Today: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	s := export.New(p, nil)
	for name, write := range map[string]func(export.Writer) error{"okrs.json": s.JSON, "search-index.json": s.SearchIndex} {
		b.Run(name, func(b *testing.B) {
			var w discardWriter
			for b.Loop() {
				w.Reset()
				if err := write(&w); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(w.Len()))
		})
	}
}
