package markdown

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestRenderFeatures(t *testing.T) {
	r := New(false)
	tests := []struct {
		name, src string
		want      []string // substrings the output must contain
		not       []string // substrings it must not contain
	}{
		{"paragraph", "Hello *world*", []string{"<p>Hello <em>world</em></p>"}, nil},
		{"heading id", "## Why now?", []string{`<h2 id="why-now">Why now?</h2>`}, nil},
		{"repeated heading ids", "# Plan\n\n# Plan", []string{`id="plan"`, `id="plan-1"`}, nil},
		// goldmark keeps ASCII letters and digits only.
		{"non-ascii heading id", "# Ünïcödé", []string{`<h1 id="ncd">`}, nil},
		{"symbol heading id", "# ???", []string{`<h1 id="heading">`}, nil},
		{"table", "| a | b |\n|---|--:|\n| 1 | 2 |", []string{"<table>", "<th>a</th>", `<td style="text-align:right">2</td>`}, nil},
		{"strikethrough", "~~old~~ new", []string{"<del>old</del> new"}, nil},
		{"linkify www", "see www.example.com now", []string{`<a href="http://www.example.com">www.example.com</a>`}, nil},
		{"linkify https", "see https://example.com/x?y=1 now", []string{`<a href="https://example.com/x?y=1">https://example.com/x?y=1</a>`}, nil},
		{"linkify email", "mail ops@example.com", []string{`<a href="mailto:ops@example.com">ops@example.com</a>`}, nil},
		{"task list", "- [x] done\n- [ ] todo", []string{`<input checked="" disabled="" type="checkbox"> done`, `<input disabled="" type="checkbox"> todo`}, nil},
		{"typographer off", `"quoted" -- dash...`, []string{"&quot;quoted&quot; -- dash..."}, []string{"&ldquo;", "&ndash;", "&hellip;"}},
		{"code block escaped", "```\n<script>x</script>\n```", []string{"&lt;script&gt;"}, []string{"<script>"}},
		{"relative link", "[team](../teams/a/)", []string{`<a href="../teams/a/">team</a>`}, nil},
		{"fragment link", "[kr](#kr1)", []string{`<a href="#kr1">kr</a>`}, nil},
		{"empty", "", nil, []string{"<p>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(r.Render(tt.src))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Render(%q) = %q, want it to contain %q", tt.src, got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("Render(%q) = %q, must not contain %q", tt.src, got, n)
				}
			}
		})
	}
}

func TestRenderDangerousURLs(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // substring expected in both safe and unsafe mode
	}{
		{"javascript link", "[x](javascript:alert(1))", `<a href="#">x</a>`},
		{"upper-case javascript", "[x](JAVASCRIPT:alert(1))", `<a href="#">x</a>`},
		{"mixed-case javascript", "[x](JaVaScRiPt:alert(1))", `<a href="#">x</a>`},
		{"entity javascript", "[x](&#106;avascript:alert(1))", `<a href="#">x</a>`},
		{"named entity colon", "[x](javascript&colon;alert(1))", `<a href="#">x</a>`},
		{"escaped punctuation", `[x](javascript\:alert(1))`, `<a href="#">x</a>`},
		{"vbscript link", "[x](vbscript:msgbox(1))", `<a href="#">x</a>`},
		{"file link", "[x](file:///etc/passwd)", `<a href="#">x</a>`},
		{"data html link", "[x](data:text/html,<b>hi</b>)", `<a href="#">x</a>`},
		{"data html link angle", "[x](<data:text/html;base64,PHNjcmlwdD4=>)", `<a href="#">x</a>`},
		{"reference link", "[x]\n\n[x]: javascript:alert(1)", `<a href="#">x</a>`},
		{"javascript image", "![i](javascript:alert(1))", `<img src="#" alt="i">`},
		{"svg data image", "![i](data:image/svg+xml;base64,PHN2Zz4=)", `<img src="#" alt="i">`},
		{"png data image allowed", "![i](data:image/png;base64,iVBORw0KGgo=)", `<img src="data:image/png;base64,iVBORw0KGgo=" alt="i">`},
		{"javascript autolink", "<javascript:alert(1)>", `<a href="#">javascript:alert(1)</a>`},
		{"vbscript autolink", "<VBSCRIPT:msgbox(1)>", `<a href="#">VBSCRIPT:msgbox(1)</a>`},
		{"https autolink", "<https://example.com>", `<a href="https://example.com">https://example.com</a>`},
		{"https link", "[x](https://example.com/a?b=c&d=e)", `<a href="https://example.com/a?b=c&amp;d=e">x</a>`},
		{"mailto link", "[x](mailto:a@example.com)", `<a href="mailto:a@example.com">x</a>`},
		{"tel link kept", "[x](tel:+123)", `<a href="tel:+123">x</a>`},
		{"title kept", `[x](javascript:alert(1) "t")`, `<a href="#" title="t">x</a>`},
	}
	for _, unsafe := range []bool{false, true} {
		r := New(unsafe)
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/unsafe=%v", tt.name, unsafe), func(t *testing.T) {
				got := string(r.Render(tt.src))
				if !strings.Contains(got, tt.want) {
					t.Errorf("Render(%q) = %q, want it to contain %q", tt.src, got, tt.want)
				}
				if lower := strings.ToLower(got); strings.Contains(lower, `href="javascript`) || strings.Contains(lower, `href="vbscript`) {
					t.Errorf("Render(%q) = %q keeps a script URL", tt.src, got)
				}
			})
		}
	}
}

