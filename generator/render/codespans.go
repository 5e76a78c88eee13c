package render

import (
	"html/template"
	"strings"

	"github.com/okrportal/okrportal/generator/html"
)

// codeSpans renders a review message, plain text with Markdown code spans
// (“add `diagnosis:` to strategy.md”): each backticked span becomes
// <code>, everything escaped. An unpaired backtick stays as it is.
func codeSpans(s string) template.HTML {
	if strings.IndexByte(s, '`') < 0 {
		return template.HTML(html.AppendEscaped(nil, s))
	}
	var w html.Writer
	w.SetBuffer(make([]byte, 0, len(s)+32))
	appendCodeSpans(&w, s)
	return template.HTML(w.Bytes())
}

// appendCodeSpans appends s as codeSpans renders it.
func appendCodeSpans(w *html.Writer, s string) {
	for {
		i := strings.IndexByte(s, '`')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+1:], '`')
		if j < 0 {
			break
		}
		w.Text(s[:i])
		w.Raw("<code>")
		w.Text(s[i+1 : i+1+j])
		w.Raw("</code>")
		s = s[i+2+j:]
	}
	w.Text(s)
}
