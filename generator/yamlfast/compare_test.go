package yamlfast

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// reference parses data with yaml.v3 the way the caller of Parse falls
// back to it, returning the top node (nil for an empty document).
func reference(data []byte) (*yaml.Node, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, nil
	}
	return root.Content[0], nil
}

// diffNodes returns a description of the first difference between the
// trees got and want in Kind, Tag, Value, Style, Line, Column or number
// of children, or "" when they match.
func diffNodes(got, want *yaml.Node) string {
	return diffAt("top", got, want)
}

func diffAt(path string, got, want *yaml.Node) string {
	switch {
	case got == nil && want == nil:
		return ""
	case got == nil || want == nil:
		return fmt.Sprintf("%s: got %v, want %v", path, describe(got), describe(want))
	}
	if got.Kind != want.Kind || got.Tag != want.Tag || got.Value != want.Value || got.Style != want.Style ||
		got.Line != want.Line || got.Column != want.Column || len(got.Content) != len(want.Content) {
		return fmt.Sprintf("%s: got %s, want %s", path, describe(got), describe(want))
	}
	for i := range got.Content {
		if d := diffAt(fmt.Sprintf("%s/%d", path, i), got.Content[i], want.Content[i]); d != "" {
			return d
		}
	}
	return ""
}

func describe(n *yaml.Node) string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("{Kind:%d Tag:%s Value:%q Style:%d Line:%d Column:%d children:%d}",
		n.Kind, n.Tag, n.Value, n.Style, n.Line, n.Column, len(n.Content))
}

// checkAgainstYAMLv3 parses data with Parse and, when Parse accepts it,
// fails t unless yaml.v3 accepts it too and builds the same tree. It
// returns Parse's ok.
func checkAgainstYAMLv3(t testing.TB, data []byte) bool {
	t.Helper()
	got, ok := Parse(data)
	if !ok {
		if got != nil {
			t.Fatalf("Parse returned a node with ok=false for %q", data)
		}
		return false
	}
	want, err := reference(data)
	if err != nil {
		t.Fatalf("Parse accepted what yaml.v3 rejects (%v):\n%s", err, data)
	}
	if d := diffNodes(got, want); d != "" {
		t.Fatalf("Parse and yaml.v3 differ at %s\ninput:\n%s", d, data)
	}
	shifted, _ := (&Parser{LineOffset: 7}).Parse(data)
	last := bytes.Count(bytes.TrimRight(data, "\n"), []byte("\n")) + 1
	if d := checkLines(got, shifted, 7, last); d != "" {
		t.Fatalf("%s\ninput:\n%s", d, data)
	}
	return true
}

// checkLines describes the first node of got that lies past line last (the
// last line with text: package source relies on there being none), or
// whose line in shifted, parsed with LineOffset offset, is not offset
// more; it returns "" when there is none.
func checkLines(got, shifted *yaml.Node, offset, last int) string {
	if got.Line > last {
		return fmt.Sprintf("%s lies past the last line with text, %d", describe(got), last)
	}
	if shifted.Line != got.Line+offset {
		return fmt.Sprintf("with LineOffset %d, %s is on line %d", offset, describe(got), shifted.Line)
	}
	for i := range got.Content {
		if d := checkLines(got.Content[i], shifted.Content[i], offset, last); d != "" {
			return d
		}
	}
	return ""
}

// frontMatter returns the YAML between the first two "---" lines of a
// Markdown file, with CRLF turned into LF as the caller of Parse does, or
// nil when the file does not start with "---".
func frontMatter(file []byte) []byte {
	file = bytes.ReplaceAll(file, []byte("\r\n"), []byte("\n"))
	rest, found := bytes.CutPrefix(file, []byte("---\n"))
	if !found {
		return nil
	}
	if end := bytes.Index(rest, []byte("\n---\n")); end >= 0 {
		return rest[:end+1]
	}
	if bytes.HasSuffix(rest, []byte("\n---")) {
		return rest[:len(rest)-3]
	}
	return nil
}

// portalFrontMatters returns the front matter of every Markdown file under
// the repository's content and examples folders, by path.
func portalFrontMatters(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, root := range []string{"../../content", "../../examples"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
				return err
			}
			file, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if fm := frontMatter(file); fm != nil {
				out[path] = fm
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) == 0 {
		t.Fatal("no front matter found under ../../content and ../../examples")
	}
	return out
}

// testdataFiles returns the contents of the files matching pattern.
func testdataFiles(t testing.TB, pattern string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test data matches %s (%v)", pattern, err)
	}
	out := map[string][]byte{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out[path] = data
	}
	return out
}
