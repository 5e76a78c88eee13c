package theme

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"sync"
)

// Fragments renders small partial templates once per distinct input and
// reuses the HTML: a status pill or a progress bar with the same values is
// the same markup on every page, and the header is the same on every page
// at the same depth, period and section. This keeps big portals fast
// without giving up html/template's escaping: every fragment is still
// executed by html/template, only not over and over.
//
// The zero value is ready once Init has given it the partials to execute;
// it must not be copied after first use.
type Fragments struct {
	root *template.Template // the theme's base and partials
	m    sync.Map           // fragmentKey → template.HTML
	bufs sync.Pool
	mu   sync.RWMutex // of the typed caches of Cached
}

// Init sets the template set the fragments are executed from: a theme's
// Partials.
func (f *Fragments) Init(root *template.Template) { f.root = root }

// Has reports whether the partial name is defined.
func (f *Fragments) Has(name string) bool { return f.root != nil && f.root.Lookup(name) != nil }

// fragmentKey identifies one rendering of a partial.
type fragmentKey struct {
	name string
	key  any
}

// Render returns the partial name executed with data, from the cache when
// key was seen before. key must be comparable and determine the output.
func (f *Fragments) Render(name string, key, data any) (template.HTML, error) {
	k := fragmentKey{name, key}
	if h, ok := f.m.Load(k); ok {
		return h.(template.HTML), nil
	}
	h, err := f.Execute(name, data)
	if err != nil {
		return "", err
	}
	f.m.Store(k, h)
	return h, nil
}

// Execute returns the partial name executed with data, uncached.
func (f *Fragments) Execute(name string, data any) (template.HTML, error) {
	buf, _ := f.bufs.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	defer f.bufs.Put(buf)
	if err := f.root.ExecuteTemplate(buf, name, data); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil
}

// Cached returns the partial name rendered with data() for key, from
// cache when it was rendered before. cache is the caller's, typed so that
// a lookup does not allocate; f guards it, so every cache given to f must
// be used only through Cached.
func Cached[K comparable](f *Fragments, cache map[K]template.HTML, name string, key K, data func() any) (template.HTML, error) {
	f.mu.RLock()
	h, ok := cache[key]
	f.mu.RUnlock()
	if ok {
		return h, nil
	}
	h, err := f.Execute(name, data())
	if err != nil {
		return "", err
	}
	f.mu.Lock()
	cache[key] = h
	f.mu.Unlock()
	return h, nil
}

// Partial is the template function {{ partial "pill" $value }}: the
// partial executed with a comparable value that alone determines it.
func (f *Fragments) Partial(name string, v any) (template.HTML, error) {
	if v != nil && !reflect.TypeOf(v).Comparable() {
		return "", fmt.Errorf("partial %q: value of type %T cannot be cached", name, v)
	}
	return f.Render(name, v, v)
}
