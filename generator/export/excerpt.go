package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// excerptLen is how much of an objective's body the search index holds.
const excerptLen = 160

// excerpt is the start of a Markdown text as plain words.
func excerpt(md string) string {
	if !utf8.ValidString(md) {
		return excerptOf(strings.Fields(strings.Map(excerptSpace, md)))
	}
	var b strings.Builder
	for rest := md; ; {
		i := strings.IndexFunc(rest, isExcerptWord)
		if i < 0 {
			break
		}
		rest = rest[i:]
		end := strings.IndexFunc(rest, isExcerptSpace)
		if end < 0 {
			end = len(rest)
		}
		if !appendWord(&b, rest[:end]) {
			break
		}
		rest = rest[end:]
	}
	return b.String()
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
func isExcerptWord(r rune) bool  { return !isExcerptSpace(r) }
