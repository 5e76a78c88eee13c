package checkin

import (
	"bytes"
	"fmt"
	"strings"
)

// Diff returns a unified diff, with three lines of context, from old to
// new, where new is old with lines inserted (as Append makes it). Lines
// are shown without their line ends.
func Diff(name string, old, new []byte) string {
	a, b := splitLines(old), splitLines(new)
	added := make([]bool, len(b)) // b's lines that are not a's
	for i, j := 0, 0; j < len(b); j++ {
		if i < len(a) && bytes.Equal(a[i], b[j]) {
			i++
		} else {
			added[j] = true
		}
	}
	var out strings.Builder
	fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", name, name)
	oldBefore := 0 // lines of a before b[j]
	for j := 0; j < len(b); {
		if !added[j] {
			j, oldBefore = j+1, oldBefore+1
			continue
		}
		start := max(j-3, 0)
		end := j
		for end < len(b) && (added[end] || addedWithin(added, end, 3)) {
			end++
		}
		oldStart := oldBefore - (j - start)
		oldCount := 0
		for k := start; k < end; k++ {
			if !added[k] {
				oldCount++
			}
		}
		fmt.Fprintf(&out, "@@ -%d,%d +%d,%d @@\n", oldStart+1, oldCount, start+1, end-start)
		for k := start; k < end; k++ {
			mark := " "
			if added[k] {
				mark = "+"
			}
			out.WriteString(mark + strings.TrimRight(string(b[k]), "\r\n") + "\n")
		}
		oldBefore = oldStart + oldCount
		j = end
	}
	return out.String()
}

// addedWithin reports whether a line added lies less than n lines before
// or after line i.
func addedWithin(added []bool, i, n int) bool {
	for k := max(i-n, 0); k < min(i+n+1, len(added)); k++ {
		if added[k] {
			return true
		}
	}
	return false
}
