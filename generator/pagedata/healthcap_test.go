package pagedata

import (
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
)

// TestHealthFindingsAreCapped: a large portal's findings do not make the
// health page huge; what is left off is counted.
func TestHealthFindingsAreCapped(t *testing.T) {
	var ds []diag.Diagnostic
	for i := 0; i < MaxFindings+7; i++ {
		ds = append(ds, diag.Diagnostic{File: "x.md", Line: i + 1, Group: "engagement", Rule: "stale", Message: "m"})
		ds = append(ds, diag.Diagnostic{File: "y.md", Line: i + 1, Group: "", Rule: "skipped", Message: "m"})
	}
	h := &Health{Powers: []*Power{{ID: "engagement"}}}
	h.attachFindings(ds, nil)
	if pw := h.Powers[0]; len(pw.Findings) != MaxFindings || pw.FindingsMore != 7 {
		t.Errorf("engagement: %d findings, %d more; want %d and 7", len(pw.Findings), pw.FindingsMore, MaxFindings)
	}
	if len(h.Other) != 1 || len(h.Other[0].Findings) != MaxFindings || h.Other[0].FindingsMore != 7 {
		t.Errorf("other groups: %+v", h.Other)
	}
}
