package export

import (
	"strings"
	"testing"
)

// excerptCases are Markdown bodies for the search index's excerpts.
var excerptCases = []string{
	"", "   ", "# Why\n\nBecause **reasons** and `code` > quotes | tables [links](x).",
	strings.Repeat("word ", 100), "a\u00a0b\u2003c", "Ünïcödé wörds\tand\ttabs\r\nand lines",
	strings.Repeat("x", 200), "bad \xff utf-8 \xfe here", strings.Repeat("long words ", 20) + "\xff after the cut",
	"\x85\u0085\u00a0 marks#*_`>[]|\v\f word\u2003", "é" + strings.Repeat("é", 100),
}

// excerptFields is how excerpt is defined: the words of md, Markdown marks
// taken for spaces.
func excerptFields(md string) string {
	return excerptOf(strings.Fields(strings.Map(excerptSpace, md)))
}

func TestExcerpt(t *testing.T) {
	for _, md := range excerptCases {
		if got, want := excerpt(md), excerptFields(md); got != want {
			t.Errorf("excerpt(%q) = %q, want %q", md, got, want)
		}
	}
}

func FuzzExcerpt(f *testing.F) {
	for _, md := range excerptCases {
		f.Add(md)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if got, want := excerpt(md), excerptFields(md); got != want {
			t.Errorf("excerpt(%q) = %q, want %q", md, got, want)
		}
	})
}
