package render

import (
	"html"
	"strings"
	"testing"
	"unicode"
)

// escapeCases are texts for the chart's escaper.
var escapeCases = []string{
	"", "plain", "a+b & c", `<script>alert("x")</script>`, "it's", "\x00nul", "\xff\xfe invalid", "\uFDD0\uFFFF",
}

func FuzzSVGEscapes(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendHTMLEscaped(nil, s)), html.EscapeString(s); got != want {
			t.Errorf("%q: appendHTMLEscaped gives %s, html.EscapeString %s", s, got, want)
		}
	})
}

// TestSVGEscapesLikeEscapeString: the chart's texts are escaped as
// html.EscapeString escapes them.
func TestSVGEscapesLikeEscapeString(t *testing.T) {
	for _, s := range escapeCases {
		if got, want := string(appendHTMLEscaped(nil, s)), html.EscapeString(s); got != want {
			t.Errorf("%q: appendHTMLEscaped gives %s, html.EscapeString %s", s, got, want)
		}
	}
}

// TestTreeInPieces: a tree handed to the template in pieces is the tree
// built in one go, and a template that stops early stops the pieces.
func TestTreeInPieces(t *testing.T) {
	th := defaultTheme(t)
	s := newSite(largePortal(1000, 100, 300), Options{}, th.frags)
	tr := s.treePlan(s.Current).Pages[0]
	pg := s.alignPage(tr)
	var got strings.Builder
	pieces := 0
	for piece := range pg.Tree(tr) {
		got.WriteString(string(piece)) // valid only until the next
		pieces++
	}
	want := &markup{prefix: pg.prefix}
	s.treeHTML(want, tr)
	if pieces < 2 || got.String() != string(want.Bytes()) {
		t.Errorf("%d pieces of %d bytes, want %d bytes in pieces", pieces, got.Len(), want.Len())
	}
	for range pg.Tree(tr) {
		break
	}
	if pg.err != nil {
		t.Error(pg.err)
	}
}

// plainTextByRunes is plainText as first written, rune by rune.
func plainTextByRunes(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' || strings.Contains(text, "  ") {
		return false
	}
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == ' ':
		case strings.ContainsRune(".,;?-+%/$()'", r):
		case r > 0x7f && unicode.IsLetter(r):
		default:
			return false
		}
	}
	return !strings.Contains(strings.ToLower(text), "www.")
}

func FuzzPlainTextFast(f *testing.F) {
	for _, s := range []string{"Two big deals.", "see WwW.x", "Ünïcode ok", "a\x00b", "ok www", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := plainText(s), plainTextByRunes(s); got != want {
			t.Errorf("plainText(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestPlainTextEveryByte holds plainText to plainTextByRunes for every
// ASCII byte, alone, between letters, doubled and in "www." spellings.
func TestPlainTextEveryByte(t *testing.T) {
	for c := 0; c < 128; c++ {
		b := string(rune(c))
		for _, s := range []string{b, "a" + b + "a", "a" + b + b + "a", "x" + b + "ww." + b, "WwW" + b + "x"} {
			if got, want := plainText(s), plainTextByRunes(s); got != want {
				t.Errorf("plainText(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
