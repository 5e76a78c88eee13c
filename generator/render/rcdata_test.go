package render

import (
	"bytes"
	"html/template"
	"testing"
)

// TestAppendRCDATAMatchesTemplates compares appendRCDATA with what
// html/template writes for a string inside <title>.
func TestAppendRCDATAMatchesTemplates(t *testing.T) {
	tmpl := template.Must(template.New("t").Parse(`<title>{{ . }}</title>`))
	for _, s := range []string{"", "plain", `Ship "v2" & 'more' <now> + 1`, "nul\x00byte", "é日本🎯", "bad\xffutf8",
		"\ufdd0\uffff", "&amp;", "a+b=c"} {
		var want bytes.Buffer
		if err := tmpl.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		got := "<title>" + string(appendRCDATA(nil, s)) + "</title>"
		if got != want.String() {
			t.Errorf("appendRCDATA(%q) gives %q, html/template %q", s, got, want.String())
		}
	}
}
