package txtar

import (
	"os"
	"path/filepath"
	"testing"
)

func TestParseAndWrite(t *testing.T) {
	comment, files := Parse("note\n-- a.md --\none\n-- b/c.md --\ntwo\nthree\n")
	if comment != "note\n" || len(files) != 2 || files[0] != (File{"a.md", "one\n"}) || files[1] != (File{"b/c.md", "two\nthree\n"}) {
		t.Fatalf("got %q %q", comment, files)
	}
	if c, f := Parse("just text"); c != "just text" || f != nil {
		t.Fatalf("no files: got %q %q", c, f)
	}
	dir := t.TempDir()
	if err := Write(dir, files); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "b", "c.md")); string(data) != "two\nthree\n" {
		t.Fatalf("wrote %q", data)
	}
}
