package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
)

func TestPositionAndString(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "okrs/a.md", Line: 3, Col: 7, Severity: Error, Rule: "type", Message: "m"}, "okrs/a.md:3:7: error: [type] m"},
		{Diagnostic{File: "okrs/a.md", Line: 3, Severity: Warning, Rule: "stale", Message: "m"}, "okrs/a.md:3: warning: [stale] m"},
		{Diagnostic{File: "priorities/", Severity: Warning, Rule: "priority-count", Message: "m"}, "priorities/: warning: [priority-count] m"},
		{Diagnostic{Severity: Error, Rule: "r", Message: "m"}, "(portal): error: [r] m"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestListSortedDeduplicatesAndCounts(t *testing.T) {
	l := &List{}
	var wg sync.WaitGroup
	for _, f := range []string{"b.md", "a.md", "c.md", "a.md"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Errorf(f, 2, "x", "m")
		}()
	}
	wg.Wait()
	l.Warnf("a.md", 1, "focus", "w", "warn %d", 1)
	l.Add(Diagnostic{File: "a.md", Line: 2, Severity: Warning, Rule: "a", Message: "m"})
	l.Add(Diagnostic{File: "a.md", Line: 2, Col: 1, Severity: Error, Rule: "a", Message: "m"})
	var got []string
	for _, d := range l.Sorted() {
		got = append(got, d.String())
	}
	want := []string{
		"a.md:1: warning: [w] warn 1",
		"a.md:2: error: [x] m",
		"a.md:2: warning: [a] m",
		"a.md:2:1: error: [a] m",
		"b.md:2: error: [x] m",
		"c.md:2: error: [x] m",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Sorted:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l.Len() != 6 || l.Count(Error) != 4 || l.Count(Warning) != 2 || !l.HasErrors() || len(l.Errors()) != 4 {
		t.Errorf("Len %d, errors %d, warnings %d, Errors() %d", l.Len(), l.Count(Error), l.Count(Warning), len(l.Errors()))
	}
	other := &List{}
	other.Merge(l)
	if other.Len() != 6 {
		t.Errorf("Merge added %d, want the 6 distinct diagnostics", other.Len())
	}
	if (&List{}).HasErrors() {
		t.Error("an empty list has errors")
	}
}

var sample = []Diagnostic{
	{File: "okrs/a,b.md", Line: 4, Col: 9, Severity: Error, Rule: "type", Message: "not \"80%\"\nsecond line"},
	{File: "priorities/", Severity: Warning, Group: "strategy", Rule: "priority-count", Message: "there is 1 strategic priority"},
}

func TestWrite(t *testing.T) {
	tests := []struct{ format, want string }{
		{"text", "okrs/a,b.md:4:9: error: [type] not \"80%\"\nsecond line\npriorities/: warning: [priority-count] there is 1 strategic priority\n"},
		{"", "okrs/a,b.md:4:9: error: [type] not \"80%\"\nsecond line\npriorities/: warning: [priority-count] there is 1 strategic priority\n"},
		{"github", "::error file=okrs/a%2Cb.md,line=4,col=9,title=okrportal type::not \"80%25\"%0Asecond line\n" +
			"::warning file=priorities/,title=okrportal priority-count::there is 1 strategic priority\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := Write(&b, tt.format, sample); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("format %q:\n%s\nwant:\n%s", tt.format, b.String(), tt.want)
		}
	}
	if err := Write(&bytes.Buffer{}, "xml", sample); err == nil {
		t.Error("an unknown format is accepted")
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "json", sample); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Errors, Warnings int
		Diagnostics      []Diagnostic
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Errors != 1 || out.Warnings != 1 || len(out.Diagnostics) != 2 || out.Diagnostics[0] != sample[0] || out.Diagnostics[1] != sample[1] {
		t.Errorf("round trip: %+v", out)
	}
	b.Reset()
	if err := Write(&b, "json", nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"diagnostics": []`) {
		t.Errorf("no diagnostics should be an empty array, got %s", b.String())
	}
}

func TestAddKeepsOneOfIdenticalDiagnostics(t *testing.T) {
	var l List
	d := Diagnostic{File: "okrs/Q4-2026", Severity: Error, Rule: "unknown-period", Message: "folder names no period"}
	l.Add(d)
	l.Add(d)
	l.Add(Diagnostic{File: "okrs/Q4-2026", Severity: Error, Rule: "unknown-period", Message: "another"})
	if got := l.Count(Error); got != 2 {
		t.Errorf("Count = %d after adding one diagnostic twice and another once, want 2", got)
	}
}

// TestSuppressed: a suppressed finding is listed, with its reason, by json
// only, and counted apart from warnings.
func TestSuppressed(t *testing.T) {
	ds := []Diagnostic{
		{File: "a.md", Line: 2, Severity: Warning, Rule: "stale", Message: "w"},
		{File: "a.md", Line: 3, Severity: Suppressed, Rule: "kr-activity", Message: "s", Reason: "why"},
	}
	for _, format := range []string{"text", "github"} {
		var b bytes.Buffer
		if err := Write(&b, format, ds); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "kr-activity") || !strings.Contains(b.String(), "stale") {
			t.Errorf("%s:\n%s", format, b.String())
		}
	}
	var b bytes.Buffer
	if err := Write(&b, "json", ds); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Warnings, Suppressed int
		Diagnostics          []Diagnostic
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Warnings != 1 || out.Suppressed != 1 || len(out.Diagnostics) != 2 || out.Diagnostics[1].Reason != "why" {
		t.Errorf("json: %s", b.String())
	}
	l := &List{}
	for _, d := range ds {
		l.Add(d)
	}
	if l.Count(Warning) != 1 || l.Count(Suppressed) != 1 || len(l.Shown()) != 1 {
		t.Errorf("counts: %d warnings, %d suppressed, %d shown", l.Count(Warning), l.Count(Suppressed), len(l.Shown()))
	}
}
