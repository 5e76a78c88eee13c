package source

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	var buf []byte // reused from file to file, as the loader does
	for _, size := range []int{0, 1, 4095, 4096, 1 << 20, 100, 0} {
		want := bytes.Repeat([]byte("okr\n"), size/4+1)[:size]
		name := filepath.Join(dir, "f.md")
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(name, buf)
		buf = got
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("size %d: readFile = %d bytes, %v; want the file's %d bytes", size, len(got), err, size)
		}
	}
	if _, err := readFile(filepath.Join(dir, "missing.md"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("readFile of a missing file = %v, want fs.ErrNotExist", err)
	}
	var pe *fs.PathError
	if _, err := readFile(dir, nil); !errors.As(err, &pe) {
		t.Errorf("readFile of a folder = %v, want a *fs.PathError", err)
	}
}

// TestReadFileSizeUnknown reads a file whose size fstat gives as 0 though
// it has content (Linux's /proc): it is read to its end all the same.
func TestReadFileSizeUnknown(t *testing.T) {
	const name = "/proc/self/status"
	if info, err := os.Stat(name); err != nil || info.Size() != 0 {
		t.Skip("no /proc/self/status of size 0 here")
	}
	got, err := readFile(name, nil)
	if err != nil || !bytes.Contains(got, []byte("\nPid:")) {
		t.Errorf("readFile(%s) = %q, %v; want its whole content", name, got, err)
	}
}
