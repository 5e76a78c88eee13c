package markdown

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=c#d", "https://example.com/a?b=c#d"},
		{"http://example.com", "http://example.com"},
		{"HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"},
		{"mailto:ops@example.com", "mailto:ops@example.com"},
		{"//cdn.example.com/x", "//cdn.example.com/x"},
		{"/x", "/x"},
		{"x/y", "x/y"},
		{"../teams/a/", "../teams/a/"},
		{"#frag", "#frag"},
		{"?q=a:b", "?q=a:b"},
		{"x/y:z", "x/y:z"},
		{"", ""},
		{"  https://example.com", "  https://example.com"},
		{"javascript:alert(1)", "#"},
		{"JAVASCRIPT:alert(1)", "#"},
		{"JaVaScRiPt:alert(1)", "#"},
		{"  javascript:alert(1)", "#"},
		{"\x00\x01javascript:alert(1)", "#"},
		{"\x1fjavascript:alert(1)", "#"},
		{"java\tscript:alert(1)", "#"},
		{"java\nscript:alert(1)", "#"},
		{"java\r\nscript:alert(1)", "#"},
		{"java&#9;script:alert(1)", "#"},
		{"java&Tab;script:alert(1)", "#"},
		{"&#106;avascript:alert(1)", "#"},
		{"&#x6A;avascript:alert(1)", "#"},
		{"javascript&colon;alert(1)", "#"},
		{"javascript&#58;alert(1)", "#"},
		{"vbscript:msgbox(1)", "#"},
		{"data:text/html,<script>alert(1)</script>", "#"},
		{"data:image/png;base64,iVBORw0KGgo=", "#"},
		{"file:///etc/passwd", "#"},
		{"ftp://example.com", "#"},
		{"tel:+123", "#"},
		{"C:\\Users\\x", "#"},
		{"a b:c", "#"},
	}
	for _, tt := range tests {
		if got := SafeURL(tt.in); got != tt.want {
			t.Errorf("SafeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsDangerousURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"javascript:x", true},
		{" \tJavaScript:x", true},
		{"vbscript:x", true},
		{"file:x", true},
		{"data:text/html,x", true},
		{"data:image/svg+xml,x", true},
		{"data:image/png;base64,x", false},
		{"DATA:IMAGE/GIF;base64,x", false},
		{"data:image/jpeg;base64,x", false},
		{"data:image/webp;base64,x", false},
		{"https://x", false},
		{"tel:1", false},
		{"x/javascript:y", false},
		{"#javascript:y", false},
		{"java%09script:x", false}, // percent escapes never form a scheme
	}
	for _, tt := range tests {
		if got := isDangerousURL(tt.in); got != tt.want {
			t.Errorf("isDangerousURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// attrURL finds href and src attribute values in rendered HTML.
var attrURL = regexp.MustCompile(`(?i)\b(?:href|src)\s*=\s*"([^"]*)"`)

func FuzzRender(f *testing.F) {
	for _, seed := range []string{
		"[x](javascript:alert(1))", "![i](data:image/png;base64,AA)", "<script>alert(1)</script>",
		"<javascript:alert(1)>", "[x]\n\n[x]: vbscript:y", "| a |\n|---|\n| [x](file:///) |",
		"- [ ] <b>x</b>", "# h\n\n# h", "[x](&#106;avascript:1)", "www.example.com/javascript:x",
		"<a href=\"javascript:x\">x</a>", benchBody,
	} {
		f.Add(seed)
	}
	safe := New(false)
	f.Fuzz(func(t *testing.T, src string) {
		for _, out := range []string{string(safe.Render(src)), string(safe.Inline(src))} {
			if strings.Contains(strings.ToLower(out), "<script") {
				t.Fatalf("output contains <script: %q → %q", src, out)
			}
			for _, m := range attrURL.FindAllStringSubmatch(out, -1) {
				if scriptURL(html.UnescapeString(m[1])) {
					t.Fatalf("dangerous URL %q in output: %q → %q", m[1], src, out)
				}
			}
		}
	})
}

// scriptURL is the fuzz test's own, blunter check: after dropping every
// space and control character, does the URL start with a script scheme?
func scriptURL(u string) bool {
	u = strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, u))
	return strings.HasPrefix(u, "javascript:") || strings.HasPrefix(u, "vbscript:") ||
		strings.HasPrefix(u, "data:text")
}
