package serve

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func TestErrorPageGolden(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "okrs"), 0o755)
	src := "\ufeff---\r\ntitle: <b>Bold</b> & \"quoted\"\r\n\townr: sam\r\nkey_results: []\r\n---\r\nWhy.\r\n"
	os.WriteFile(filepath.Join(root, "okrs", "x.md"), []byte(src), 0o644)
	errs := []diag.Diagnostic{
		{File: "", Severity: diag.Error, Rule: "render", Message: "theme: layouts/home.html: <oops>"},
		{File: "okrs/x.md", Line: 3, Col: 2, Severity: diag.Error, Rule: "unknown-field", Message: `unknown field "ownr"; did you mean "owner"?`},
		{File: "okrs/x.md", Line: 3, Severity: diag.Error, Rule: "other", Message: "a second problem on the same line"},
		{File: "okrs/missing.md", Line: 1, Severity: diag.Error, Rule: "read", Message: "cannot read the file"},
		{File: "../outside.md", Line: 1, Severity: diag.Error, Rule: "x", Message: "never read"},
	}
	got := errorPage(root, errs)
	golden := filepath.Join("testdata", "errorpage.golden.html")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("the error page differs from %s (run go test -update and review the diff)", golden)
	}
	page := string(got)
	for _, s := range []string{"okrs/x.md:3:2", "&lt;b&gt;Bold&lt;/b&gt; &amp; &#34;quoted&#34;", "&lt;oops&gt;", "a second problem", "5 errors"} {
		if !strings.Contains(page, s) {
			t.Errorf("the page lacks %q", s)
		}
	}
	if strings.Contains(page, "<b>Bold") || strings.Contains(page, "\r") || strings.Contains(page, "\ufeff") {
		t.Error("the page shows raw content, carriage returns or the byte-order mark")
	}
	if strings.Count(page, `class="l hit"`) != 2 { // the line and its caret, once for both errors
		t.Errorf("want one highlighted line with a caret, got %d highlighted rows", strings.Count(page, `class="l hit"`))
	}
}

func TestExcerptBounds(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "a.md"), []byte("one\ntwo\nthree\n"), 0o644)
	files := map[string][]string{}
	tests := []struct {
		line      int
		first, n  int
		wantEmpty bool
	}{
		{1, 1, 4, false}, // lines 1-4 (the last is the empty line after the final newline)
		{3, 1, 4, false},
		{0, 0, 0, true},
		{99, 0, 0, true},
	}
	for _, tt := range tests {
		got := excerpt(root, []diag.Diagnostic{{File: "a.md", Line: tt.line}}, files)
		if tt.wantEmpty {
			if len(got) != 0 {
				t.Errorf("line %d: want no excerpt, got %v", tt.line, got)
			}
			continue
		}
		if len(got) != tt.n || got[0].N != tt.first {
			t.Errorf("line %d: got %v", tt.line, got)
		}
	}
}

func FuzzErrorPage(f *testing.F) {
	f.Add("---\ntitle: x\n---\n", 2, 3)
	f.Add("<script>alert(1)</script>\r\n\t\tx", 1, 200)
	f.Add("\xff\xfe bad utf-8", 1, 1)
	f.Fuzz(func(t *testing.T, content string, line, col int) {
		root := t.TempDir()
		os.WriteFile(filepath.Join(root, "f.md"), []byte(content), 0o644)
		page := string(errorPage(root, []diag.Diagnostic{{File: "f.md", Line: line, Col: col, Severity: diag.Error, Rule: "r", Message: content}}))
		if strings.Contains(page, "<script") {
			t.Fatalf("unescaped content in the page")
		}
		if !strings.HasSuffix(page, "</html>\n") {
			t.Fatalf("the page is cut short")
		}
	})
}
