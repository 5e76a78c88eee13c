package decode

import (
	"fmt"
	"strings"
	"testing"
)

// TestDecodeManyPointerValues decodes more pointer values, keys and dates
// than several arena chunks hold, with invalid values in between: every
// value must be its own, and every invalid one nil.
func TestDecodeManyPointerValues(t *testing.T) {
	var b strings.Builder
	b.WriteString("title: many\nowner: ann\ndue: 2026-10-01\nkey_results:\n")
	const n = 700
	for i := range n {
		target := fmt.Sprint(i)
		if i%7 == 3 {
			target = "lots" // invalid: stays nil
		}
		fmt.Fprintf(&b, "  - title: kr %d\n    target: %s\n    done: %v\n", i, target, i%2 == 0)
	}
	v, errs := decodeYAML(t, b.String())
	if len(errs) != (n+3)/7 {
		t.Errorf("%d errors, want %d", len(errs), (n+3)/7)
	}
	if v.Owner == nil || v.Owner.Value != "ann" || v.Due == nil || v.Due.Format("2006-01-02") != "2026-10-01" {
		t.Fatalf("owner %v, due %v", v.Owner, v.Due)
	}
	seen := map[*float64]bool{}
	for i, it := range v.Items {
		if it.Title != fmt.Sprintf("kr %d", i) || it.Done != (i%2 == 0) || len(it.Meta.keys) != 3 {
			t.Fatalf("item %d = %+v", i, it)
		}
		if i%7 == 3 {
			if it.Target != nil {
				t.Errorf("item %d: invalid target = %v, want nil", i, *it.Target)
			}
			continue
		}
		if it.Target == nil || *it.Target != float64(i) || seen[it.Target] {
			t.Fatalf("item %d: target %v (shared: %v)", i, it.Target, seen[it.Target])
		}
		seen[it.Target] = true
	}
}
