package review

import (
	"strings"
	"testing"
)

// TestWords: words splits as strings.Fields does.
func TestWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc", "Ärger\u00a0reduzieren now", "x  ", "Launch the incident runbook.", "one two\u00a0three", "ship v2 to Zürich"} {
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

// TestHasQuantity: a share, an amount, a number after a word of
// comparison or right after the first word is a quantity; a title without
// a digit never is, nor a year, a version or a scoping number.
func TestHasQuantity(t *testing.T) {
	for title, want := range map[string]bool{
		"Reach 74% adoption":                    true,
		"Win $14M in new business":              true,
		"Get p95 latency under 15 minutes":      true,
		"Land 45 new logos":                     true,
		"Cut churn to 5k accounts":              true,
		"Delight customers":                     false,
		"Reduce churn to a trickle":             false,
		"Über-zufriedene Kunden bis ٣":          false, // not an ASCII digit: \d is [0-9]
		"Ship by 2027":                          false,
		"Make v2.0 reliable for Q4 2026":        false,
		"Serve our 500 busiest facilities well": false,
	} {
		if got := HasQuantity(title); got != want {
			t.Errorf("HasQuantity(%q) = %v, want %v", title, got, want)
		}
	}
}
