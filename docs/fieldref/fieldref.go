// Package fieldref writes docs/fields.md, the reference of every
// front-matter field, from the decoder's own field table
// (resolve.Entities, decode.Fields) and the descriptions in this package.
// Its tests fail when a field has no description or the page is stale:
// run `go test ./docs/fieldref -update` to rewrite it.
package fieldref

import (
	"fmt"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/resolve"
)

// Generate returns the text of docs/fields.md.
func Generate() string {
	var b strings.Builder
	b.WriteString(intro)
	for _, e := range resolve.Entities() {
		fmt.Fprintf(&b, "\n## %s — `%s`\n\n", title(e.Name), e.Where)
		if n := notes[e.Name]; n != "" {
			b.WriteString(n + "\n\n")
		}
		writeTable(&b, e.Name, "", decode.Fields(e.Type))
	}
	b.WriteString(outro)
	return b.String()
}

// writeTable writes the fields of one mapping, then a table for each
// mapping nested in it.
func writeTable(b *strings.Builder, entity, prefix string, fields []decode.Field) {
	b.WriteString("| field | takes | meaning |\n|---|---|---|\n")
	for _, f := range fields {
		fmt.Fprintf(b, "| `%s` | %s | %s |\n", f.Name, f.Type, Describe(entity, prefix+f.Name))
	}
	for _, f := range fields {
		if len(f.Fields) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n### %s: `%s%s`\n\n", title(entity), prefix, f.Name)
		if n := notes[entity+"."+prefix+f.Name]; n != "" {
			b.WriteString(n + "\n\n")
		}
		writeTable(b, entity, prefix+f.Name+".", f.Fields)
	}
}

// Describe returns the description of the field at path (e.g.
// "key_results.checkins.note") of entity, or "" when there is none.
func Describe(entity, path string) string {
	return descriptions[entity+"."+path]
}

// Missing lists the fields the decoder accepts that have no description.
func Missing() []string {
	var out []string
	for _, e := range resolve.Entities() {
		out = append(out, missing(e.Name, "", decode.Fields(e.Type))...)
	}
	return out
}

func missing(entity, prefix string, fields []decode.Field) []string {
	var out []string
	for _, f := range fields {
		if Describe(entity, prefix+f.Name) == "" {
			out = append(out, entity+"."+prefix+f.Name)
		}
		out = append(out, missing(entity, prefix+f.Name+".", f.Fields)...)
	}
	return out
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
