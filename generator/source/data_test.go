package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadData: a data file is read only inside the source folder, through
// links that stay inside it, and only when it is a regular file.
func TestReadData(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.csv")
	must(t, os.WriteFile(outside, []byte("secret"), 0o644))
	must(t, os.MkdirAll(filepath.Join(root, "data"), 0o755))
	must(t, os.WriteFile(filepath.Join(root, "data", "wau.csv"), []byte("2026-10-05,1\n"), 0o644))
	links := map[string]string{"data/in.csv": "wau.csv", "data/out.csv": outside, "data/dangling.csv": "nope.csv", "up": filepath.Dir(outside)}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, filepath.FromSlash(name))); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	tests := []struct{ rel, want string }{
		{"data/wau.csv", ""},
		{"data/in.csv", ""},
		{"data/out.csv", "symlink leading outside"},
		{"up/secret.csv", "symlink leading outside"},
		{"data/dangling.csv", "dangling symlink"},
		{"data/missing.csv", "no such file"},
		{"../secret.csv", "stay inside it"},
		{"data/../../secret.csv", "stay inside it"},
		{"/etc/passwd", "stay inside it"},
		{"data", "not a regular file"},
		{"data/\nx.csv", "control characters"},
		{"", "empty"},
	}
	for _, tt := range tests {
		data, err := ReadData(root, tt.rel)
		switch {
		case tt.want == "" && (err != nil || string(data) != "2026-10-05,1\n"):
			t.Errorf("%q: %q, %v", tt.rel, data, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%q: error %v, want %q", tt.rel, err, tt.want)
		case err != nil && strings.Contains(err.Error(), root):
			t.Errorf("%q: the error %q shows the absolute path", tt.rel, err)
		}
	}
}

// TestReadDataFIFO: a FIFO named as a data file is refused at once, never
// opened for a blocking read.
func TestReadDataFIFO(t *testing.T) {
	root := t.TempDir()
	mkfifo(t, filepath.Join(root, "pipe.csv"))
	if _, err := ReadData(root, "pipe.csv"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("error %v, want not a regular file", err)
	}
}
