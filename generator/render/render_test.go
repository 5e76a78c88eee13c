package render

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

var outDir = flag.String("out", "", "write the sample site to this folder (for looking at it)")

// renderAll renders p and returns every emitted file by path.
func renderAll(t testing.TB, p *model.Portal, opts Options) map[string][]byte {
	t.Helper()
	var mu sync.Mutex
	files := map[string][]byte{}
	err := Render(context.Background(), p, opts, func(rel string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		if _, dup := files[rel]; dup {
			t.Errorf("%s emitted twice", rel)
		}
		files[rel] = bytes.Clone(data) // data is valid only during the call
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func writeSite(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for rel, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWriteSample writes the sample site to -out, for screenshots.
func TestWriteSample(t *testing.T) {
	if *outDir == "" {
		t.Skip("no -out")
	}
	writeSite(t, *outDir, renderAll(t, samplePortal(), Options{FileLinks: true, BuildInfo: "dev"}))
}
