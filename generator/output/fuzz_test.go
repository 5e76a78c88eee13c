package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// FuzzWritePath writes one file at an arbitrary path into a fresh sandbox
// and checks that nothing appears outside the temporary folder, and that an
// accepted path lands exactly where it says.
func FuzzWritePath(f *testing.F) {
	for _, seed := range []string{
		"index.html", "a/b/c.html", "../x", "a/../../x", "/etc/passwd", "a//b", `a\..\b`,
		"a\x00b", ".", "..", ".okrportal", "x/.okrportal", "C:/x", "NUL", "a/b/", "~/x",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, rel string) {
		sandbox := t.TempDir()
		w, err := Begin(filepath.Join(sandbox, "public"), false)
		if err != nil {
			t.Fatal(err)
		}
		werr := w.Write(rel, []byte("x"))
		tmpRel, err := filepath.Rel(sandbox, w.tmp)
		if err != nil || !filepath.IsLocal(tmpRel) {
			t.Fatalf("temporary folder %s outside the sandbox %s", w.tmp, sandbox)
		}
		err = filepath.WalkDir(sandbox, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != sandbox && !within(w.tmp, p) {
				t.Errorf("Write(%q) created %s outside the temporary folder", rel, p)
			}
			if d.Type()&fs.ModeSymlink != 0 {
				t.Errorf("Write(%q) created a symlink %s", rel, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if werr == nil {
			data, err := os.ReadFile(filepath.Join(w.tmp, filepath.FromSlash(rel)))
			if err != nil || string(data) != "x" {
				t.Errorf("Write(%q) succeeded but the file reads %q, %v", rel, data, err)
			}
		}
		if err := w.Abort(); err != nil {
			t.Fatal(err)
		}
		if left, _ := os.ReadDir(sandbox); len(left) != 0 {
			t.Errorf("after Abort the sandbox still holds %v", left)
		}
	})
}
