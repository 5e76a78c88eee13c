package resolve

import (
	"fmt"
	"strings"
	"testing"
)

// manyKeyResults is a portal with one objective of n key results, ids
// kr1…krN, with the ids of dups used a second time at the end.
func manyKeyResults(n int, dups ...int) string {
	var b strings.Builder
	b.WriteString("-- portal.yaml --\ntitle: T\n-- teams/eng.md --\n---\nname: Eng\n---\n-- okrs/2026-Q4/eng/a.md --\n---\ntitle: A\nkey_results:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - {id: kr%d, title: k%d, target: 1}\n", i, i)
	}
	for _, d := range dups {
		fmt.Fprintf(&b, "  - {id: kr%d, title: again, target: 1}\n", d)
	}
	b.WriteString("---\n")
	return b.String()
}

// The duplicate check of a large objective (a map past a few key results,
// not a linear search per key result) finds the same duplicates.
func TestDuplicateKeyResultIDsInALargeObjective(t *testing.T) {
	const n = 3000
	p, list := load(t, manyKeyResults(n, 2, 40, n), "2026-11-27")
	line := func(i int) int { return 3 + i } // kr1 is on line 4 of a.md
	assertErrors(t, list,
		fmt.Sprintf(`okrs/2026-Q4/eng/a.md:%d: [duplicate-id] key result id "kr2" is used twice in this objective (first on line %d)`, line(n+1), line(2)),
		fmt.Sprintf(`okrs/2026-Q4/eng/a.md:%d: [duplicate-id] key result id "kr40" is used twice in this objective (first on line %d)`, line(n+2), line(40)),
		fmt.Sprintf(`okrs/2026-Q4/eng/a.md:%d: [duplicate-id] key result id "kr%d" is used twice in this objective (first on line %d)`, line(n+3), n, line(n)),
	)
	if got := len(p.Objectives[0].KeyResults); got != n {
		t.Errorf("%d key results, want %d", got, n)
	}
}

// BenchmarkManyKeyResults shows the cost per key result staying flat as
// an objective grows (go test -bench ManyKeyResults ./generator/resolve).
func BenchmarkManyKeyResults(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		archive := manyKeyResults(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				load(b, archive, "2026-11-27")
			}
		})
	}
}
