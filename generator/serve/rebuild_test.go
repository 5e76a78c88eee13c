package serve

import (
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
)

func TestLogBuild(t *testing.T) {
	tests := []struct {
		name     string
		r        Report
		haveSite bool
		fixed    bool
		out, err string
	}{
		{"initial", Report{Initial: true, Pages: 14, Duration: 120 * time.Millisecond}, true, false,
			"Built 14 pages in 120 ms (each is rendered when first requested)\n", ""},
		{"edit", Report{Duration: 1500 * time.Millisecond}, true, false, "Rebuilt in 1.50 s\n", ""},
		{"pages added and removed", Report{Duration: 9 * time.Millisecond, Added: 2, Removed: 1}, true, false,
			"Rebuilt in 9 ms: 2 pages added, 1 page removed\n", ""},
		{"static unchanged", Report{Duration: time.Millisecond, Unchanged: true}, true, false, "Rebuilt in 1 ms: nothing changed\n", ""},
		{"fixed", Report{Duration: 30 * time.Millisecond, Added: 1}, true, true, "Rebuilt in 30 ms: the errors are fixed, 1 page added\n", ""},
		{"failed", Report{Errors: []diag.Diagnostic{{File: "x.md", Line: 3, Severity: diag.Error, Rule: "field", Message: "bad"}}}, true, false,
			"", "x.md:3: error: [field] bad\nBuild failed with 1 error (still serving the last good site)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := &syncBuffer{}, &syncBuffer{}
			s := &Server{log: &logger{out: out, err: errs}}
			s.logBuild(tt.r, tt.haveSite, tt.fixed)
			if out.String() != tt.out || errs.String() != tt.err {
				t.Errorf("logged %q and %q, want %q and %q", out.String(), errs.String(), tt.out, tt.err)
			}
		})
	}
}
