package decode

import (
	"reflect"
	"unsafe"
)

// Chunks start small, for the files with a handful of fields, and double
// up to maxChunk values.
const (
	minChunk = 8
	maxChunk = 256
)

// grow returns the size of the chunk after one of size n.
func grow(n int) int { return min(max(2*n, minChunk), maxChunk) }

// arena hands out the small values a file's front matter decodes into —
// the targets of pointer fields, the key lists of Meta and the text of
// strings — from chunks, so that a file costs a few allocations rather
// than one per value. The values live as long as any of their chunk does,
// which for a decoded file is as long as the file.
//
// Strings are copied: the decoded value never shares memory with the node
// tree, whose text may be the caller's buffer (yamlfast.Parser.Borrow),
// nor keeps the rest of the front matter (keys, numbers, dates, spaces)
// alive with it.
type arena struct {
	text   []byte
	floats []float64
	refs   []Ref
	dates  []Date
	keyBuf []key
}

// new returns a pointer to a new zero value of pl's type, as reflect.New.
func (a *arena) new(pl *plan) unsafe.Pointer {
	switch pl.typ {
	case float64Type:
		return unsafe.Pointer(take(&a.floats))
	case refType:
		return unsafe.Pointer(take(&a.refs))
	case dateType:
		return unsafe.Pointer(take(&a.dates))
	}
	return reflect.New(pl.typ).UnsafePointer()
}

var float64Type = reflect.TypeOf(float64(0))

// take returns a pointer to the next free value of *chunk, starting a new
// chunk when it is used up.
func take[T any](chunk *[]T) *T {
	if len(*chunk) == cap(*chunk) {
		*chunk = make([]T, 0, grow(cap(*chunk)))
	}
	*chunk = (*chunk)[:len(*chunk)+1]
	return &(*chunk)[len(*chunk)-1]
}

// str returns a copy of s from the arena.
func (a *arena) str(s string) string {
	if s == "" {
		return ""
	}
	if cap(a.text)-len(a.text) < len(s) {
		// A new chunk (strings handed out stay put), from 256 bytes for
		// the files with a name and a title, doubling up to 8 KB.
		a.text = make([]byte, 0, max(len(s), min(max(2*cap(a.text), 256), 8<<10)))
	}
	start := len(a.text)
	a.text = append(a.text, s...)
	return unsafe.String(&a.text[start], len(s))
}

// keys returns an empty key list with room for n keys; appending more
// than n moves it out of the arena.
func (a *arena) keys(n int) []key {
	if n > maxChunk/4 {
		return make([]key, 0, n)
	}
	if cap(a.keyBuf)-len(a.keyBuf) < n {
		a.keyBuf = make([]key, 0, max(grow(cap(a.keyBuf)), n))
	}
	start := len(a.keyBuf)
	a.keyBuf = a.keyBuf[:start+n]
	return a.keyBuf[start : start : start+n]
}
