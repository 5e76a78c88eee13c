package scaffold

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/resolve"
	"github.com/okrportal/okrportal/generator/source"
)

var today = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// loadErrors loads dir and returns its errors.
func loadErrors(t *testing.T, dir string) []diag.Diagnostic {
	t.Helper()
	list := &diag.List{}
	folder, err := source.Read(context.Background(), dir, nil, list)
	if err != nil {
		t.Fatal(err)
	}
	resolve.Resolve(folder, resolve.Options{Today: today}, list)
	return list.Errors()
}

func TestInitWritesAValidPortal(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "okrs")
	files, err := Init(dir, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 6 {
		t.Fatalf("only %d files", len(files))
	}
	if errs := loadErrors(t, dir); len(errs) > 0 {
		t.Fatalf("the starter portal has errors: %v", errs)
	}
	if _, err := Init(dir, today); err == nil {
		t.Fatal("init into a non-empty folder was allowed")
	}
}

func TestNewWritesValidEntities(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "okrs")
	if _, err := Init(dir, today); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ kind, id, want string }{
		{"team", "company/platform", "teams/company/platform.md"},
		{"person", "ada", "people/ada.md"},
		{"priority", "reliability", "priorities/reliability.md"},
		{"objective", "platform/fast-deploys", "okrs/2026-Q4/platform/fast-deploys.md"},
		{"objective", "2027-Q1/platform/next", "okrs/2027-Q1/platform/next.md"},
	} {
		path, err := New(dir, c.kind, c.id, today)
		if err != nil {
			t.Fatalf("new %s %s: %v", c.kind, c.id, err)
		}
		if want := filepath.Join(dir, filepath.FromSlash(c.want)); path != want {
			t.Errorf("new %s %s wrote %s, want %s", c.kind, c.id, path, want)
		}
	}
	if errs := loadErrors(t, dir); len(errs) > 0 {
		t.Fatalf("the new files have errors: %v", errs)
	}
	if _, err := New(dir, "person", "ada", today); !errors.Is(err, ErrExists) {
		t.Fatalf("overwrite: %v, want ErrExists", err)
	}
	for _, bad := range [][2]string{{"robot", "x"}, {"team", "../x"}, {"objective", "solo"}, {"team", ""}} {
		if _, err := New(dir, bad[0], bad[1], today); err == nil {
			t.Errorf("new %s %q was allowed", bad[0], bad[1])
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "x.md")); err == nil {
		t.Error("a file was written outside the source folder")
	}
}
