package render

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/okrportal/okrportal/generator/source"
	defaulttheme "github.com/okrportal/okrportal/themes/default"
)

// overlayFS serves a file from upper when upper has it, else from lower.
// Directory listings are the union of both, sorted by name.
type overlayFS struct {
	upper fs.FS // may be nil
	lower fs.FS
}

// Open opens name from the upper layer if it exists there, else from the
// lower one.
func (o overlayFS) Open(name string) (fs.File, error) {
	if o.upper != nil {
		f, err := o.upper.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return o.lower.Open(name)
}

// ReadDir lists the union of name in both layers.
func (o overlayFS) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]fs.DirEntry{}
	found := false
	for _, layer := range []fs.FS{o.lower, o.upper} {
		if layer == nil {
			continue
		}
		entries, err := fs.ReadDir(layer, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		for _, e := range entries {
			seen[e.Name()] = e
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, 0, len(seen))
	for _, e := range seen {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// themeFS returns the default theme with dir (if not empty) laid over it.
func themeFS(dir string) (fs.FS, error) {
	if dir == "" {
		return overlayFS{lower: defaulttheme.FS}, nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("theme: %s is not a folder", dir)
	}
	return overlayFS{upper: source.DirFS(dir), lower: defaulttheme.FS}, nil
}

// theme is a parsed theme: one template set per page kind, each holding the
// base layout, the partials and the page's own "main" block, and the static
// assets to copy.
type theme struct {
	pages  map[string]*template.Template // by kind, e.g. "team"
	frags  *fragments
	assets []asset
}

// asset is one file under assets/ of the theme.
type asset struct {
	rel  string // e.g. "assets/style.css"
	data []byte
}

// pageKinds are the page templates every theme must provide, as
// layouts/<kind>.html.
var pageKinds = []string{
	"home", "strategy", "priority", "alignment", "teams", "team",
	"objective", "people", "person", "periods", "period", "health",
	"updates", "search", "404",
}

// loadTheme parses the layouts of fsys once: layouts/baseof.html and
// layouts/partials/*.html into a root set, then a clone of it per page kind
// with layouts/<kind>.html added. It also reads every file under assets/.
func loadTheme(fsys fs.FS) (*theme, error) {
	frags := newFragments()
	root := template.New("baseof.html").Funcs(templateFuncs(frags))
	if err := parseFile(root, fsys, "layouts/baseof.html"); err != nil {
		return nil, err
	}
	partials, err := fs.Glob(fsys, "layouts/partials/*.html")
	if err != nil {
		return nil, err
	}
	for _, name := range partials {
		if err := parseFile(root, fsys, name); err != nil {
			return nil, err
		}
	}
	th := &theme{pages: map[string]*template.Template{}, frags: frags}
	for _, kind := range pageKinds {
		t, err := root.Clone()
		if err != nil {
			return nil, err
		}
		if err := parseFile(t, fsys, "layouts/"+kind+".html"); err != nil {
			return nil, err
		}
		th.pages[kind] = t
	}
	// The root set is executed only for cached fragments, after every
	// clone has been made (html/template cannot clone once executed).
	frags.root = root
	th.assets, err = readAssets(fsys)
	return th, err
}

// parseFile adds the templates defined in the file name of fsys to t.
func parseFile(t *template.Template, fsys fs.FS, name string) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	var target *template.Template
	if t.Name() == path.Base(name) {
		target = t
	} else {
		target = t.New(path.Base(name))
	}
	if _, err := target.Parse(string(b)); err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	return nil
}

// readAssets returns every regular file under assets/, sorted by path.
func readAssets(fsys fs.FS) ([]asset, error) {
	var out []asset
	err := fs.WalkDir(fsys, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, asset{rel: p, data: b})
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("theme: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out, nil
}

// css returns the theme's assets/style.css, or "" when it has none.
func (th *theme) css() template.CSS {
	for _, a := range th.assets {
		if a.rel == "assets/style.css" {
			return template.CSS(a.data)
		}
	}
	return ""
}
