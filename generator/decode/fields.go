package decode

import (
	"reflect"
)

// Field describes one front-matter field of a target struct, as the
// decoder accepts it: its name, what it takes, and the fields of the
// mapping (or of each mapping of the list) it holds.
type Field struct {
	Name   string
	Type   string  // "text", "number", "list of references", …
	Fields []Field // for a mapping or a list of mappings
}

// Fields lists the fields the decoder accepts for the struct type t, in
// the decoder's own order (sorted by name), from the same table it
// decodes with: documentation made from it cannot miss a field.
func Fields(t reflect.Type) []Field {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	f := fieldsOf(t)
	out := make([]Field, 0, len(f.names))
	for _, name := range f.names {
		ft := t.Field(f.lookup(name).index).Type
		field := Field{Name: name, Type: typeName(ft)}
		if s := structOf(ft); s != nil {
			field.Fields = Fields(s)
		}
		out = append(out, field)
	}
	return out
}

// structOf returns the mapping type t or its list items are, or nil.
func structOf(t reflect.Type) reflect.Type {
	if t == pairsType {
		return nil
	}
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct && t != dateType && t != refType {
		return t
	}
	return nil
}

// typeName names what a field of type t takes, in the words of the
// decoder's messages.
func typeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == pairsType:
		return "mapping of names to texts"
	case t == dateType:
		return "date"
	case t == refType:
		return "reference"
	}
	switch t.Kind() {
	case reflect.Slice:
		return "list of " + plural(typeName(t.Elem()))
	case reflect.Struct:
		return "mapping"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true/false"
	case reflect.Int:
		return "whole number"
	case reflect.Float64:
		return "number"
	}
	return t.String()
}

func plural(s string) string {
	switch s {
	case "text":
		return "texts"
	case "true/false":
		return "true/false"
	}
	return s + "s"
}
