package serve

import (
	"bytes"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/diag"
)

// Limits of the source excerpts on the error page.
const (
	excerptContext = 3       // lines shown before and after the error line
	excerptMaxLine = 300     // runes shown of a long line
	excerptMaxFile = 4 << 20 // larger files get no excerpt
)

// errorItem is the errors of one line of a file (or one error without a
// line), shown above the source around that line.
type errorItem struct {
	Problems []diag.Diagnostic
	Lines    []excerptLine // the source around the line; empty when unknown
}

// excerptLine is one source line of an excerpt.
type excerptLine struct {
	N     int
	Text  string
	Hit   bool   // the errors' line
	Caret bool   // a caret goes under the hit line
	Pad   string // the blank text before the caret
}

// errorPage renders the page shown instead of the portal while the
// content has errors: every error with its file:line, its message and
// the source lines around it, read from root. errs are sorted by file and
// line. Content is untrusted: html/template escapes it.
func errorPage(root string, errs []diag.Diagnostic) []byte {
	items := errorItems(root, errs)
	var buf bytes.Buffer
	if err := errorTemplate.Execute(&buf, struct {
		Count  int
		Errors []errorItem
	}{len(errs), items}); err != nil {
		// The template is ours and its data plain; this cannot happen
		// short of a bug, and the page must still say something.
		return []byte("<!DOCTYPE html><title>okrportal</title><p>The portal has errors; see the terminal.</p>")
	}
	return buf.Bytes()
}

// errorItems groups errs (sorted by file and line) by line, with the
// source lines around each, read from root.
func errorItems(root string, errs []diag.Diagnostic) []errorItem {
	files := map[string][]string{}
	var items []errorItem
	for _, d := range errs {
		if n := len(items); n > 0 && d.Line > 0 && sameLine(items[n-1].Problems[0], d) {
			items[n-1].Problems = append(items[n-1].Problems, d)
			continue
		}
		items = append(items, errorItem{Problems: []diag.Diagnostic{d}})
	}
	for i := range items {
		items[i].Lines = excerpt(root, items[i].Problems, files)
	}
	return items
}

func sameLine(a, b diag.Diagnostic) bool { return a.File == b.File && a.Line == b.Line }

// excerpt returns the lines around the line of ds (all on one line of one
// file), or nil when they have no line or the file cannot be read. files
// caches the files read for one page.
func excerpt(root string, ds []diag.Diagnostic, files map[string][]string) []excerptLine {
	d := ds[0]
	if d.File == "" || d.Line <= 0 || !filepath.IsLocal(filepath.FromSlash(d.File)) {
		return nil
	}
	lines, ok := files[d.File]
	if !ok {
		lines = readLines(filepath.Join(root, filepath.FromSlash(d.File)))
		files[d.File] = lines
	}
	if d.Line > len(lines) {
		return nil
	}
	col := 0
	for _, d := range ds {
		if d.Col > 0 {
			col = d.Col
			break
		}
	}
	first := max(1, d.Line-excerptContext)
	last := min(len(lines), d.Line+excerptContext)
	out := make([]excerptLine, 0, last-first+1)
	for n := first; n <= last; n++ {
		l := excerptLine{N: n, Text: shorten(lines[n-1]), Hit: n == d.Line}
		if l.Hit && col > 0 {
			l.Caret, l.Pad = true, caretIndent(lines[n-1], col)
		}
		out = append(out, l)
	}
	return out
}

// readLines reads a text file as lines without their line ends and
// without a leading byte-order mark; nil when it cannot be read.
func readLines(path string) []string {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > excerptMaxFile {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.ToValidUTF8(strings.TrimSuffix(l, "\r"), "\ufffd")
	}
	return lines
}

// shorten cuts a line to excerptMaxLine runes.
func shorten(line string) string {
	if utf8.RuneCountInString(line) <= excerptMaxLine {
		return line
	}
	return string([]rune(line)[:excerptMaxLine]) + " …"
}

// caretIndent is the blank text that puts a caret under column col
// (counted in runes from 1) of line, keeping tabs so that it lines up.
func caretIndent(line string, col int) string {
	var b strings.Builder
	for i, r := range []rune(line) {
		if i >= col-1 || i >= excerptMaxLine {
			break
		}
		if r == '\t' {
			b.WriteRune('\t')
		} else {
			b.WriteRune(' ')
		}
	}
	return b.String()
}

var errorTemplate = template.Must(template.New("errors").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{ .Count }} {{ if eq .Count 1 }}error{{ else }}errors{{ end }} · okrportal</title>
<style>
:root { --fg: #1d2330; --muted: #5d6675; --bg: #f6f7f9; --card: #fff; --line: #dfe3ea; --bad: #b42318; --hit: #fdecea; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e9ef; --muted: #9aa3b2; --bg: #14171c; --card: #1c2027; --line: #2e3440; --bad: #ff8a80; --hit: #3b1f1f; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; color: var(--bad); }
.lead { color: var(--muted); margin: 0 0 1.5rem; }
ol { list-style: none; margin: 0; padding: 0; }
li { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--bad); border-radius: 6px; margin: 0 0 1rem; overflow: hidden; }
.head { padding: .75rem 1rem; }
.head + .head { border-top: 1px dashed var(--line); }
.pos { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; }
.rule { color: var(--muted); font-size: .85em; margin-left: .5rem; }
.msg { margin: .25rem 0 0; }
pre { margin: 0; padding: .5rem 0; border-top: 1px solid var(--line); overflow-x: auto; font: 13px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; tab-size: 4; }
.l { display: block; padding: 0 1rem 0 0; white-space: pre; }
.l.hit { background: var(--hit); }
.n { display: inline-block; min-width: 4.5ch; padding-right: 1ch; margin-right: 1ch; text-align: right; color: var(--muted); border-right: 1px solid var(--line); user-select: none; }
.hit .n { color: var(--bad); font-weight: 600; }
.caret { color: var(--bad); font-weight: 700; }
</style>
</head>
<body>
<main>
<h1>The portal has {{ .Count }} {{ if eq .Count 1 }}error{{ else }}errors{{ end }}</h1>
<p class="lead">Fix {{ if eq .Count 1 }}it{{ else }}them{{ end }} in your editor: this page turns back into the portal by itself once the files are saved without errors. Until then okrportal keeps the last good version.</p>
<ol>
{{- range .Errors }}
<li>
{{- range .Problems }}
<div class="head"><span class="pos">{{ .Position }}</span><span class="rule">[{{ .Rule }}]</span>
<p class="msg">{{ .Message }}</p></div>
{{- end }}
{{- with .Lines }}
<pre><code>{{ range . }}<span class="l{{ if .Hit }} hit{{ end }}"><span class="n">{{ .N }}</span>{{ .Text }}</span>{{ if .Caret }}<span class="l hit"><span class="n"></span>{{ .Pad }}<span class="caret">^</span></span>{{ end }}{{ end }}</code></pre>
{{- end }}
</li>
{{- end }}
</ol>
</main>
</body>
</html>
`))
