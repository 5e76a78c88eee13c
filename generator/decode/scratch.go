package decode

import (
	"reflect"
	"unsafe"
)

// Scratch lends decoders the memory of lists that their caller reads once
// and drops: the lists of the item types it was made for are decoded into
// buffers that Reset hands out again for the next file, instead of into
// new memory every time (a portal's check-ins are most of its lists, and
// the caller turns them into other values right after decoding).
//
// The caller must drop every such list, and every pointer into one,
// before it calls Reset: the next file's lists overwrite them. A Scratch
// is not safe for concurrent use; give each goroutine its own.
type Scratch struct {
	bufs map[reflect.Type]*scratchBuf // by item type
}

// scratchBuf is the buffer of one item type: a slice whose first used
// items are lent out.
type scratchBuf struct {
	items reflect.Value // a slice of the item type
	used  int
}

// NewScratch returns a Scratch for lists of the given item types.
func NewScratch(items ...reflect.Type) *Scratch {
	s := &Scratch{bufs: map[reflect.Type]*scratchBuf{}}
	for _, t := range items {
		s.bufs[t] = &scratchBuf{items: reflect.MakeSlice(reflect.SliceOf(t), 0, 0)}
	}
	return s
}

// Reset zeroes the lists lent out and takes them back.
func (s *Scratch) Reset() {
	for _, b := range s.bufs {
		b.items.Slice(0, b.used).Clear()
		b.used = 0
	}
}

// list makes the slice at p, of plan pl, a list of n zero items lent from
// s, and returns the address of its first item; ok is false when s holds
// no buffer for pl's items (s may be nil).
func (s *Scratch) list(pl *plan, p unsafe.Pointer, n int) (first unsafe.Pointer, ok bool) {
	if s == nil {
		return nil, false
	}
	b := s.bufs[pl.elem.typ]
	if b == nil {
		return nil, false
	}
	if b.used+n > b.items.Cap() {
		// A bigger buffer; the lists lent from the old one keep it.
		b.items, b.used = reflect.MakeSlice(b.items.Type(), 0, max(2*b.items.Cap(), n, 64)), 0
	}
	lent := b.items.Slice3(b.used, b.used+n, b.used+n)
	b.used += n
	reflect.NewAt(pl.typ, p).Elem().Set(lent)
	return lent.UnsafePointer(), true
}
