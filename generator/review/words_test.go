package review

import (
	"strings"
	"testing"
)

// TestWords: words splits as strings.Fields does.
func TestWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc", "Ärger\u00a0reduzieren now", "x  ", "Launch the incident runbook."} {
		f := strings.Fields(s)
		n, second, last := words(s)
		want2, wantLast := "", ""
		if len(f) > 1 {
			want2 = f[1]
		}
		if len(f) > 0 {
			wantLast = f[len(f)-1]
		}
		if n != len(f) || second != want2 || last != wantLast {
			t.Errorf("words(%q) = %d, %q, %q; want %d, %q, %q", s, n, second, last, len(f), want2, wantLast)
		}
	}
}
