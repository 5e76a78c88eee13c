package checkin

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// FuzzAppend edits front matter from the demo files, mutated, with random
// values: whenever Append succeeds, its output parses and is its input
// with whole lines added.
func FuzzAppend(f *testing.F) {
	files, _ := filepath.Glob("../../content/okrs/*/*/*.md")
	for i, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data, uint8(i%3), uint8(i%7), "12.5", "a note")
		}
	}
	f.Add([]byte("---\r\nkey_results:\r\n  - title: A\r\n    checkins:\r\n---\r\n"), uint8(0), uint8(1), "yes", "")
	f.Add([]byte("---\nkey_results:\n  - title: A\n    checkins:\n      - {date: 2026-12-07, value: 3}\n      - date: 2027-01-04\n        value: 4\n---\n"), uint8(0), uint8(0), "2", "")
	f.Fuzz(func(t *testing.T, data []byte, index, kind uint8, value, note string) {
		k := model.Kind(model.KindNames[int(kind)%len(model.KindNames)])
		e, err := NewEntry(k, Input{Date: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), Value: value, Note: note, Confidence: "5", Status: "at-risk"})
		if err != nil {
			return
		}
		out, err := Append(data, int(index), e)
		if err != nil {
			return
		}
		if !onlyAdded(data, out) {
			t.Fatalf("not only lines added:\n%s", Diff("f.md", data, out))
		}
		if _, err := parseFront(out); err != nil {
			t.Fatalf("the output does not parse: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), e.Date) {
			t.Fatal("the check-in's date is missing")
		}
	})
}

// FuzzReadCSV reads random CSV files: rows come back with a reference, a
// value and a line, or an error.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("\ufeffDate,Ref,Value,Note\n2026-11-08,checkout#kr1,600,\"a, b\"\n\n2026-11-15,search,4,\n"))
	f.Add([]byte("ref,value,status,confidence\nx,-,at-risk,7\n\"unterminated\n"))
	f.Add([]byte("date,ref\n"))
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadCSV(strings.NewReader(string(data)), day)
		if err != nil {
			return
		}
		for _, r := range rows {
			if r.Ref == "" || r.In.Value == "" || r.Line < 2 || r.In.Date.IsZero() {
				t.Fatalf("row %+v", r)
			}
		}
	})
}
