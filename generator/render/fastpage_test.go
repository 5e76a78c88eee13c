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

// TestDefaultPagesMatchTemplates renders the demo portal and the
// examples with the default theme, whose objective, team and person pages
// are written without the templates, and with a theme folder holding a
// copy of the default layouts, which makes them go through the templates:
// every page must come out the same, in both link modes.
func TestDefaultPagesMatchTemplates(t *testing.T) {
	copyTheme := t.TempDir()
	if err := os.MkdirAll(filepath.Join(copyTheme, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"baseof.html", "objective.html", "team.html", "person.html"} {
		layout, err := defaulttheme.FS.ReadFile("layouts/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(copyTheme, "layouts", name), layout, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, src := range []string{"../../content", "../../examples/minimal", "../../examples/fiscal-year"} {
		p, list, err := site.Load(context.Background(), site.Options{Source: src, Today: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)})
		if err != nil || list.HasErrors() {
			t.Fatalf("%s: %v %v", src, err, list.Errors())
		}
		for _, fileLinks := range []bool{false, true} {
			opts := site.RenderOptions(p, nil, "test")
			opts.FileLinks = fileLinks
			fast := renderFiles(t, p, opts)
			opts.ThemeDir = copyTheme
			templated := renderFiles(t, p, opts)
			pages := map[string]int{}
			for rel, want := range templated {
				kind, _, _ := strings.Cut(rel, "/")
				if kind != "objectives" && kind != "teams" && kind != "people" {
					continue
				}
				pages[kind]++
				if !bytes.Equal(fast[rel], want) {
					t.Errorf("%s, file links %v: %s differs from the template's page:\n got %s\nwant %s",
						src, fileLinks, rel, fast[rel], want)
				}
			}
			if pages["objectives"] == 0 || pages["teams"] == 0 || pages["people"] == 0 {
				t.Errorf("%s: pages compared: %v, want objectives, teams and people", src, pages)
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
