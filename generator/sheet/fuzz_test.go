package sheet

import (
	"bytes"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v3"
)

// Any bytes, read as CSV or XLSX, give problems or files: never a panic,
// never a path outside the portal, and every file's front matter is YAML
// that gives back the sheet's titles.
func FuzzReadSheet(f *testing.F) {
	for _, name := range []string{templateCSV, templateXLSX} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, strings.HasSuffix(name, ".xlsx"))
	}
	f.Add([]byte(head+"2026-Q4,a/../b,\"x: \"\"y\"\" #z\",\"k\nl\",1e3,2026-1-2,-0,done,\"\\u2028\",yes,keep-above,3\n"), false)
	f.Add([]byte("Row ID,Parent Row IDs,Goal Title,Departments,Start Date,End Date,Goal Type,Current Value\n1,,O,d,2026-01-01,2026-03-31,,\n2,1,K,,,,binary,1\n3,2,L,,,,,\n"), false)
	f.Add([]byte("period;team;objective;milestones;initiatives\n2026;t;o;\"[x] a (due 2026-01-01)\n[ ] b\";\"[x] c <u> (owner: d)\"\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, xlsx bool) {
		name := "f.csv"
		if xlsx {
			name = "f.xlsx"
		}
		tab, err := ReadTable(name, data)
		if err != nil {
			return
		}
		if flat, probs := Presets["peoplebox"].Table(tab); len(probs) == 0 {
			Parse(flat, nil, Options{Date: "2026-11-30"})
		}
		objs, probs := Parse(tab, nil, Options{Date: "2026-11-30"})
		if len(probs) > 0 {
			return
		}
		files, _ := Plan(name, objs, Known{})
		for _, f := range files {
			if path.Clean(f.Path) != f.Path || strings.Contains(f.Path, "..") || path.IsAbs(f.Path) {
				t.Fatalf("path %q", f.Path)
			}
			front, _, _ := strings.Cut(strings.TrimPrefix(f.Content, "---\n"), "\n---\n")
			var m map[string]any
			if err := yaml.Unmarshal([]byte(front), &m); err != nil {
				t.Fatalf("%s: %v\n%s", f.Path, err, f.Content)
			}
		}
		for _, o := range objs {
			front, _, _ := strings.Cut(strings.TrimPrefix(o.Markdown(), "---\n"), "\n---\n")
			var m struct{ Title string }
			if err := yaml.Unmarshal([]byte(front), &m); err != nil || m.Title != o.Values["objective"] {
				t.Fatalf("title %q, want %q (%v)\n%s", m.Title, o.Values["objective"], err, front)
			}
		}
	})
}

// A spreadsheet's rows survive being written and read back.
func FuzzWriteRead(f *testing.F) {
	f.Add("a", "b,c", "\"q\"\nline", false)
	f.Add("1", "0.5", "2026-10-01", true)
	f.Fuzz(func(t *testing.T, a, b, c string, xlsx bool) {
		row := []string{a, b, c}
		var buf bytes.Buffer
		format := map[bool]string{false: "csv", true: "xlsx"}[xlsx]
		if err := Write(&buf, format, []string{"period", "team", "objective"}, [][]string{row}); err != nil {
			return // excelize refuses some strings (too long, or characters XML cannot hold)
		}
		tab, err := ReadTable("f."+format, buf.Bytes())
		// each cell valid on its own: "\xde" and "\x93" are invalid apart
		// yet one character together
		plainText := utf8.ValidString(a) && utf8.ValidString(b) && utf8.ValidString(c) && !strings.ContainsAny(a+b+c, "\x00\r")
		if xlsx || !plainText {
			return // a workbook stores numbers as numbers; other bytes are refused
		}
		if err != nil {
			t.Fatal(err)
		}
		if blank(row) != (len(tab.Rows) == 0) || len(tab.Rows) == 1 && !slices.Equal(tab.Rows[0].Cells, row) {
			t.Fatalf("read back %v, wrote %q", tab.Rows, row)
		}
	})
}
