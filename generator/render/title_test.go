package render

import (
	"bytes"
	"html/template"
	"testing"
)

// TestAppendEscapedMatchesTitle compares appendEscaped, which the
// Go-written pages use for <title>, with what
// html/template writes for a string inside <title>.
func TestAppendEscapedMatchesTitle(t *testing.T) {
	tmpl := template.Must(template.New("t").Parse(`<title>{{ . }}</title>`))
	for _, s := range []string{"", "plain", `Ship "v2" & 'more' <now> + 1`, "nul\x00byte", "é日本🎯", "bad\xffutf8",
		"\ufdd0\uffff", "&amp;", "a+b=c"} {
		var want bytes.Buffer
		if err := tmpl.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		got := "<title>" + string(appendEscaped(nil, s)) + "</title>"
		if got != want.String() {
			t.Errorf("appendEscaped(%q) gives %q, html/template %q", s, got, want.String())
		}
	}
}
