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

// Initiative is one initiative of a key result, as a cell's line gives
// it: "[x] Migrate CI runners <https://jira.example/PLAT-1> (owner: Ann; Bo)".
type Initiative struct {
	Title, URL string
	Done       bool
	Owners     []string
}

var initiativeRE = regexp.MustCompile(`^(?:\[( |x|X)?\]\s*)?(.*?)(?:\s*<([^>]*)>)?(?:\s*\(owners?: ([^)]*)\))?$`)

func parseInitiatives(raw string) ([]Initiative, string) {
	var out []Initiative
	for _, line := range strings.Split(strings.ReplaceAll(raw, "\r", "\n"), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		m := initiativeRE.FindStringSubmatch(line)
		in := Initiative{Title: strings.TrimSpace(m[2]), URL: strings.TrimSpace(m[3]), Done: strings.EqualFold(m[1], "x"),
			Owners: splitList(m[4])}
		if in.Title == "" {
			return nil, "initiative " + quote(line) + " has no title; write one initiative a line, e.g. [ ] Migrate CI runners <https://jira.example/PLAT-1>"
		}
		out = append(out, in)
	}
	return out, ""
}

func initiatives(raw string) (string, string) {
	ins, msg := parseInitiatives(raw)
	if msg != "" {
		return "", msg
	}
	return formatInitiatives(ins), ""
}

func formatInitiatives(ins []Initiative) string {
	lines := make([]string, len(ins))
	for i, in := range ins {
		box := "[ ] "
		if in.Done {
			box = "[x] "
		}
		lines[i] = box + in.Title
		if in.URL != "" {
			lines[i] += " <" + in.URL + ">"
		}
		if len(in.Owners) > 0 {
			lines[i] += " (owner: " + strings.Join(in.Owners, "; ") + ")"
		}
	}
	return strings.Join(lines, "\n")
}

func initiativesYAML(b *strings.Builder, indent, cell string) {
	ins, _ := parseInitiatives(cell)
	if len(ins) == 0 {
		return
	}
	b.WriteString(indent + "initiatives:\n")
	for _, in := range ins {
		parts := []string{"title: " + strQuote(in.Title)}
		if in.URL != "" {
			parts = append(parts, "url: "+strQuote(in.URL))
		}
		parts = append(parts, "done: "+map[bool]string{true: "true", false: "false"}[in.Done])
		if len(in.Owners) > 0 {
			var b2 strings.Builder
			list(&b2, "", "owner", in.Owners)
			parts = append(parts, strings.TrimSuffix(b2.String(), "\n"))
		}
		b.WriteString(indent + "  - {" + strings.Join(parts, ", ") + "}\n")
	}
}
