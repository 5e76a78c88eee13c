package render_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/site"
	defaulttheme "github.com/okrportal/okrportal/themes/default"
)

// TestObjectivePageMatchesTemplates renders the demo portal and the
// examples with the default theme, whose objective pages are written
// without the templates, and with a theme folder holding a copy of the
// default objective layout, which makes them go through the templates:
// every page must come out the same, in both link modes.
func TestObjectivePageMatchesTemplates(t *testing.T) {
	layout, err := defaulttheme.FS.ReadFile("layouts/objective.html")
	if err != nil {
		t.Fatal(err)
	}
	copyTheme := t.TempDir()
	if err := os.MkdirAll(filepath.Join(copyTheme, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(copyTheme, "layouts", "objective.html"), layout, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{"../../content", "../../examples/minimal", "../../examples/fiscal-year"} {
		p, list, err := site.Load(context.Background(), site.Options{Source: src, Today: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)})
		if err != nil || list.HasErrors() {
			t.Fatalf("%s: %v %v", src, err, list.Errors())
		}
		for _, fileLinks := range []bool{false, true} {
			opts := site.RenderOptions(p, "test")
			opts.FileLinks = fileLinks
			fast := renderFiles(t, p, opts)
			opts.ThemeDir = copyTheme
			templated := renderFiles(t, p, opts)
			pages := 0
			for rel, want := range templated {
				if !strings.HasPrefix(rel, "objectives/") {
					continue
				}
				pages++
				if !bytes.Equal(fast[rel], want) {
					t.Errorf("%s, file links %v: %s differs from the template's page:\n got %s\nwant %s",
						src, fileLinks, rel, fast[rel], want)
				}
			}
			if pages == 0 {
				t.Errorf("%s: no objective pages", src)
			}
		}
	}
}

// renderFiles renders p with opts into a map of files.
func renderFiles(t *testing.T, p *model.Portal, opts render.Options) map[string][]byte {
	t.Helper()
	var mu sync.Mutex
	files := map[string][]byte{}
	err := render.Render(context.Background(), p, opts, func(rel string, data []byte) error {
		mu.Lock()
		files[rel] = bytes.Clone(data)
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
