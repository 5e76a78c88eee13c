package theme

import (
	"errors"
	"fmt"
	"html/template"
	"io"
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

// FS returns the default theme with dir (if not empty) laid over it,
// file by file.
func FS(dir string) (fs.FS, error) {
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

// Theme is a parsed theme: one template set per page kind, each holding
// the base layout, the partials and the page's own "main" block, the root
// set of the base layout and partials alone, and the static assets to
// copy.
type Theme struct {
	pages    map[string]*template.Template // by kind, e.g. "team"
	root     *template.Template
	Assets   []Asset         // sorted by path
	defaults map[string]bool // partials that are the default theme's

	standard, standardMain map[string]bool // by kind (StandardBase, StandardMain)
}

// Asset is one file under assets/ of the theme.
type Asset struct {
	Path string // e.g. "assets/style.css"
	Data []byte
}

// PageKinds are the page templates every theme must provide, as
// layouts/<kind>.html.
var PageKinds = []string{
	"home", "strategy", "priority", "alignment", "teams", "team",
	"objective", "people", "person", "periods", "period", "health",
	"updates", "search", "404",
}

// Load parses the layouts of fsys once, with the template functions
// funcs: layouts/baseof.html and layouts/partials/*.html into a root set,
// then a clone of it per page kind with layouts/<kind>.html added. It
// also reads every file under assets/.
func Load(fsys fs.FS, funcs template.FuncMap) (*Theme, error) {
	root, partials, err := parseRoot(fsys, funcs)
	if err != nil {
		return nil, err
	}
	th := &Theme{pages: map[string]*template.Template{}, defaults: map[string]bool{}}
	for _, name := range partials {
		if th.defaults[path.Base(name)], err = isDefault(root, name, funcs); err != nil {
			return nil, err
		}
	}
	if th.pages, err = parsePages(root, fsys); err != nil {
		return nil, err
	}
	th.findStandard(fsys, funcs)
	th.root = root
	th.Assets, err = readAssets(fsys)
	return th, err
}

// parseRoot parses the base layout and the partials of fsys into one set,
// and returns it with the partials' file names.
func parseRoot(fsys fs.FS, funcs template.FuncMap) (*template.Template, []string, error) {
	root := template.New("baseof.html").Funcs(funcs)
	if err := parseFile(root, fsys, "layouts/baseof.html"); err != nil {
		return nil, nil, err
	}
	partials, err := fs.Glob(fsys, "layouts/partials/*.html")
	if err != nil {
		return nil, nil, err
	}
	for _, name := range partials {
		if err := parseFile(root, fsys, name); err != nil {
			return nil, nil, err
		}
	}
	return root, partials, nil
}

// parsePages returns a clone of root per page kind with the kind's layout
// parsed into it.
func parsePages(root *template.Template, fsys fs.FS) (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, kind := range PageKinds {
		t, err := root.Clone()
		if err != nil {
			return nil, err
		}
		if err := parseFile(t, fsys, "layouts/"+kind+".html"); err != nil {
			return nil, err
		}
		pages[kind] = t
	}
	return pages, nil
}

// IsDefault reports whether the partial name (e.g. "kr-card.html") is the
// default theme's layouts/partials/name as it ships: whatever file defines
// it, it parses to the same template. A renderer may then print it by a
// faster way that gives the same bytes.
func (th *Theme) IsDefault(name string) bool { return th.defaults[name] }

// isDefault reports whether the template of root named as the partial
// file name is that file of the default theme, parsed.
func isDefault(root *template.Template, name string, funcs template.FuncMap) (bool, error) {
	t := root.Lookup(path.Base(name))
	b, err := fs.ReadFile(defaulttheme.FS, name)
	if t == nil || t.Tree == nil || errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("theme: %w", err)
	}
	want, err := template.New(path.Base(name)).Funcs(funcs).Parse(string(b))
	if err != nil {
		return false, fmt.Errorf("theme: %w", err)
	}
	return want.Tree != nil && t.Tree.Root.String() == want.Tree.Root.String(), nil
}

// Page is the template set of the page kind (one of PageKinds), to
// execute with Execute.
func (th *Theme) Page(kind string) *template.Template { return th.pages[kind] }

// Partials is the root set: the base layout and the partials, without
// any page's own layout. It is what a Fragments executes; html/template
// cannot clone a set once executed, so it must be executed only after
// Load, which has made every clone.
func (th *Theme) Partials() *template.Template { return th.root }

// Execute writes the page set t (from Page) executed with data: the base
// layout, which calls the page's own blocks.
func Execute(t *template.Template, w io.Writer, data any) error {
	return t.ExecuteTemplate(w, "baseof.html", data)
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
func readAssets(fsys fs.FS) ([]Asset, error) {
	var out []Asset
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
		out = append(out, Asset{Path: p, Data: b})
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("theme: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// CSS returns the theme's assets/style.css, or "" when it has none.
func (th *Theme) CSS() template.CSS {
	for _, a := range th.Assets {
		if a.Path == "assets/style.css" {
			return template.CSS(a.Data)
		}
	}
	return ""
}
