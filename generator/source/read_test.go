package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		rel     string
		section Section
		ok      bool
	}{
		{"portal.yaml", SectionPortal, true},
		{"strategy.md", SectionStrategy, true},
		{"priorities/growth.md", SectionPriorities, true},
		{"teams/eng/platform.md", SectionTeams, true},
		{"people/ines.md", SectionPeople, true},
		{"okrs/2026-Q4/platform/Fast Deploys.md", SectionOKRs, true},
		{"okrs/2026-Q4/platform/notes.txt", "", false},
		{"okrs/2026-Q4/platform/.fast.md", "", false},
		{"okrs/2026-Q4/_drafts/x.md", "", false},
		{"okrs/2026-Q4/platform/x.md~", "", false},
		{"okrs/2026-Q4/platform/#x.md#", "", false},
		{"README.md", "", false},
		{"static/logo.md", "", false},
		{"other/x.md", "", false},
		{"teams/portal.yaml", "", false},
	}
	for _, tt := range tests {
		section, ok := Classify(tt.rel)
		if section != tt.section || ok != tt.ok {
			t.Errorf("Classify(%q) = %q, %v; want %q, %v", tt.rel, section, ok, tt.section, tt.ok)
		}
	}
}

func TestIgnored(t *testing.T) {
	for _, name := range []string{".git", ".x.md.swp", "_index.md", "#x.md#", "x.md~", "x.swp", "x.swx", "x.tmp", "x.bak", "x.orig", "4913"} {
		if !Ignored(name) {
			t.Errorf("Ignored(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"", "x.md", "okrs", "2026-Q4", "tmp.md", "x.md.md"} {
		if Ignored(name) {
			t.Errorf("Ignored(%q) = true, want false", name)
		}
	}
}

// write creates the files (path → content) under a new temporary folder
// and returns it.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRead(t *testing.T) {
	dir := write(t, map[string]string{
		"portal.yaml":                  "title: X\n",
		"strategy.md":                  "---\nmission: M\n---\n",
		"teams/eng.md":                 "---\nname: Eng\n---\n",
		"teams/eng/.platform.md.swp":   "\x00junk",
		"okrs/2026-Q4/eng/b.md":        "---\ntitle: B\n---\n",
		"okrs/2026-Q4/eng/a.md":        "---\ntitle: [\n---\n",
		"okrs/2026-Q4/eng/empty.md":    "",
		"static/logo.md":               "\x00",
		"README.md":                    "not read",
		"people/.hidden/x.md":          "\x00",
		"priorities/growth.md":         "+++\ntitle = \"Growth\"\n+++\n",
		"okrs/2026-Q4/eng/notes.txt":   "\x00",
		"okrs/2026-Q4/eng/backup.md~":  "\x00",
		"okrs/2026-Q4/_archive/old.md": "\x00",
	})
	list := &diag.List{}
	folder, err := Read(context.Background(), dir, nil, list)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range folder.Documents {
		got = append(got, d.Path+" "+string(d.Section))
	}
	want := []string{"okrs/2026-Q4/eng/b.md okrs", "portal.yaml portal", "priorities/growth.md priorities", "strategy.md strategy", "teams/eng.md teams"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("documents:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if folder.StaticDir != filepath.Join(folder.Root, "static") || !filepath.IsAbs(folder.Root) {
		t.Errorf("root %q, static %q", folder.Root, folder.StaticDir)
	}
	var diags []string
	for _, d := range list.Sorted() {
		diags = append(diags, d.Position()+" "+d.Rule)
	}
	wantDiags := []string{"okrs/2026-Q4/eng/a.md:2 syntax", "okrs/2026-Q4/eng/empty.md:1 empty-file", "okrs/2026-Q4/eng/notes.txt skipped"}
	if strings.Join(diags, "\n") != strings.Join(wantDiags, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(diags, "\n"), strings.Join(wantDiags, "\n"))
	}
}

func TestReadFolderErrors(t *testing.T) {
	noPortal := write(t, map[string]string{"strategy.md": "x"})
	file := write(t, map[string]string{"portal.yaml": "title: X\n"})
	tests := []struct {
		root, message string
	}{
		{filepath.Join(noPortal, "missing"), "there is no source folder"},
		{filepath.Join(file, "portal.yaml"), "is a file, not a folder"},
		{noPortal, "has no portal.yaml"},
	}
	for _, tt := range tests {
		_, err := Read(context.Background(), tt.root, nil, &diag.List{})
		if err == nil || !strings.Contains(err.Error(), tt.message) {
			t.Errorf("Read(%s) = %v, want an error containing %q", tt.root, err, tt.message)
		}
	}
}

func TestReadCanceled(t *testing.T) {
	dir := write(t, map[string]string{"portal.yaml": "title: X\n", "teams/a.md": "---\nname: A\n---\n"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, dir, nil, &diag.List{}); err != context.Canceled {
		t.Errorf("Read with a canceled context = %v, want context.Canceled", err)
	}
}

func TestCache(t *testing.T) {
	dir := write(t, map[string]string{
		"portal.yaml":  "title: X\n",
		"teams/a.md":   "---\nname: A\n---\n",
		"teams/bad.md": "---\nname: [\n---\n",
	})
	cache := NewCache()
	read := func() (*Folder, *diag.List) {
		t.Helper()
		list := &diag.List{}
		folder, err := Read(context.Background(), dir, cache, list)
		if err != nil {
			t.Fatal(err)
		}
		return folder, list
	}
	first, list1 := read()
	second, list2 := read()
	if len(first.Documents) != 2 || first.Documents[1] != second.Documents[1] {
		t.Errorf("an unchanged file was parsed again: %p, %p", first.Documents[1], second.Documents[1])
	}
	if list1.Len() != 1 || list2.Len() != 1 {
		t.Errorf("a cached file's diagnostics were not repeated: %v then %v", list1.Sorted(), list2.Sorted())
	}
	path := filepath.Join(dir, "teams", "a.md")
	if err := os.WriteFile(path, []byte("---\nname: Team A\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	third, _ := read()
	if third.Documents[1] == first.Documents[1] {
		t.Error("a changed file was not parsed again")
	}
	var nilCache *Cache
	if _, ok := nilCache.get("x", nil); ok {
		t.Error("a nil cache returned an entry")
	}
}
