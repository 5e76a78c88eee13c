package serve

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

func TestHTTPHygiene(t *testing.T) {
	ts := startServer(t, testPortal)
	tests := []struct {
		method, path string
		status       int
		ctype        string
		location     string
		body         string // a part of the body
		reload       bool   // the reload script is injected
	}{
		{"GET", "/", 200, htmlType, "", "Test OKRs", true},
		{"GET", "/index.html", 200, htmlType, "", "Test OKRs", true},
		{"GET", "/teams/web/", 200, htmlType, "", "Web Team", true},
		{"GET", "/teams/web", 302, "", "/teams/web/", "", false},
		{"GET", "/teams/web?x=1", 302, "", "/teams/web/?x=1", "", false},
		{"GET", "/teams/nobody/", 404, htmlType, "", "</html>", true},
		{"GET", "/teams/", 200, htmlType, "", "Web Team", true},
		{"GET", "/assets/", 404, htmlType, "", "</html>", true},
		{"GET", "/assets/style.css", 200, "text/css; charset=utf-8", "", "", false},
		{"GET", "/assets/tree.js", 200, "text/javascript; charset=utf-8", "", "", false},
		{"GET", "/feed.xml", 200, "application/atom+xml", "", "<feed", false},
		{"GET", "/okrs.json", 200, "application/json", "", `"schema"`, false},
		{"GET", "/search-index.json", 200, "application/json", "", "", false},
		{"GET", "/hello.txt", 200, "text/plain; charset=utf-8", "", "hello from static", false},
		{"GET", scriptPath, 200, "text/javascript; charset=utf-8", "", "EventSource", false},
		{"HEAD", "/", 200, htmlType, "", "", false},
		{"POST", "/", 405, "", "", "", false},
		{"GET", "/%2e%2e/%2e%2e/etc/passwd", 404, htmlType, "", "</html>", true},
		{"GET", "/teams/../../portal.yaml", 404, htmlType, "", "", true},
		{"GET", "/portal.yaml", 404, htmlType, "", "", true},
		{"GET", "/okrs/2026-Q4/web/fast.md", 404, htmlType, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			resp, body := ts.do(tt.method, tt.path)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if got := resp.Header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control %q", got)
			}
			if tt.ctype != "" && resp.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tt.ctype)
			}
			if tt.location != "" && resp.Header.Get("Location") != tt.location {
				t.Errorf("Location %q, want %q", resp.Header.Get("Location"), tt.location)
			}
			if !strings.Contains(body, tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
			if got := strings.Contains(body, scriptPath); got != tt.reload {
				t.Errorf("reload script injected: %v, want %v", got, tt.reload)
			}
			if tt.method == "HEAD" && body != "" {
				t.Errorf("HEAD has a body")
			}
		})
	}
}

// TestRawTraversal sends paths that an HTTP client would clean itself.
func TestRawTraversal(t *testing.T) {
	ts := startServer(t, testPortal)
	for _, p := range []string{"/../portal.yaml", "/../../../../etc/passwd", "/..%2f..%2fportal.yaml", `/..\portal.yaml`} {
		status, body := rawGet(t, ts.srv.URL(), p)
		if status != http.StatusNotFound || strings.Contains(body, "current_period") || strings.Contains(body, "root:x:0:0") {
			t.Errorf("GET %s: status %d, body %.80q", p, status, body)
		}
	}
}

// rawGet sends a request line exactly as given.
func rawGet(t *testing.T, base, path string) (int, string) {
	t.Helper()
	host := strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/")
	conn, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestSitePath(t *testing.T) {
	tests := []struct {
		in     string
		rel    string
		folder bool
	}{
		{"/", "index.html", true},
		{"", "index.html", true},
		{"/teams/web/", "teams/web/index.html", true},
		{"/teams/web", "teams/web", false},
		{"/teams//web/", "teams/web/index.html", true},
		{"/../../etc/passwd", "etc/passwd", false},
		{"/a/./b/../c", "a/c", false},
		{"/feed.xml", "feed.xml", false},
	}
	for _, tt := range tests {
		rel, folder := sitePath(tt.in)
		if rel != tt.rel || folder != tt.folder {
			t.Errorf("sitePath(%q) = %q, %v; want %q, %v", tt.in, rel, folder, tt.rel, tt.folder)
		}
	}
}

func FuzzSitePath(f *testing.F) {
	for _, s := range []string{"/", "/a/../../b", "/teams/x/", "//x", "/..", "/a\\..\\b", "/\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rel, _ := sitePath(in)
		if rel == "" || strings.HasPrefix(rel, "/") {
			t.Fatalf("sitePath(%q) = %q: empty or absolute", in, rel)
		}
		for _, part := range strings.Split(rel, "/") {
			if part == ".." || part == "." || part == "" {
				t.Fatalf("sitePath(%q) = %q: has %q", in, rel, part)
			}
		}
	})
}

func TestContentType(t *testing.T) {
	tests := map[string]string{
		"index.html":            htmlType,
		"feed.xml":              "application/atom+xml",
		"sitemap.xml":           "application/xml",
		"okrs.json":             "application/json",
		"assets/style.css":      "text/css; charset=utf-8",
		"assets/tree.js":        "text/javascript; charset=utf-8",
		"logo.SVG":              "image/svg+xml",
		"img/photo.jpeg":        "image/jpeg",
		"download/unknown.qzx9": "application/octet-stream",
	}
	for rel, want := range tests {
		if got := contentType(rel); got != want {
			t.Errorf("contentType(%q) = %q, want %q", rel, got, want)
		}
	}
}

func TestInjectReload(t *testing.T) {
	tag := `<script src="` + scriptPath + `" data-gen="g"></script>` + "\n"
	tests := []struct{ in, want string }{
		{"<html><body>x</body></html>", "<html><body>x" + tag + "</body></html>"},
		{"<BODY>x</BODY>", "<BODY>x" + tag + "</BODY>"},
		{"<p>no body end", "<p>no body end" + tag},
		{"<body><pre></body></pre></body>", "<body><pre></body></pre>" + tag + "</body>"},
		{"", tag},
	}
	for _, tt := range tests {
		in := []byte(tt.in)
		if got := string(injectReload(in, "g")); got != tt.want {
			t.Errorf("injectReload(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if string(in) != tt.in {
			t.Errorf("injectReload modified its input %q", tt.in)
		}
	}
}
