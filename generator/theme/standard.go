package theme

import (
	"html/template"
	"io/fs"

	defaulttheme "github.com/okrportal/okrportal/themes/default"
)

// A renderer may print parts of a page by a faster way than executing
// their templates, the same bytes, while those templates are the default
// theme's as it ships: a theme that overrides one gets its own.

// StandardBase reports whether the page set of kind prints the document
// as the default theme's baseof.html does, with its "crumbs" and with
// empty "head" and "scripts" blocks: the chrome and the breadcrumb as
// they are, around the kind's "main". The chrome's own partials (header,
// footer…) may be the theme's: they are printed, not executed, here.
func (th *Theme) StandardBase(kind string) bool { return th.standard[kind] }

// StandardMain reports whether the "main" block of the page set of kind
// is the default theme's.
func (th *Theme) StandardMain(kind string) bool { return th.standardMain[kind] }

// findStandard sets which page sets are standard (StandardBase,
// StandardMain): their templates parse to the same trees as the default
// theme's. The default theme itself is compared with nothing.
func (th *Theme) findStandard(fsys fs.FS, funcs template.FuncMap) {
	th.standard, th.standardMain = map[string]bool{}, map[string]bool{}
	ref := th.pages
	if o, ok := fsys.(overlayFS); !ok || o.upper != nil {
		var err error
		if ref, err = defaultPages(funcs); err != nil {
			return // not the functions of the default theme: nothing is standard
		}
	}
	for _, kind := range PageKinds {
		t, want := th.pages[kind], ref[kind]
		th.standard[kind] = sameTree(t, want, "baseof.html") && sameTree(t, want, "crumbs") &&
			emptyTree(t, "head") && emptyTree(t, "scripts")
		th.standardMain[kind] = sameTree(t, want, "main")
	}
}

// defaultPages are the page sets of the default theme.
func defaultPages(funcs template.FuncMap) (map[string]*template.Template, error) {
	fsys := overlayFS{lower: defaulttheme.FS}
	root, _, err := parseRoot(fsys, funcs)
	if err != nil {
		return nil, err
	}
	return parsePages(root, fsys)
}

// sameTree reports whether the template name is defined in both sets and
// parses to the same tree in each.
func sameTree(a, b *template.Template, name string) bool {
	x, y := a.Lookup(name), b.Lookup(name)
	return x != nil && y != nil && x.Tree != nil && y.Tree != nil && x.Tree.Root.String() == y.Tree.Root.String()
}

// emptyTree reports whether the template name of t prints nothing: it is
// undefined or empty.
func emptyTree(t *template.Template, name string) bool {
	x := t.Lookup(name)
	return x == nil || x.Tree == nil || x.Tree.Root == nil || len(x.Tree.Root.Nodes) == 0
}
