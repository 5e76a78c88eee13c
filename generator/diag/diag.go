// Package diag collects the errors and warnings that the pipeline finds in
// content. A Diagnostic names a file relative to the source folder, a line
// (and column where known), a rule and a message that says how to fix it.
//
// Stages append to a List instead of stopping at the first problem; the
// List is sorted by file and line before it is shown.
package diag

import (
	"fmt"
	"sort"
	"sync"
)

// Severity is error or warning.
type Severity string

// The severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	// Suppressed is a review finding that a file's `check_ignore:`
	// exempts, with the reason given: listed by `--format json`, neither
	// printed as text nor counted as a warning.
	Suppressed Severity = "suppressed"
)

// Diagnostic is one finding.
type Diagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col,omitempty"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	// Group is the superpower of a review warning (strategy, focus,
	// alignment, transparency, engagement); empty for errors.
	Group   string `json:"group,omitempty"`
	Message string `json:"message"`
	// Reason is why a Suppressed finding does not apply, as its file's
	// `check_ignore:` says.
	Reason string `json:"reason,omitempty"`
}

// String formats the diagnostic as "file:line[:col]: severity: [rule] message".
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: [%s] %s", d.Position(), d.Severity, d.Rule, d.Message)
}

// Position is "file:line[:col]", or just the file when the line is unknown.
func (d Diagnostic) Position() string {
	switch {
	case d.File == "":
		return "(portal)"
	case d.Line <= 0:
		return d.File
	case d.Col > 0:
		return fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Col)
	}
	return fmt.Sprintf("%s:%d", d.File, d.Line)
}

// List is a collection of diagnostics, safe for concurrent appends.
type List struct {
	mu    sync.Mutex
	items []Diagnostic
	seen  map[Diagnostic]bool
}

// Add appends d, unless the very same diagnostic is there already (one
// error for a misnamed folder, however many files it holds).
func (l *List) Add(d Diagnostic) {
	l.mu.Lock()
	if !l.seen[d] {
		if l.seen == nil {
			l.seen = map[Diagnostic]bool{}
		}
		l.seen[d] = true
		l.items = append(l.items, d)
	}
	l.mu.Unlock()
}

// Errorf appends an error.
func (l *List) Errorf(file string, line int, rule, format string, args ...any) {
	l.Add(Diagnostic{File: file, Line: line, Severity: Error, Rule: rule, Message: fmt.Sprintf(format, args...)})
}

// Warnf appends a review warning of a superpower group.
func (l *List) Warnf(file string, line int, group, rule, format string, args ...any) {
	l.Add(Diagnostic{File: file, Line: line, Severity: Warning, Group: group, Rule: rule, Message: fmt.Sprintf(format, args...)})
}

// Merge appends every diagnostic of other.
func (l *List) Merge(other *List) {
	for _, d := range other.Sorted() {
		l.Add(d)
	}
}

// Len is the number of diagnostics.
func (l *List) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.items)
}

// HasErrors reports whether any diagnostic is an error.
func (l *List) HasErrors() bool { return l.Count(Error) > 0 }

// Count is the number of diagnostics of severity s.
func (l *List) Count(s Severity) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, d := range l.items {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sorted returns a copy sorted by file, line, column, severity, rule and
// message, without exact duplicates.
func (l *List) Sorted() []Diagnostic {
	l.mu.Lock()
	out := append([]Diagnostic(nil), l.items...)
	l.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	dedup := out[:0]
	for i, d := range out {
		if i > 0 && d == out[i-1] {
			continue
		}
		dedup = append(dedup, d)
	}
	return dedup
}

func less(a, b Diagnostic) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	if a.Severity != b.Severity {
		return a.Severity == Error
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	return a.Message < b.Message
}

// Shown returns the diagnostics, sorted, without the suppressed ones.
func (l *List) Shown() []Diagnostic {
	var out []Diagnostic
	for _, d := range l.Sorted() {
		if d.Severity != Suppressed {
			out = append(out, d)
		}
	}
	return out
}

// Errors returns only the errors, sorted.
func (l *List) Errors() []Diagnostic {
	var out []Diagnostic
	for _, d := range l.Sorted() {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}
