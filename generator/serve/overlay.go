package serve

import (
	"bytes"
	"html/template"

	"github.com/okrportal/okrportal/generator/diag"
)

// overlayMax is how many errors the overlay shows; the terminal has all.
const overlayMax = 20

// errorOverlay renders the panel laid over every page of the last good
// site while the content has errors: the errors with their file:line,
// message and source lines, as on the error page. Content is untrusted:
// html/template escapes it.
func errorOverlay(root string, errs []diag.Diagnostic) []byte {
	items := errorItems(root, errs)
	more := 0
	if len(items) > overlayMax {
		more, items = len(items)-overlayMax, items[:overlayMax]
	}
	var buf bytes.Buffer
	if err := overlayTemplate.Execute(&buf, struct {
		Count, More int
		Errors      []errorItem
	}{len(errs), more, items}); err != nil {
		return []byte(`<div id="okrportal-errors" role="alert">The portal has errors; see the terminal.</div>`)
	}
	return buf.Bytes()
}

var overlayTemplate = template.Must(template.New("overlay").Parse(`<div id="okrportal-errors" role="alert">
<style>
#okrportal-errors { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
  background: #fff; color: #1d2330; border-top: 4px solid #b42318; box-shadow: 0 -4px 16px rgba(0,0,0,.25);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: .75rem 1.25rem; text-align: left; }
#okrportal-errors h2 { margin: 0 0 .25rem; font-size: 1.1rem; color: #b42318; }
#okrportal-errors p { margin: 0 0 .5rem; color: #5d6675; }
#okrportal-errors ol { margin: 0; padding: 0 0 0 1.25rem; }
#okrportal-errors li { margin: 0 0 .5rem; }
#okrportal-errors .pos { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }
#okrportal-errors .rule { color: #5d6675; }
#okrportal-errors pre { margin: .25rem 0 0; padding: .25rem .5rem; background: #f6f7f9; overflow-x: auto; font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; }
#okrportal-errors .hit { background: #fdecea; display: block; }
#okrportal-errors .n { color: #5d6675; display: inline-block; min-width: 4ch; }
</style>
<h2>The portal has {{ .Count }} {{ if eq .Count 1 }}error{{ else }}errors{{ end }}</h2>
<p>You are looking at the last good version. Fix {{ if eq .Count 1 }}it{{ else }}them{{ end }} in your editor: this panel goes away by itself once the files are saved without errors.</p>
<ol>
{{- range .Errors }}
<li>
{{- range .Problems }}<div><span class="pos">{{ .Position }}</span> <span class="rule">[{{ .Rule }}]</span> {{ .Message }}</div>{{ end }}
{{- with .Lines }}<pre><code>{{ range . }}<span{{ if .Hit }} class="hit"{{ end }}><span class="n">{{ .N }}</span>{{ .Text }}
</span>{{ end }}</code></pre>{{ end }}
</li>
{{- end }}
{{- if .More }}<li>… and {{ .More }} more (see the terminal)</li>{{ end }}
</ol>
</div>
`))
