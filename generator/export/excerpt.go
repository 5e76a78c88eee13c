package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// excerptLen is how much of an objective's body the search index holds.
const excerptLen = 160

// excerpt is the start of a Markdown text as plain words: the words of
// md, its Markdown marks taken for spaces (excerptSpace), up to
// excerptLen bytes. It reads md only as far as the excerpt goes, a byte
// at a time where md is ASCII; invalid UTF-8 there takes the way by
// strings.Fields, which turns it into U+FFFD.
func excerpt(md string) string {
	b := make([]byte, 0, excerptLen+len(" …"))
	for i := 0; ; {
		start, ok := excerptSkip(md, i, false)
		if !ok {
			return excerptOf(strings.Fields(strings.Map(excerptSpace, md)))
		}
		if start == len(md) {
			break
		}
		end, ok := excerptSkip(md, start, true)
		if !ok {
			return excerptOf(strings.Fields(strings.Map(excerptSpace, md)))
		}
		w := md[start:end]
		if len(b)+len(w) > excerptLen {
			b = append(b, " …"...)
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
		i = end
	}
	return string(b)
}

// excerptSkip returns the end of the run of word characters (word) or
// of spaces (!word) in md from i, and false at invalid UTF-8.
func excerptSkip(md string, i int, word bool) (int, bool) {
	for i < len(md) {
		c := md[i]
		if c < utf8.RuneSelf {
			if isExcerptSpaceASCII(c) == word {
				return i, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(md[i:])
		if r == utf8.RuneError && n == 1 {
			return i, false
		}
		if isExcerptSpace(r) == word {
			return i, true
		}
		i += n
	}
	return i, true
}

// isExcerptSpaceASCII is isExcerptSpace for an ASCII byte.
func isExcerptSpaceASCII(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', '#', '*', '_', '`', '>', '[', ']', '|':
		return true
	}
	return false
}

// excerptOf joins the first words up to excerptLen bytes.
func excerptOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !appendWord(&b, w) {
			break
		}
	}
	return b.String()
}

// appendWord adds w to an excerpt, or " …" and false when it is full.
func appendWord(b *strings.Builder, w string) bool {
	if b.Len()+len(w) > excerptLen {
		b.WriteString(" …")
		return false
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
	return true
}

// excerptSpace maps the Markdown marks an excerpt leaves out to spaces.
func excerptSpace(r rune) rune {
	switch r {
	case '#', '*', '_', '`', '>', '[', ']', '|':
		return ' '
	}
	return r
}

func isExcerptSpace(r rune) bool { return unicode.IsSpace(excerptSpace(r)) }
