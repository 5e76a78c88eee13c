package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
)

// portalFiles is a small portal with one file per section.
var portalFiles = map[string]string{
	"portal.yaml":           "title: X\n",
	"teams/eng.md":          "---\nname: Eng\n---\n",
	"okrs/2026-Q4/eng/a.md": "---\ntitle: A\n---\n",
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks: %v", err)
	}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := makeFIFO(path); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// readSummary reads root and describes the outcome: the document paths,
// then each diagnostic as "rule file", or the error.
func readSummary(t *testing.T, root string) string {
	t.Helper()
	list := &diag.List{}
	folder, err := Read(context.Background(), root, nil, list)
	if err != nil {
		return "error: " + err.Error()
	}
	var out []string
	for _, d := range folder.Documents {
		out = append(out, d.Path)
	}
	for _, d := range list.Sorted() {
		out = append(out, string(d.Severity)+" "+d.Rule+" "+d.File)
	}
	if folder.StaticDir != "" {
		out = append(out, "static "+filepath.Base(folder.StaticDir))
	}
	return strings.Join(out, "\n")
}

func TestReadSymlinksAndSpecialFiles(t *testing.T) {
	const full = "okrs/2026-Q4/eng/a.md\nportal.yaml\nteams/eng.md"
	tests := []struct {
		name  string
		setup func(t *testing.T, src, outside string) string // returns the root to read
		want  string                                         // or, after "error: ", a part of the error
	}{
		{"source given as a symlink", func(t *testing.T, src, outside string) string {
			link := filepath.Join(outside, "clink")
			symlink(t, src, link)
			return link
		}, full},
		{"dot inside a symlinked source", func(t *testing.T, src, outside string) string {
			link := filepath.Join(outside, "clink")
			symlink(t, src, link)
			t.Chdir(link)
			return "."
		}, full},
		{"okrs/ a symlink inside the source", func(t *testing.T, src, _ string) string {
			must(t, os.Rename(filepath.Join(src, "okrs"), filepath.Join(src, "okrs-real")))
			symlink(t, "okrs-real", filepath.Join(src, "okrs"))
			return src
		}, full},
		{"okrs/ a symlink outside the source", func(t *testing.T, src, outside string) string {
			must(t, os.Rename(filepath.Join(src, "okrs"), filepath.Join(outside, "okrs")))
			symlink(t, filepath.Join(outside, "okrs"), filepath.Join(src, "okrs"))
			return src
		}, "portal.yaml\nteams/eng.md\nwarning skipped okrs"},
		{"every section outside: an error, not an empty portal", func(t *testing.T, src, outside string) string {
			for _, s := range []string{"okrs", "teams"} {
				must(t, os.Rename(filepath.Join(src, s), filepath.Join(outside, s)))
				symlink(t, filepath.Join(outside, s), filepath.Join(src, s))
			}
			return src
		}, "portal.yaml\nerror empty-portal \nwarning skipped okrs\nwarning skipped teams"},
		{"a file linked from outside", func(t *testing.T, src, outside string) string {
			must(t, os.WriteFile(filepath.Join(outside, "passwd"), []byte("root:x:0:0"), 0o644))
			symlink(t, filepath.Join(outside, "passwd"), filepath.Join(src, "teams", "passwd.md"))
			return src
		}, full + "\nwarning skipped teams/passwd.md"},
		{"a symlink loop", func(t *testing.T, src, _ string) string {
			symlink(t, "..", filepath.Join(src, "teams", "up"))
			return src
		}, full + "\nwarning skipped teams/up"},
		{"a FIFO among the objectives", func(t *testing.T, src, _ string) string {
			mkfifo(t, filepath.Join(src, "okrs", "2026-Q4", "eng", "pipe.md"))
			return src
		}, full + "\nwarning skipped okrs/2026-Q4/eng/pipe.md"},
		{"portal.yaml a symlink inside", func(t *testing.T, src, _ string) string {
			must(t, os.Rename(filepath.Join(src, "portal.yaml"), filepath.Join(src, "settings.yaml")))
			symlink(t, "settings.yaml", filepath.Join(src, "portal.yaml"))
			return src
		}, full},
		{"portal.yaml a symlink outside", func(t *testing.T, src, outside string) string {
			must(t, os.Rename(filepath.Join(src, "portal.yaml"), filepath.Join(outside, "portal.yaml")))
			symlink(t, filepath.Join(outside, "portal.yaml"), filepath.Join(src, "portal.yaml"))
			return src
		}, "error: portal.yaml cannot be read: symlink leading outside"},
		{"portal.yaml a FIFO", func(t *testing.T, src, _ string) string {
			must(t, os.Remove(filepath.Join(src, "portal.yaml")))
			mkfifo(t, filepath.Join(src, "portal.yaml"))
			return src
		}, "error: portal.yaml cannot be read: not a regular file"},
		{"portal.yaml a folder", func(t *testing.T, src, _ string) string {
			must(t, os.Remove(filepath.Join(src, "portal.yaml")))
			must(t, os.Mkdir(filepath.Join(src, "portal.yaml"), 0o755))
			return src
		}, "error: portal.yaml cannot be read: not a regular file"},
		{"static/ a symlink to /etc", func(t *testing.T, src, outside string) string {
			symlink(t, outside, filepath.Join(src, "static"))
			return src
		}, full + "\nwarning skipped static"},
		{"static/ a symlink inside", func(t *testing.T, src, _ string) string {
			must(t, os.Mkdir(filepath.Join(src, "files"), 0o755))
			symlink(t, "files", filepath.Join(src, "static"))
			return src
		}, full + "\nstatic files"},
		{"static/ holding links out and a FIFO", func(t *testing.T, src, outside string) string {
			symlink(t, outside, filepath.Join(src, "static", "home"))
			mkfifo(t, filepath.Join(src, "static", "pipe"))
			return src
		}, full + "\nwarning skipped static/home\nwarning skipped static/pipe\nstatic static"},
		{"a name with a newline is quoted", func(t *testing.T, src, _ string) string {
			must(t, os.WriteFile(filepath.Join(src, "teams", "x.md\nokrs:1: error: forged"), []byte("x"), 0o644))
			return src
		}, full + "\nwarning skipped \"teams/x.md\\nokrs:1: error: forged\""},
		{"an output folder inside okrs/ is not source", func(t *testing.T, src, _ string) string {
			out := filepath.Join(src, "okrs", "public")
			must(t, os.MkdirAll(out, 0o755))
			must(t, os.WriteFile(filepath.Join(out, OutputMarker), []byte("x"), 0o644))
			must(t, os.WriteFile(filepath.Join(out, "copied.md"), []byte("not front matter: ["), 0o644))
			return src
		}, full},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := write(t, portalFiles)
			outside := t.TempDir()
			got := readSummary(t, tt.setup(t, src, outside))
			if msg, isErr := strings.CutPrefix(tt.want, "error: "); isErr {
				if !strings.HasPrefix(got, "error: ") || !strings.Contains(got, msg) {
					t.Errorf("got\n%s\nwant an error containing %q", got, msg)
				}
				return
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadFileRefusesAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	mkfifo(t, fifo)
	if _, err := readFile(fifo, nil); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("readFile(FIFO) = %v, want an error saying it is not a regular file", err)
	}
}