func TestRawHTML(t *testing.T) {
	tests := []struct {
		name, src    string
		unsafe       bool
		want, absent string
	}{
		{"block omitted", "<script>alert(1)</script>", false, "<!-- raw HTML omitted -->", "<script"},
		{"inline omitted", "a <b onclick=x>b</b>", false, "<!-- raw HTML omitted -->", "<b"},
		{"block kept when unsafe", "<div class=\"note\">hi</div>", true, `<div class="note">hi</div>`, "omitted"},
		{"inline kept when unsafe", "a <kbd>K</kbd>", true, "<kbd>K</kbd>", "omitted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(New(tt.unsafe).Render(tt.src))
			if !strings.Contains(got, tt.want) || strings.Contains(got, tt.absent) {
				t.Errorf("Render(%q, unsafe=%v) = %q, want %q and no %q", tt.src, tt.unsafe, got, tt.want, tt.absent)
			}
		})
	}
}

func TestInline(t *testing.T) {
	r := New(false)
	tests := []struct{ src, want string }{
		{"Ship *fast* deploys", "Ship <em>fast</em> deploys"},
		{"  padded  ", "padded"},
		{"", ""},
		{"1. Ship it", "1. Ship it"},
		{"# not a heading", "# not a heading"},
		{"- not a list", "- not a list"},
		{"> not a quote", "&gt; not a quote"},
		{"    not code", "not code"},
		{"two\nlines", "two lines"},
		{"Title\n===", "Title ==="},
		{"~~old~~ `code`", "<del>old</del> <code>code</code>"},
		{"[docs](https://example.com)", `<a href="https://example.com">docs</a>`},
		{"[x](javascript:alert(1))", `<a href="#">x</a>`},
		{"<javascript:alert(1)>", `<a href="#">javascript:alert(1)</a>`},
		{"see www.example.com", `see <a href="http://www.example.com">www.example.com</a>`},
		{"a <script>alert(1)</script> b", "a <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> b"},
		{"[ref]\n\n[ref]: /x", "[ref] [ref]: /x"},
		{"R&D < 5 & \"q\"", "R&amp;D &lt; 5 &amp; &quot;q&quot;"},
	}
	for _, tt := range tests {
		if got := string(r.Inline(tt.src)); got != tt.want {
			t.Errorf("Inline(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestInlineUnsafeKeepsRawHTML(t *testing.T) {
	if got, want := string(New(true).Inline("a <kbd>K</kbd>")), "a <kbd>K</kbd>"; got != want {
		t.Errorf("Inline = %q, want %q", got, want)
	}
}

func TestRenderConcurrent(t *testing.T) {
	r := New(false)
	const workers = 8
	want := make([]string, workers)
	for i := range workers {
		want[i] = string(r.Render(body(i)))
	}
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for i := range workers {
		wg.Go(func() {
			for range 50 {
				if got := string(r.Render(body(i))); got != want[i] {
					errs <- fmt.Sprintf("worker %d: got %q, want %q", i, got, want[i])
					return
				}
				_ = r.Inline("*t* " + fmt.Sprint(i))
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func body(i int) string {
	return fmt.Sprintf("# Heading %d\n\nWe ship **%d** deploys a day, see https://example.com/%d.\n\n"+
		"- [x] item %d\n- [ ] next\n\n| a | b |\n|---|---|\n| %d | ~~x~~ |\n", i, i, i, i, i)
}

const benchBody = `## Why

Deploys take **45 minutes** today and fail one time in five, which makes teams batch
changes and wait for release days. See the [incident review](../incidents/2026-03/) and
https://wiki.example.com/deploys for the background.

Faster, safer deploys are the precondition for the *weekly release* priority: every
other objective this period assumes that a change reaches production the day it is merged.
We will measure lead time and change failure rate, as ` + "`dora`" + ` defines them.

- [x] Baseline the pipeline
- [ ] Parallelise the test stage
- [ ] Canary every service
`

func BenchmarkRender(b *testing.B) {
	r := New(false)
	b.ReportAllocs()
	b.SetBytes(int64(len(benchBody)))
	for b.Loop() {
		_ = r.Render(benchBody)
	}
}
