package decode

import (
	"math"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// A plan says how to decode into values of one Go type. It is worked out
// once per type, with reflection; decoding a value then follows its plan
// and writes through pointers, with no reflection, type switch or map
// lookup per value but the lookup of each field name. A plan is immutable
// once built, and shared by every decoder.
//
// Decoding writes a value of the plan's type at an unsafe.Pointer: that is
// sound because each op is chosen for the one kind of Go value it writes
// (opString writes a string, opPointer a pointer to a value of elem's
// type, and so on), by build and nowhere else.
type plan struct {
	op     op
	typ    reflect.Type
	size   uintptr // of a value: the distance between the items of a slice
	elem   *plan   // opPointer: the target's plan; opSlice: the items'
	fields *fields // opStruct
}

// op is what a plan writes.
type op uint8

const (
	opString  op = iota // a string kind
	opBool              // a bool kind
	opInt               // an int kind
	opFloat             // a float64 kind
	opDate              // Date
	opRef               // Ref
	opPairs             // Pairs
	opPointer           // a pointer to elem
	opSlice             // a slice of elem
	opStruct            // a struct with `yaml` tags
)

// fields are a struct's front-matter fields.
type fields struct {
	// byLen holds the fields by the length of their name: a key is
	// compared with the two or three names of its length, which costs
	// less than hashing it.
	byLen   [][]*field
	names   []string // sorted, for suggestions; Meta keys index it
	meta    uintptr  // offset of the Meta field, when hasMeta
	hasMeta bool
}

// field is one front-matter field of a struct.
type field struct {
	name   string
	index  int     // of the struct field (reflect.Type.Field)
	offset uintptr // of the struct field in the struct
	order  uint16  // index in fields.names
	plan   *plan
}

var plans sync.Map // reflect.Type → *plan; immutable, derived from types only

// planOf returns the plan for t. It panics when t, or a type t holds,
// is not supported (see the package comment): a programming error.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	p, _ := plans.LoadOrStore(t, build(t, map[reflect.Type]*plan{}))
	return p.(*plan)
}

// fieldsOf returns the fields of the struct type t.
func fieldsOf(t reflect.Type) *fields { return planOf(t).fields }

// build works out the plan for t; seen holds the plans being built, so
// that a type holding itself (through a pointer or a slice) ends.
func build(t reflect.Type, seen map[reflect.Type]*plan) *plan {
	if p, ok := seen[t]; ok {
		return p
	}
	p := &plan{typ: t, size: t.Size()}
	seen[t] = p
	switch {
	case t == dateType:
		p.op = opDate
	case t == refType:
		p.op = opRef
	case t == pairsType:
		p.op = opPairs
	default:
		p.op = kindOp(t)
		switch p.op {
		case opPointer, opSlice:
			p.elem = build(t.Elem(), seen)
		case opStruct:
			p.fields = buildFields(t, seen)
		}
	}
	return p
}

// kindOp is the op for a type of t's kind.
func kindOp(t reflect.Type) op {
	switch t.Kind() {
	case reflect.String:
		return opString
	case reflect.Bool:
		return opBool
	case reflect.Int:
		return opInt
	case reflect.Float64:
		return opFloat
	case reflect.Pointer:
		return opPointer
	case reflect.Slice:
		return opSlice
	case reflect.Struct:
		return opStruct
	}
	panic("decode: unsupported field type " + t.String())
}

// buildFields lists the fields of the struct type t named by `yaml` tags,
// and its Meta field.
func buildFields(t reflect.Type, seen map[reflect.Type]*plan) *fields {
	f := &fields{}
	byName := map[string]*field{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if sf.Type == metaType {
			f.meta, f.hasMeta = sf.Offset, true
			continue
		}
		name := strings.Split(sf.Tag.Get("yaml"), ",")[0]
		if name == "" || name == "-" {
			continue
		}
		byName[name] = &field{name: name, index: i, offset: sf.Offset, plan: build(sf.Type, seen)}
		f.names = append(f.names, name)
	}
	if len(f.names) > math.MaxUint16 {
		panic("decode: too many fields in " + t.String())
	}
	sort.Strings(f.names)
	for i, name := range f.names {
		fd := byName[name]
		fd.order = uint16(i)
		for len(f.byLen) <= len(name) {
			f.byLen = append(f.byLen, nil)
		}
		f.byLen[len(name)] = append(f.byLen[len(name)], fd)
	}
	return f
}

// lookup returns the field called name, or nil.
func (f *fields) lookup(name string) *field {
	if len(name) >= len(f.byLen) {
		return nil
	}
	for _, fd := range f.byLen[len(name)] {
		if fd.name == name {
			return fd
		}
	}
	return nil
}

// at returns the address of the field in the struct at p.
func (fd *field) at(p unsafe.Pointer) unsafe.Pointer { return unsafe.Add(p, fd.offset) }
