// Package decode turns front-matter node trees into Go structs strictly:
// every unknown field, wrong type and impossible date becomes a diagnostic
// with the file, line and column of the offending value, and decoding goes
// on so that one run reports every problem of a file.
//
// Target structs name their fields with `yaml:"name"` tags. Supported field
// types: string, bool, int, float64, pointers to those (nil when absent or
// invalid), Date, slices of any supported type (a single value is accepted
// where a list of strings is expected), nested structs, and a Meta field
// tagged `yaml:"-"` that receives the line of the mapping and of each key.
package decode

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unsafe"

	"github.com/okrportal/okrportal/generator/diag"
	"go.yaml.in/yaml/v3"
)

// Meta records where a mapping and each of its known fields stand.
type Meta struct {
	Line int
	Col  int
	// keys are the known fields given, in order, with their lines. A
	// slice, not a map, and eight bytes a key: mappings have a handful of
	// keys, and a portal has a million of them.
	keys   []key
	fields *fields // the struct's fields, which keys refer to
}

// key is one known field of a mapping.
type key struct {
	field   uint16 // index in fields.names
	invalid bool   // its value was reported as an error
	line    int32
}

func (m Meta) key(name string) *key {
	for i := range m.keys {
		if m.fields.names[m.keys[i].field] == name {
			return &m.keys[i]
		}
	}
	return nil
}

// keyOf returns the key of field number field (in fields.names), or nil.
func (m Meta) keyOf(field uint16) *key {
	for i := range m.keys {
		if m.keys[i].field == field {
			return &m.keys[i]
		}
	}
	return nil
}

// Has reports whether the field was given.
func (m Meta) Has(name string) bool { return m.key(name) != nil }

// IsInvalid reports whether the field was given with a value that was
// reported as an error, so that later checks (a required field, say) need
// not report it again.
func (m Meta) IsInvalid(name string) bool {
	k := m.key(name)
	return k != nil && k.invalid
}

// LineOf is the line of key, or of the mapping when key is absent.
func (m Meta) LineOf(name string) int {
	if k := m.key(name); k != nil {
		return int(k.line)
	}
	return m.Line
}

// Decoder decodes nodes of one file.
type Decoder struct {
	File string
	List *diag.List
	// Scratch, when not nil, lends the lists of its item types.
	Scratch *Scratch

	errs  int // errors reported so far
	arena arena
}

// Decode fills v (a pointer to a struct) from the mapping node n. path names
// the value in messages ("" at the top, "key_results[2]" deeper).
func (d *Decoder) Decode(n *yaml.Node, v any) {
	rv := reflect.ValueOf(v)
	d.value(n, planOf(rv.Type().Elem()), rv.UnsafePointer(), nil)
}

func (d *Decoder) errorf(n *yaml.Node, rule, format string, args ...any) {
	d.errs++
	d.List.Add(diag.Diagnostic{File: d.File, Line: n.Line, Col: n.Column, Severity: diag.Error, Rule: rule, Message: fmt.Sprintf(format, args...)})
}

var (
	dateType = reflect.TypeOf(Date{})
	metaType = reflect.TypeOf(Meta{})
	refType  = reflect.TypeOf(Ref{})
)

// Ref is a reference to another entity, with where it was written.
type Ref struct {
	Value string
	Line  int
	Col   int
}

// value decodes n into the value at p, of plan pl.
func (d *Decoder) value(n *yaml.Node, pl *plan, p unsafe.Pointer, path *Path) {
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "syntax", "%s: YAML aliases (*name) are not supported; write the value out", describe(path))
		return
	}
	if isNull(n) {
		return
	}
	switch pl.op {
	case opDate:
		d.date(n, (*Date)(p), path)
	case opPairs:
		d.pairs(n, (*Pairs)(p), path)
	case opRef:
		if d.scalar(n, path, "a reference (an id or a name)") {
			*(*Ref)(p) = Ref{Value: d.arena.str(strings.TrimSpace(n.Value)), Line: n.Line, Col: n.Column}
		}
	case opPointer:
		// A value with errors stays nil, so that later stages do not
		// report it a second time as, say, an empty reference.
		elem, before := d.arena.new(pl.elem), d.errs
		d.value(n, pl.elem, elem, path)
		if d.errs == before {
			*(*unsafe.Pointer)(p) = elem
		}
	case opStruct:
		d.mapping(n, pl, p, path)
	case opSlice:
		d.slice(n, pl, p, path)
	case opString:
		if d.scalar(n, path, "text") {
			*(*string)(p) = d.arena.str(n.Value)
		}
	case opBool:
		d.boolean(n, (*bool)(p), path)
	case opInt:
		d.integer(n, (*int)(p), path)
	case opFloat:
		d.number(n, (*float64)(p), path)
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func describe(path *Path) string {
	if path == nil {
		return "the front matter"
	}
	return "field " + strconvQuote(path.String())
}

func strconvQuote(s string) string { return `"` + s + `"` }

func (d *Decoder) scalar(n *yaml.Node, path *Path, want string) bool {
	if n.Kind == yaml.ScalarNode {
		return true
	}
	fix := ""
	if (n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode) && (want == "text" || strings.HasPrefix(want, "a reference")) {
		fix = "; put the value in quotes if the brackets or \": \" are part of it"
	}
	d.errorf(n, "type", "%s should be %s, not %s%s", describe(path), want, kindName(n), fix)
	return false
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a set of fields"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "a number (" + n.Value + ")"
	case "!!bool":
		return "true/false (" + n.Value + ")"
	}
	return strconvQuote(n.Value)
}

