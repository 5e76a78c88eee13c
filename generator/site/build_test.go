package site

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/output"
)

var testToday = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// copyTree copies the demo-sized example portal into a temporary folder.
func copyTree(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return to
}

func build(t *testing.T, src, dest string, force bool) error {
	t.Helper()
	_, _, err := Build(context.Background(), BuildOptions{Options: Options{Source: src, Today: testToday}, Dest: dest, Force: force})
	return err
}

// snapshot reads every file under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sameFiles(t *testing.T, a, b map[string]string) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if b[name] != data {
			t.Fatalf("%s differs", name)
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	src := copyTree(t, "../../content")
	one, two := filepath.Join(t.TempDir(), "one"), filepath.Join(t.TempDir(), "two")
	if err := build(t, src, one, false); err != nil {
		t.Fatal(err)
	}
	if err := build(t, src, two, false); err != nil {
		t.Fatal(err)
	}
	a := snapshot(t, one)
	if a["index.html"] == "" || a["okrs.json"] == "" || a[output.MarkerName] == "" {
		t.Fatalf("missing files in %v", len(a))
	}
	sameFiles(t, a, snapshot(t, two))
	for name, data := range a {
		if strings.Contains(data, "_okrportal") || strings.Contains(data, "EventSource") {
			t.Errorf("%s carries serve's live-reload script", name)
		}
	}
}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	src := copyTree(t, "../../examples/minimal")
	dest := filepath.Join(t.TempDir(), "public")
	if err := build(t, src, dest, false); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	broken := "---\ntitle: Broken\ntagret: 3\n---\n"
	if err := os.WriteFile(filepath.Join(src, "teams", "broken.md"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := build(t, src, dest, false); !errors.Is(err, ErrContent) {
		t.Fatalf("build of broken content: %v, want ErrContent", err)
	}
	sameFiles(t, before, snapshot(t, dest))
	entries, _ := os.ReadDir(filepath.Dir(dest))
	if len(entries) != 1 {
		t.Errorf("left behind beside the output: %v", entries)
	}
}

func TestBuildRefusesForeignFolder(t *testing.T) {
	src := copyTree(t, "../../examples/minimal")
	dest := t.TempDir()
	keep := filepath.Join(dest, "thesis.docx")
	if err := os.WriteFile(keep, []byte("years of work"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := build(t, src, dest, false)
	if err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("build into a foreign folder: %v, want a refusal naming --force", err)
	}
	if data, _ := os.ReadFile(keep); string(data) != "years of work" {
		t.Fatal("the foreign file was touched")
	}
	if err := build(t, src, dest, true); err != nil {
		t.Fatalf("with --force: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dest, "index.html")); err != nil {
		t.Fatal("no site after --force")
	}
}

func TestBuildRefusesSourceAsDestination(t *testing.T) {
	src := copyTree(t, "../../examples/minimal")
	if err := build(t, src, src, true); err == nil {
		t.Fatal("building over the source folder was allowed")
	}
	if _, err := os.Stat(filepath.Join(src, "portal.yaml")); err != nil {
		t.Fatal("the source was damaged")
	}
}

// TestHealthPageShowsWhatCheckShows: warnings found while loading (here a
// check-in dated after the build date) reach the health page as they reach
// `check`, next to the review's.
func TestHealthPageShowsWhatCheckShows(t *testing.T) {
	src := copyTree(t, "../../examples/minimal")
	obj := filepath.Join(src, "okrs")
	var file string
	filepath.WalkDir(obj, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".md") && file == "" {
			file = path
		}
		return nil
	})
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	future := strings.Replace(string(data), "key_results:\n", "key_results:\n  - title: Future\n    done: false\n    checkins: [{date: 2099-01-01, done: true}]\n", 1)
	if err := os.WriteFile(file, []byte(future), 0o644); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "out")
	if _, list, err := Build(context.Background(), BuildOptions{Options: Options{Source: src}, Dest: dest}); err != nil {
		t.Fatalf("build: %v %v", err, list.Errors())
	}
	page, err := os.ReadFile(filepath.Join(dest, "health", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "future-checkin") {
		t.Error("the health page lacks the future-checkin warning check prints")
	}
}
