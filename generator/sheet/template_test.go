package sheet

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/import-template.xlsx from docs/import-template.csv")

const templateCSV, templateXLSX = "../../docs/import-template.csv", "../../docs/import-template.xlsx"

// The XLSX template is the CSV template as a workbook: go test
// ./generator/sheet -run Template -update writes it.
func TestTemplateXLSXAgreesWithCSV(t *testing.T) {
	want := readTemplate(t, templateCSV)
	if *update {
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, want.Header, cells(want)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(templateXLSX, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := readTemplate(t, templateXLSX)
	if !slices.Equal(got.Header, want.Header) {
		t.Fatalf("header %q, want %q (run: go test ./generator/sheet -run Template -update)", got.Header, want.Header)
	}
	g, w := cells(got), cells(want)
	if len(g) != len(w) {
		t.Fatalf("%d rows, want %d (run with -update)", len(g), len(w))
	}
	for i := range w {
		for len(g[i]) < len(w[i]) { // a workbook drops empty trailing cells
			g[i] = append(g[i], "")
		}
		if !slices.Equal(g[i], w[i]) {
			t.Errorf("row %d: %q, want %q (run with -update)", i+2, g[i], w[i])
		}
	}
}

// The template imports without a problem.
func TestTemplateParses(t *testing.T) {
	objs, probs := Parse(readTemplate(t, templateCSV), nil, Options{Date: "2026-11-30"})
	if len(probs) > 0 || len(objs) != 2 || len(objs[0].KeyResults) != 2 || len(objs[0].KeyResults[0].Checkins) != 2 || len(objs[1].KeyResults) != 3 {
		t.Fatalf("problems %v, %d objectives", probs, len(objs))
	}
}

func readTemplate(t *testing.T, name string) *Table {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func cells(t *Table) [][]string {
	var out [][]string
	for _, r := range t.Rows {
		out = append(out, r.Cells)
	}
	return out
}

// docs/importing.md names every column.
func TestDocsNameEveryColumn(t *testing.T) {
	data, err := os.ReadFile("../../docs/importing.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Fields {
		if !bytes.Contains(data, []byte("`"+f.Name+"`")) {
			t.Errorf("docs/importing.md does not name the column `%s`", f.Name)
		}
	}
	for name := range Presets {
		if !bytes.Contains(data, []byte("`"+name+"`")) {
			t.Errorf("docs/importing.md does not name the preset `%s`", name)
		}
	}
}
