package site_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/site"
	"golang.org/x/tools/txtar"
)

// archiveFile is one file of a txtar archive.
type archiveFile = txtar.File

// writeFiles writes files under dir.
func writeFiles(t testing.TB, dir string, files []archiveFile) {
	t.Helper()
	fsys, err := txtar.FS(&txtar.Archive{Files: files})
	if err == nil {
		err = os.CopyFS(dir, fsys)
	}
	if err != nil {
		t.Fatal(err)
	}
}

var today = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)

// load writes files to a temporary folder and loads it with drafts, as
// `okrportal check` does.
func load(t testing.TB, files []archiveFile) (*model.Portal, *diag.List) {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	p, list, err := site.Load(context.Background(), site.Options{Source: dir, Today: today, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	return p, list
}

// errorLines formats the errors of list as the fixtures write them:
// "error file:line[:col]: [rule] message".
func errorLines(list *diag.List) []string {
	var out []string
	for _, d := range list.Errors() {
		out = append(out, "error "+d.Position()+": ["+d.Rule+"] "+d.Message)
	}
	return out
}

// TestErrorFixtures loads each testdata/errors/*.txtar portal. The lines of
// a fixture's comment that start with "error " are the errors it must give,
// in order, each as "error file:line[:col]: [rule] message", where the
// message may be cut short.
func TestErrorFixtures(t *testing.T) {
	paths, err := filepath.Glob("testdata/errors/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatal("no fixtures", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(data)
			var want []string
			for _, line := range strings.Split(string(a.Comment), "\n") {
				if strings.HasPrefix(line, "error ") {
					want = append(want, line)
				}
			}
			if len(want) == 0 {
				t.Fatal("the fixture lists no errors")
			}
			_, list := load(t, a.Files)
			got := errorLines(list)
			ok := len(got) == len(want)
			for i := 0; ok && i < len(got); i++ {
				ok = strings.HasPrefix(got[i], want[i])
			}
			if !ok {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// formatsPortal has one objective in each front-matter format, each with
// a misspelt field on line 4 and a key result on line 6, counted in the
// whole file.
var formatsPortal = []archiveFile{
	{Name: "portal.yaml", Data: []byte("\ufefftitle: Formats\r\ncheck:\r\n  stale_after_days: 7\r\n")},
	{Name: "teams/eng.md", Data: []byte("---\nname: Engineering\n---\n")},
	{Name: "okrs/2026-Q4/eng/yaml.md", Data: []byte("\n---\ntitle: YAML\nownr: ada\nkey_results:\n  - {title: K, start: 0, target: 10, current: 5}\n---\nWhy.\n")},
	{Name: "okrs/2026-Q4/eng/toml.md", Data: []byte("\n+++\ntitle = \"TOML\"\nownr = \"ada\"\ntags = [\"x\"]\n[[key_results]]\ntitle = \"K\"\nstart = 0\ntarget = 10\ncurrent = 5\n+++\nWhy.\n")},
	{Name: "okrs/2026-Q4/eng/json.md", Data: []byte("\n{\n \"title\": \"JSON\",\n \"ownr\": \"ada\",\n \"key_results\": [\n  {\"title\": \"K\", \"start\": 0, \"target\": 10, \"current\": 5}]}\nWhy.\n")},
	{Name: "okrs/2026-Q4/eng/bom-crlf.md", Data: []byte("\ufeff\r\n---\r\ntitle: BOM and CRLF\r\nownr: ada\r\nkey_results:\r\n  - {title: K, start: 0, target: 10, current: 5}\r\n---\r\nWhy.\r\n")},
	{Name: "okrs/2026-Q4/eng/toml-crlf.md", Data: []byte("\ufeff\r\n+++\r\ntitle = \"TOML, CRLF\"\r\nownr = \"ada\"\r\ntags = [\"x\"]\r\n[[key_results]]\r\ntitle = \"K\"\r\nstart = 0\r\ntarget = 10\r\ncurrent = 5\r\n+++\r\nWhy.\r\n")},
	{Name: "okrs/2026-Q4/eng/json-crlf.md", Data: []byte("\ufeff\r\n{\r\n \"title\": \"JSON, CRLF\",\r\n \"ownr\": \"ada\",\r\n \"key_results\": [\r\n  {\"title\": \"K\", \"start\": 0, \"target\": 10, \"current\": 5}]}\r\nWhy.\r\n")},
}

func TestFormatsCountLinesInTheWholeFile(t *testing.T) {
	_, list := load(t, formatsPortal)
	got := errorLines(list)
	var want []string
	for _, name := range []string{"bom-crlf", "json-crlf", "json", "toml-crlf", "toml", "yaml"} { // sorted
		want = append(want, "error okrs/2026-Q4/eng/"+name+".md:4:")
	}
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = strings.HasPrefix(got[i], want[i]) && strings.HasSuffix(got[i], `: [unknown-field] unknown field "ownr"; did you mean "owner"?`)
	}
	if !ok {
		t.Errorf("got:\n%s\nwant an unknown field on line 4 of each of:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Fixed, every format gives the same objective.
	var fixed []archiveFile
	for _, f := range formatsPortal {
		fixed = append(fixed, archiveFile{Name: f.Name, Data: bytes.Replace(f.Data, []byte("ownr"), []byte("owner"), 1)})
	}
	p, list := load(t, fixed)
	if list.HasErrors() {
		t.Fatalf("errors:\n%s", strings.Join(errorLines(list), "\n"))
	}
	if p.Settings.Check.StaleAfterDays != 7 || p.Settings.Title != "Formats" {
		t.Errorf("settings from a portal.yaml with BOM and CRLF: %+v", p.Settings)
	}
	if len(p.Objectives) != 6 {
		t.Fatalf("objectives = %d, want 6", len(p.Objectives))
	}
	for _, o := range p.Objectives {
		kr := o.KeyResults[0]
		if o.Owner == nil || o.Owner.ID != "ada" || o.Source.Line != 3 || kr.Line != 6 || *kr.Target != 10 || o.Body.Text != "Why.\n" || o.Computed.Progress != 0.5 {
			t.Errorf("%s: owner %v, line %d, KR line %d, body %q, progress %v", o.ID, o.Owner, o.Source.Line, kr.Line, o.Body.Text, o.Computed.Progress)
		}
	}
}

func TestBinaryAndEncodingErrors(t *testing.T) {
	_, list := load(t, []archiveFile{
		{Name: "portal.yaml", Data: []byte("title: Fixture\n")},
		{Name: "teams/eng.md", Data: []byte("---\nname: Engineering\n---\n")},
		{Name: "teams/logo.md", Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		{Name: "people/ines.md", Data: []byte("---\nname: In\xe9s Garc\xeda\n---\n")},
		{Name: "okrs/2026-Q4/eng/utf16.md", Data: []byte("\xff\xfe-\x00-\x00-\x00\n\x00")},
	})
	want := []string{
		"error okrs/2026-Q4/eng/utf16.md:1: [binary-file] this looks like a binary file (it contains a NUL byte); only UTF-8 text files belong in the source folder",
		"error people/ines.md:2: [encoding] the file is not valid UTF-8; save it as UTF-8",
		"error teams/logo.md:3: [binary-file] this looks like a binary file",
	}
	got := errorLines(list)
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = strings.HasPrefix(got[i], want[i])
	}
	if !ok {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDiagnosticsAreSorted(t *testing.T) {
	data, err := os.ReadFile("testdata/errors/all-at-once.txtar")
	if err != nil {
		t.Fatal(err)
	}
	_, list := load(t, txtar.Parse(data).Files)
	ds := list.Sorted()
	for i := 1; i < len(ds); i++ {
		a, b := ds[i-1], ds[i]
		if a.File > b.File || a.File == b.File && a.Line > b.Line {
			t.Errorf("%s before %s", a, b)
		}
	}
}

func TestLoadFolderErrors(t *testing.T) {
	for _, src := range []string{filepath.Join(t.TempDir(), "missing"), t.TempDir()} {
		if _, _, err := site.Load(context.Background(), site.Options{Source: src, Today: today}); err == nil {
			t.Errorf("Load(%s) succeeded", src)
		}
	}
}