func (d *Decoder) boolean(n *yaml.Node, v *bool, path *Path) {
	if !d.scalar(n, path, "true or false") {
		return
	}
	switch strings.ToLower(n.Value) {
	case "true", "yes", "on":
		*v = true
	case "false", "no", "off":
		*v = false
	default:
		d.errorf(n, "type", "%s should be true or false, not %s", describe(path), kindName(n))
	}
}

func (d *Decoder) integer(n *yaml.Node, v *int, path *Path) {
	if !d.scalar(n, path, "a whole number") {
		return
	}
	i, err := strconv.Atoi(strings.ReplaceAll(n.Value, "_", ""))
	if err != nil || n.Tag == "!!str" && n.Style != 0 {
		d.errorf(n, "type", "%s should be a whole number, not %s", describe(path), kindName(n))
		return
	}
	*v = i
}

func (d *Decoder) number(n *yaml.Node, v *float64, path *Path) {
	if !d.scalar(n, path, "a number") {
		return
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || n.Tag == "!!str" && n.Style != 0 {
		hint := ""
		if strings.HasSuffix(strings.TrimSpace(n.Value), "%") {
			hint = " (leave out the %; put it in `unit` instead)"
		}
		d.errorf(n, "type", "%s should be a number, not %s%s", describe(path), kindName(n), hint)
		return
	}
	*v = f
}

// slice decodes the sequence node n (or a scalar, as a list of one, for a
// list of texts or references) into the slice at p, of plan pl.
func (d *Decoder) slice(n *yaml.Node, pl *plan, p unsafe.Pointer, path *Path) {
	items := n.Content
	if n.Kind != yaml.SequenceNode {
		if n.Kind == yaml.ScalarNode && (pl.elem.op == opString || pl.elem.op == opRef) {
			items = []*yaml.Node{n}
		} else {
			d.errorf(n, "type", "%s should be a list, not %s; write each item on a line of its own starting with \"- \", or [a, b]", describe(path), kindName(n))
			return
		}
	}
	first, lent := unsafe.Pointer(nil), false
	if len(items) > 0 {
		first, lent = d.Scratch.list(pl, p, len(items))
	}
	if !lent {
		// The slice, empty, grows in place: reflect.MakeSlice would
		// allocate a slice header besides the items.
		v := reflect.NewAt(pl.typ, p).Elem()
		v.Grow(len(items))
		v.SetLen(len(items))
		first = v.UnsafePointer()
	}
	item := Path{parent: path} // one for every item in turn, as in mapping
	for i, node := range items {
		item.index = i + 1
		d.value(node, pl.elem, unsafe.Add(first, uintptr(i)*pl.elem.size), &item)
	}
}

// Path names a value inside the front matter, e.g. key_results[2].title.
// It is built as decoding descends and turned into text only for messages.
type Path struct {
	parent *Path
	name   string // a field name, or "" for a list item
	index  int    // 1-based list position when name is ""
}

// String formats the path: fields joined by dots, list items as [N].
func (p *Path) String() string {
	return string(p.appendTo(nil))
}

// appendTo appends the path to b. It copies the names rather than
// returning one of them, so that a Path never escapes through its
// text: decoding makes one per value, on the stack.
func (p *Path) appendTo(b []byte) []byte {
	if p == nil {
		return b
	}
	b = p.parent.appendTo(b)
	if p.name == "" {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(p.index), 10)
		return append(b, ']')
	}
	if len(b) > 0 {
		b = append(b, '.')
	}
	return append(b, p.name...)
}

// Pairs is a mapping of names to texts whose names content chooses (a
// rule id to a severity or a reason), in the order written, each with the
// line of its name.
type Pairs []Pair

// Pair is one `name: text` line of a Pairs mapping.
type Pair struct {
	Key   string
	Value string
	Line  int
	Col   int
}

var pairsType = reflect.TypeOf(Pairs{})

// pairs decodes a mapping of names to texts.
func (d *Decoder) pairs(n *yaml.Node, v *Pairs, path *Path) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "type", "%s should be a set of `name: text` lines, not %s", describe(path), kindName(n))
		return
	}
	out := make(Pairs, 0, len(n.Content)/2)
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Kind != yaml.ScalarNode {
			d.errorf(key, "syntax", "a name must be plain text")
			continue
		}
		if first, ok := seen[key.Value]; ok {
			d.errorf(key, "duplicate-field", "%q is given twice (first on line %d); keep one", key.Value, first)
			continue
		}
		seen[key.Value] = key.Line
		p := &Path{parent: path, name: key.Value}
		text := ""
		if !isNull(val) {
			if !d.scalar(val, p, "text") {
				continue
			}
			text = val.Value
		}
		out = append(out, Pair{Key: d.arena.str(key.Value), Value: d.arena.str(text), Line: key.Line, Col: key.Column})
	}
	*v = out
}

// Get returns the value of name and whether it is given.
func (ps Pairs) Get(name string) (string, bool) {
	for _, p := range ps {
		if p.Key == name {
			return p.Value, true
		}
	}
	return "", false
}
