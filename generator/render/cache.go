package render

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"sync"
)

// fragments renders small partial templates once per distinct input and
// reuses the HTML: a status pill or a progress bar with the same values is
// the same markup on every page, and the header is the same on every page
// at the same depth, period and section. This keeps big portals fast
// without giving up html/template's escaping: every fragment is still
// executed by html/template, only not over and over.
type fragments struct {
	root *template.Template // the theme's base and partials
	m    sync.Map           // fragmentKey → template.HTML
	bufs sync.Pool

	// The pills and meters of the Go-built fragments, by what they
	// depend on (typed, so that a lookup does not allocate).
	mu     sync.RWMutex
	pills  map[pillKey]template.HTML
	meters map[meterKey]template.HTML

	// judge is the portal's score bands and status margins, set with the
	// site before any fragment is made.
	judge judging
}

// newFragments returns an empty cache; root is set once the theme is
// parsed.
func newFragments() *fragments {
	return &fragments{pills: map[pillKey]template.HTML{}, meters: map[meterKey]template.HTML{}}
}

// fragmentKey identifies one rendering of a partial.
type fragmentKey struct {
	name string
	key  any
}

// render returns the partial name executed with data, from the cache when
// key was seen before. key must be comparable and determine the output.
func (f *fragments) render(name string, key, data any) (template.HTML, error) {
	k := fragmentKey{name, key}
	if h, ok := f.m.Load(k); ok {
		return h.(template.HTML), nil
	}
	h, err := f.execute(name, data)
	if err != nil {
		return "", err
	}
	f.m.Store(k, h)
	return h, nil
}

// execute returns the partial name executed with data.
func (f *fragments) execute(name string, data any) (template.HTML, error) {
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

// typed returns the partial name rendered with data() for key, from
// cache when it was rendered before.
func typed[K comparable](f *fragments, cache map[K]template.HTML, name string, key K, data func() any) (template.HTML, error) {
	f.mu.RLock()
	h, ok := cache[key]
	f.mu.RUnlock()
	if ok {
		return h, nil
	}
	h, err := f.execute(name, data())
	if err != nil {
		return "", err
	}
	f.mu.Lock()
	cache[key] = h
	f.mu.Unlock()
	return h, nil
}

// partial is the template function {{ partial "pill" $value }}: the
// partial executed with a comparable value that alone determines it.
func (f *fragments) partial(name string, v any) (template.HTML, error) {
	if v != nil && !reflect.TypeOf(v).Comparable() {
		return "", fmt.Errorf("partial %q: value of type %T cannot be cached", name, v)
	}
	return f.render(name, v, v)
}
