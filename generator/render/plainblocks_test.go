package render

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/markdown"
)

var plainBlockCases = []string{
	"", "\n\n", "One line.", "One line.\n", "First para.\n\nSecond para.\n\n\nThird.",
	"A wrapped\nparagraph of\nthree lines.", "\n\nLeading blank lines.", "Trailing.\n\n\n",
	"1. a list", "- a list", "+ a list", "Text\n- interrupted by a list", "Text\n1. or not",
	"Text\n---", "Text\n===", "  indented", "Tab\tin", "Café déjà vu, naïve (approx. 5%).",
	"It's 50/50; ok?", "see www.example.com", "a  double space", "trailing space ",
	"Crème\r\nbrûlée", "$5 (plus 10%) - roughly", "a * b", "under_score", "x<y", "a & b",
}

// TestPlainBlocksRender: whatever plainBlocks takes, it renders as the
// Markdown renderer does, on hand-picked texts and random ones made of
// the characters that matter.
func TestPlainBlocksRender(t *testing.T) {
	md := markdown.New(false)
	check := func(src string) bool {
		got, ok := plainBlocks(src)
		if !ok {
			return false
		}
		if want := md.Render(src); got != want {
			t.Fatalf("%q: plainBlocks gives %q, the renderer %q", src, got, want)
		}
		return true
	}
	taken := 0
	for _, src := range plainBlockCases {
		if check(src) {
			taken++
		}
	}
	if taken < 6 {
		t.Errorf("took %d of the hand-picked texts", taken)
	}
	r := rand.New(rand.NewPCG(5, 6))
	const alphabet = "aZé9 .,;?-+%/$()'\n\n\n=*#>|:@w"
	runes := []rune(alphabet)
	taken = 0
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(40) {
			b.WriteRune(runes[r.IntN(len(runes))])
		}
		if check(b.String()) {
			taken++
		}
	}
	if taken < 500 {
		t.Errorf("took %d of the random texts", taken)
	}
}

func FuzzPlainBlocks(f *testing.F) {
	for _, s := range plainBlockCases {
		f.Add(s)
	}
	md := markdown.New(false)
	f.Fuzz(func(t *testing.T, src string) {
		if got, ok := plainBlocks(src); ok {
			if want := md.Render(src); got != want {
				t.Errorf("%q: plainBlocks gives %q, the renderer %q", src, got, want)
			}
		}
	})
}
