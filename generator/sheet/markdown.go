package sheet

import (
	"fmt"
	"strings"
	"unicode"
)

// Markdown is the objective's file: YAML front matter and the "why" as
// its body.
func (o *Objective) Markdown() string {
	var b strings.Builder
	v := o.Values
	b.WriteString("---\n")
	scalar(&b, "", "title", v["objective"])
	for _, f := range [][2]string{{"owner", "objective owner"}, {"aligns_to", "aligns to"}, {"priorities", "priorities"},
		{"contributing_teams", "contributing teams"}, {"contributors", "contributors"}, {"depends_on", "depends on"}, {"tags", "tags"}} {
		list(&b, "", f[0], v.list(f[1]))
	}
	scalar(&b, "", "status", v["objective status"])
	raw(&b, "", "weight", v["objective weight"])
	raw(&b, "", "draft", v["draft"])
	if len(o.KeyResults) > 0 {
		b.WriteString("key_results:\n")
	}
	for _, k := range o.KeyResults {
		k.markdown(&b)
	}
	scalar(&b, "", "retrospective", v["retrospective"])
	b.WriteString("---\n")
	if why := strings.TrimSpace(v["why"]); why != "" {
		b.WriteString(why + "\n")
	}
	return b.String()
}

func (k *KeyResult) markdown(b *strings.Builder) {
	v := k.Values
	b.WriteString("  - title: " + quote(v["key result"]) + "\n")
	const in = "    "
	scalar(b, in, "id", v["key result id"])
	raw(b, in, "kind", v["kind"])
	list(b, in, "owner", v.list("owner"))
	for _, f := range []string{"start", "target", "stretch", "threshold", "current", "progress", "done"} {
		raw(b, in, f, v[f])
	}
	scalar(b, in, "unit", v["unit"])
	for _, f := range []string{"due", "weight", "score"} {
		raw(b, in, f, v[f])
	}
	list(b, in, "tags", v.list("key result tags"))
	list(b, in, "aligns_to", v.list("key result aligns to"))
	milestonesYAML(b, in, v["milestones"])
	initiativesYAML(b, in, v["initiatives"])
	if len(k.Checkins) > 0 {
		b.WriteString(in + "checkins:\n")
	}
	for _, c := range k.Checkins {
		b.WriteString(in + "  - " + checkinYAML(c) + "\n")
	}
}

// checkinYAML is a check-in as one flow mapping.
func checkinYAML(c Values) string {
	parts := []string{"date: " + c["date"]}
	for _, f := range [][2]string{{"value", "current"}, {"done", "done"}, {"progress", "progress"}, {"status", "status"}, {"confidence", "confidence"}} {
		if c[f[1]] != "" {
			parts = append(parts, f[0]+": "+c[f[1]])
		}
	}
	if c["note"] != "" {
		parts = append(parts, "note: "+strQuote(c["note"]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func raw(b *strings.Builder, indent, key, v string) {
	if v != "" {
		fmt.Fprintf(b, "%s%s: %s\n", indent, key, v)
	}
}

func scalar(b *strings.Builder, indent, key, v string) {
	if v != "" {
		fmt.Fprintf(b, "%s%s: %s\n", indent, key, quote(v))
	}
}

func list(b *strings.Builder, indent, key string, items []string) {
	switch len(items) {
	case 0:
		return
	case 1:
		scalar(b, indent, key, items[0])
		return
	}
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quote(s)
	}
	fmt.Fprintf(b, "%s%s: [%s]\n", indent, key, strings.Join(q, ", "))
}

// quote returns s as a YAML scalar: plain when that is unambiguous text,
// else double-quoted.
func quote(s string) string {
	if plain(s) {
		return s
	}
	return strQuote(s)
}

// plain reports whether s reads back as the same text unquoted, in block
// and flow context alike: it starts with a letter and has no character
// YAML gives a meaning to.
func plain(s string) bool {
	if s == "" || !unicode.IsLetter([]rune(s)[0]) || strings.TrimSpace(s) != s {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf":
		return false
	}
	for _, r := range s {
		if strings.ContainsRune(":#,[]{}&*!|>'\"%@`\\", r) || !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// strQuote is s double-quoted with the escapes every YAML reader knows:
// \" \\ \n \t \r and \uXXXX.
func strQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == unicode.ReplacementChar || unicode.IsPrint(r) || r == ' ':
			b.WriteRune(r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(unicode.ReplacementChar)
		}
	}
	b.WriteByte('"')
	return b.String()
}
