package theme

import (
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// A theme folder overrides the default file by file: its files win, the
// default's others stay, and listings are the union.
func TestFolderOverridesFileByFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"assets/style.css": "body{}", "assets/extra.txt": "x"} {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fsys, err := FS(dir)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := fs.ReadFile(fsys, "assets/style.css"); string(b) != "body{}" {
		t.Errorf("style.css = %q, want the folder's", b)
	}
	if _, err := fs.Stat(fsys, "layouts/baseof.html"); err != nil {
		t.Errorf("the default's baseof.html is hidden: %v", err)
	}
	entries, err := fs.ReadDir(fsys, "assets")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !strings.Contains(strings.Join(names, " "), "extra.txt") || len(names) < 2 {
		t.Errorf("assets lists %v, want the union of both layers", names)
	}
}

// Load gives each page kind the base layout, the partials and its own
// layout, with the caller's functions; the assets come sorted.
func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"layouts/baseof.html":      {Data: []byte(`[{{block "main" .}}{{end}}]`)},
		"layouts/partials/hi.html": {Data: []byte(`{{define "hi"}}hi {{shout .}}{{end}}`)},
		"assets/b.css":             {Data: []byte("b")},
		"assets/style.css":         {Data: []byte("s")},
		"assets/.hidden":           {Data: []byte("h")},
	}
	for _, k := range PageKinds {
		fsys["layouts/"+k+".html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}` + k + ` {{template "hi" .}}{{end}}`)}
	}
	th, err := Load(fsys, template.FuncMap{"shout": strings.ToUpper})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Execute(th.Page("team"), &b, "x"); err != nil || b.String() != "[team hi X]" {
		t.Errorf("team page = %q, %v", b.String(), err)
	}
	if len(th.Assets) != 2 || th.Assets[0].Path != "assets/b.css" || th.CSS() != "s" {
		t.Errorf("assets %v, CSS %q", th.Assets, th.CSS())
	}
	delete(fsys, "layouts/team.html")
	if _, err := Load(fsys, template.FuncMap{"shout": strings.ToUpper}); err == nil {
		t.Error("a theme without team.html loads")
	}
}

func TestNotAFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "theme")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := FS(file); err == nil {
		t.Error("a file as theme folder is accepted")
	}
}

// A fragment is executed once per key; a value that cannot be a key is
// refused rather than rendered uncached.
func TestFragmentsCache(t *testing.T) {
	root := template.Must(template.New("baseof.html").Parse(`{{define "n"}}<b>{{.}}</b>{{end}}`))
	var f Fragments
	f.Init(root)
	h, err := f.Partial("n", "a<")
	if err != nil || h != "<b>a&lt;</b>" {
		t.Fatalf("Partial = %q, %v", h, err)
	}
	h, _ = f.Render("n", "a<", "other data, same key")
	if h != "<b>a&lt;</b>" {
		t.Errorf("a cached key was executed again: %q", h)
	}
	if _, err := f.Partial("n", []int{1}); err == nil {
		t.Error("a slice was accepted as a cache key")
	}
	cache := map[int]template.HTML{}
	h, _ = Cached(&f, cache, "n", 1, func() any { return 1 })
	if h != "<b>1</b>" || cache[1] != h {
		t.Errorf("Cached = %q, cache %v", h, cache)
	}
}
