package render

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestPlanMatchesRender checks that a Plan lists exactly the files Render
// emits, sorted, and renders each to the same bytes.
func TestPlanMatchesRender(t *testing.T) {
	for _, opts := range []Options{{}, {FileLinks: true, BuildInfo: "test"}} {
		want := renderAll(t, samplePortal(), opts)
		pl, err := Prepare(context.Background(), samplePortal(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := pl.Files(); !slices.Equal(got, sortedKeys(want)) {
			t.Fatalf("FileLinks %v: Files() = %v\nwant %v", opts.FileLinks, got, sortedKeys(want))
		}
		var buf bytes.Buffer
		for _, rel := range pl.Files() {
			buf.Reset()
			if err := pl.RenderFile(rel, &buf); err != nil {
				t.Fatalf("RenderFile(%s): %v", rel, err)
			}
			if !bytes.Equal(buf.Bytes(), want[rel]) {
				t.Errorf("FileLinks %v: RenderFile(%s) differs from what Render emits", opts.FileLinks, rel)
			}
			if !pl.Has(rel) {
				t.Errorf("Has(%s) = false", rel)
			}
		}
	}
}

func TestRenderFileUnknown(t *testing.T) {
	pl, err := Prepare(context.Background(), samplePortal(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"", "nope.html", "teams/", "/index.html", "teams/nobody/index.html"} {
		var buf bytes.Buffer
		err := pl.RenderFile(rel, &buf)
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("RenderFile(%q) = %v, want fs.ErrNotExist", rel, err)
		}
		if pl.Has(rel) {
			t.Errorf("Has(%q) = true", rel)
		}
		if buf.Len() != 0 {
			t.Errorf("RenderFile(%q) wrote %d bytes", rel, buf.Len())
		}
	}
}

// TestRenderFileConcurrent renders every file from several goroutines at
// once, each file more than once, for the race detector; every rendering
// of a file must give the same bytes.
func TestRenderFileConcurrent(t *testing.T) {
	pl, err := Prepare(context.Background(), samplePortal(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	const goroutines = 4
	got := make([]map[string][]byte, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = map[string][]byte{}
			files := slices.Clone(pl.Files())
			if g%2 == 1 {
				slices.Reverse(files)
			}
			for _, rel := range files {
				var buf bytes.Buffer
				if err := pl.RenderFile(rel, &buf); err != nil {
					t.Errorf("RenderFile(%s): %v", rel, err)
					return
				}
				got[g][rel] = buf.Bytes()
			}
		}()
	}
	wg.Wait()
	for g := 1; g < goroutines; g++ {
		for rel, data := range got[0] {
			if !bytes.Equal(got[g][rel], data) {
				t.Errorf("%s rendered differently by goroutine %d", rel, g)
			}
		}
	}
}

func TestPrepareErrors(t *testing.T) {
	brokenLayout := t.TempDir()
	writeThemeFile(t, brokenLayout, "layouts/team.html", `{{ define "main" }}{{ end `)
	dupAsset := t.TempDir()
	writeThemeFile(t, dupAsset, "assets/search-index.js", "// clashes with the generated file")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		opts Options
		want string
	}{
		{"layout that does not parse", context.Background(), Options{ThemeDir: brokenLayout}, "theme"},
		{"missing theme folder", context.Background(), Options{ThemeDir: filepath.Join(brokenLayout, "missing")}, "theme"},
		{"asset at a generated path", context.Background(), Options{ThemeDir: dupAsset, FileLinks: true}, "assets/search-index.js"},
		{"cancelled", cancelled, Options{}, context.Canceled.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl, err := Prepare(tt.ctx, samplePortal(), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Prepare = %v, want an error mentioning %q", err, tt.want)
			}
			if pl != nil {
				t.Error("Prepare returned a plan with its error")
			}
		})
	}
}

// TestRenderFileTemplateError checks that a layout that fails only when
// executed is reported by RenderFile for its pages, naming the page, and
// does not stop other pages from rendering.
func TestRenderFileTemplateError(t *testing.T) {
	dir := t.TempDir()
	writeThemeFile(t, dir, "layouts/team.html", `{{ define "main" }}{{ .Nope }}{{ end }}`)
	pl, err := Prepare(context.Background(), samplePortal(), Options{ThemeDir: dir})
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	var team string
	for _, rel := range pl.Files() {
		if strings.HasPrefix(rel, "teams/") && rel != "teams/index.html" {
			team = rel
			break
		}
	}
	if team == "" {
		t.Fatal("the sample portal has no team page")
	}
	var buf bytes.Buffer
	if err := pl.RenderFile(team, &buf); err == nil || !strings.Contains(err.Error(), team) {
		t.Errorf("RenderFile(%s) = %v, want an error naming the page", team, err)
	}
	buf.Reset()
	if err := pl.RenderFile("index.html", &buf); err != nil || buf.Len() == 0 {
		t.Errorf("RenderFile(index.html) = %v with %d bytes", err, buf.Len())
	}
}

// TestRenderFileAppends checks that RenderFile adds to what w holds.
func TestRenderFileAppends(t *testing.T) {
	pl, err := Prepare(context.Background(), samplePortal(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var alone, after bytes.Buffer
	if err := pl.RenderFile("assets/style.css", &alone); err != nil {
		t.Fatal(err)
	}
	after.WriteString("prefix")
	if err := pl.RenderFile("assets/style.css", &after); err != nil {
		t.Fatal(err)
	}
	if after.String() != "prefix"+alone.String() {
		t.Error("RenderFile did not append to the buffer")
	}
}

func writeThemeFile(t *testing.T, dir, rel, content string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
