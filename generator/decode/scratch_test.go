package decode

import (
	"reflect"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"go.yaml.in/yaml/v3"
)

// TestScratch decodes files one after another with a Scratch for items,
// as a loader's worker does: within a file the lists lent never overlap,
// and after Reset the next file's items start from zero values.
func TestScratch(t *testing.T) {
	type twoLists struct {
		A []item `yaml:"a"`
		B []item `yaml:"b"`
		C []item `yaml:"c"`
	}
	s := NewScratch(reflect.TypeOf(item{}))
	decodeWith := func(text string) twoLists {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(text), &n); err != nil {
			t.Fatal(err)
		}
		var v twoLists
		list := &diag.List{}
		(&Decoder{File: "f.md", List: list, Scratch: s}).Decode(n.Content[0], &v)
		if list.Len() > 0 {
			t.Fatal(list.Sorted())
		}
		return v
	}
	v := decodeWith("a:\n  - {title: a1, target: 1}\n  - {title: a2, done: true}\nb: [{title: b1}]\nc: []\n")
	if len(v.A) != 2 || v.A[0].Title != "a1" || *v.A[0].Target != 1 || !v.A[1].Done || len(v.B) != 1 || v.B[0].Title != "b1" || v.C != nil {
		t.Fatalf("first file: %+v", v)
	}
	v.B = append(v.B, item{Title: "appended"}) // must not write over a list lent after it
	if v.A[0].Title != "a1" || v.A[1].Title != "a2" {
		t.Fatalf("appending to b changed a: %+v", v.A)
	}
	s.Reset()
	v = decodeWith("a:\n  - {title: x}\n  - {id: y}\n")
	if len(v.A) != 2 || v.A[0].Title != "x" || v.A[0].Target != nil || v.A[1].Title != "" || v.A[1].ID != "y" || v.A[1].Done || v.B != nil {
		t.Fatalf("second file, after Reset: %+v", v)
	}
	for i := range 200 { // beyond the first buffer
		text := "a:\n"
		for range i % 7 {
			text += "  - {title: t, done: true}\n"
		}
		if got := decodeWith(text); len(got.A) != i%7 {
			t.Fatalf("file %d: %d items", i, len(got.A))
		}
		if i%3 == 0 {
			s.Reset()
		}
	}
}
