package sheet

import (
	"regexp"
	"strings"
)

// Milestone is one step of a milestones key result, as a cell's line
// gives it: "[x] Beta shipped (due 2026-11-01)".
type Milestone struct {
	Title string
	Done  bool
	Due   string // YYYY-MM-DD or ""
}

var milestoneRE = regexp.MustCompile(`^(?:\[( |x|X)?\]\s*)?(.*?)(?:\s*\(due ([^)]*)\))?$`)

// parseMilestones reads a milestones cell: one milestone a line.
func parseMilestones(raw string) ([]Milestone, string) {
	var out []Milestone
	for _, line := range strings.Split(strings.ReplaceAll(raw, "\r", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := milestoneRE.FindStringSubmatch(line)
		ms := Milestone{Title: strings.TrimSpace(m[2]), Done: strings.EqualFold(m[1], "x")}
		if m[3] != "" {
			d, msg := date(strings.TrimSpace(m[3]))
			if msg != "" {
				return nil, "milestone " + quote(line) + ": " + msg
			}
			ms.Due = d
		}
		if ms.Title == "" {
			return nil, "milestone " + quote(line) + " has no title; write one milestone a line, e.g. [x] Beta shipped (due 2026-11-01)"
		}
		out = append(out, ms)
	}
	return out, ""
}

// milestones normalizes a milestones cell.
func milestones(raw string) (string, string) {
	ms, msg := parseMilestones(raw)
	if msg != "" {
		return "", msg
	}
	return formatMilestones(ms), ""
}

func formatMilestones(ms []Milestone) string {
	lines := make([]string, len(ms))
	for i, m := range ms {
		box := "[ ] "
		if m.Done {
			box = "[x] "
		}
		lines[i] = box + m.Title
		if m.Due != "" {
			lines[i] += " (due " + m.Due + ")"
		}
	}
	return strings.Join(lines, "\n")
}

// milestonesYAML writes the milestones of a normalized cell.
func milestonesYAML(b *strings.Builder, indent, cell string) {
	ms, _ := parseMilestones(cell)
	if len(ms) == 0 {
		return
	}
	b.WriteString(indent + "milestones:\n")
	for _, m := range ms {
		parts := []string{"title: " + strQuote(m.Title), "done: " + map[bool]string{true: "true", false: "false"}[m.Done]}
		if m.Due != "" {
			parts = append(parts, "due: "+m.Due)
		}
		b.WriteString(indent + "  - {" + strings.Join(parts, ", ") + "}\n")
	}
}
