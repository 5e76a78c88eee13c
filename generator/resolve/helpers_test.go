package resolve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// writeArchive writes the files of a txtar archive under dir.
// Files that exist are replaced, so a test may write several archives
// into one folder.
func writeArchive(t testing.TB, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// load writes archive to a temporary folder, reads and resolves it with
// drafts on day today (YYYY-MM-DD) and returns the portal with its
// diagnostics.
func load(t testing.TB, archive, today string) (*model.Portal, *diag.List) {
	t.Helper()
	day, err := time.Parse("2006-01-02", today)
	if err != nil {
		t.Fatal(err)
	}
	return loadOpts(t, archive, Options{Today: day, Drafts: true})
}

// loadOpts is load with other options.
func loadOpts(t testing.TB, archive string, opts Options) (*model.Portal, *diag.List) {
	t.Helper()
	dir := t.TempDir()
	writeArchive(t, dir, archive)
	list := &diag.List{}
	folder, err := source.Read(context.Background(), dir, nil, list)
	if err != nil {
		t.Fatal(err)
	}
	return Resolve(folder, opts, list), list
}

// loadClean is load for an archive that must have no errors.
func loadClean(t testing.TB, archive, today string) *model.Portal {
	t.Helper()
	p, list := load(t, archive, today)
	if list.HasErrors() {
		t.Fatalf("unexpected errors:\n%s", lines(list.Errors()))
	}
	return p
}

// lines formats diagnostics one a line.
func lines(ds []diag.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// assertErrors checks that list holds exactly the errors want, sorted, each
// given as "file:line: [rule] message substring".
func assertErrors(t *testing.T, list *diag.List, want ...string) {
	t.Helper()
	got := list.Errors()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = matches(got[i], want[i])
	}
	if !ok {
		t.Errorf("errors:\n%swant:\n%s", lines(got), strings.Join(want, "\n"))
	}
}

// matches reports whether d is "file:line[:col]: [rule] …substring…".
func matches(d diag.Diagnostic, want string) bool {
	pos, rest, _ := strings.Cut(want, ": [")
	rule, msg, _ := strings.Cut(rest, "] ")
	return (d.Position() == pos || strings.HasPrefix(d.Position(), pos+":")) && d.Rule == rule && strings.Contains(d.Message, msg)
}
