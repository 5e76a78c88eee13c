package render

import "testing"

func TestCodeSpans(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain <text> & more", "plain &lt;text&gt; &amp; more"},
		{"add `diagnosis:` to strategy.md", "add <code>diagnosis:</code> to strategy.md"},
		{"`a<b>` and `c`", "<code>a&lt;b&gt;</code> and <code>c</code>"},
		{"one ` unpaired", "one ` unpaired"},
		{"`x` then ` unpaired", "<code>x</code> then ` unpaired"},
		{"", ""},
	} {
		if got := string(codeSpans(c.in)); got != c.want {
			t.Errorf("codeSpans(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
