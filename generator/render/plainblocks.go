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
	var m markup
	m.SetBuffer(make([]byte, 0, len(src)+64))
	if !m.plainBlocks(src) {
		return "", false
	}
	return template.HTML(m.Bytes()), true
}

// plainBlocks appends what plainBlocks(src) returns and reports true, or
// appends nothing and reports false.
func (m *markup) plainBlocks(src string) bool {
	start := m.Len()
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
				m.Raw("</p>\n")
				open = false
			}
			continue
		}
		if !plainLine(line) {
			m.Truncate(start)
			return false
		}
		if open {
			m.Raw("\n")
		} else {
			m.Raw("<p>")
			open = true
		}
		m.HTML(template.HTML(line)) // plain text: nothing to escape (plainLine)
	}
	if open {
		m.Raw("</p>\n")
	}
	return m.Len() > start
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
