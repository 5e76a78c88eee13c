package render

import (
	"html/template"
	"strings"
)

// plainBlocks returns src rendered as the Markdown renderer renders it,
// when src is nothing but paragraphs of plain text (plainText lines, none
// of which could start a list), and ok; else ok is false and the renderer
// must do it. Most objectives' "why" is a few such paragraphs, and the
// renderer takes a sixth of an objective page's time for them.
//
// The renderer makes a paragraph <p>, its lines joined by newlines, </p>
// and a newline; plain text needs no escaping there. TestPlainBlocksRender
// compares the two.
func plainBlocks(src string) (h template.HTML, ok bool) {
	var b strings.Builder
	b.Grow(len(src) + 64)
	open := false // a paragraph is open
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line == "" {
			if open {
				b.WriteString("</p>\n")
				open = false
			}
			continue
		}
		if !plainLine(line) {
			return "", false
		}
		if open {
			b.WriteByte('\n')
		} else {
			b.WriteString("<p>")
			open = true
		}
		b.WriteString(line)
	}
	if open {
		b.WriteString("</p>\n")
	}
	if b.Len() == 0 {
		return "", false
	}
	return template.HTML(b.String()), true
}

// plainLine reports whether line is plain text (plainText) that cannot
// start a block other than a paragraph: not a list item ("- ", "+ ",
// "1. ", "1) "), so neither a digit nor a sign first.
func plainLine(line string) bool {
	switch c := line[0]; {
	case c >= '0' && c <= '9', c == '-', c == '+':
		return false
	}
	return plainText(line)
}
