// Package checkin adds check-ins to objective files without disturbing
// anything else in them: `okrportal checkin`.
//
// Contract of Append: the file's bytes are kept exactly — every comment,
// key order, quoting style, blank line, line end (LF or CRLF) and the body
// — and the only change is whole lines inserted at one place: one check-in
// in the key result's `checkins:` list, in date order (at the end, unless a
// check-in there is dated later and starts on its own "- " line), or a
// `checkins:` key holding it at the end of the key result when it has
// none. The check-in is written in the style of the file's existing
// check-ins (flow `- {date: …, value: …}` when they use it or when there
// are none, block otherwise). Before returning, Append parses the result and checks that
// it decodes to the old front matter with the check-in added; when it
// would not (a layout it cannot edit safely: a flow-style key result or
// list, a block scalar ending the key result), it returns an error and
// the caller writes nothing. Only YAML front matter is edited; TOML and
// JSON front matter are refused with ErrUnsupported.
//
// The rest of the package finds the key result a reference names (Find),
// turns a value as typed into the field of the key result's kind
// (ParseValue), reads many check-ins from a CSV file (ReadCSV) and shows an
// edit as a unified diff (Diff).
package checkin

// Entry is one check-in to add. Its strings are written as they are, so
// they must be valid YAML scalars for their field (ParseValue and
// NewEntry make them so); Note is written quoted.
type Entry struct {
	Date       string // YYYY-MM-DD
	Field      string // "value", "done", "progress", or "" for none
	Value      string // the field's value as YAML: 23, true, 40
	Status     string // a status name, or ""
	Confidence string // 0–10, or ""
	Note       string
}

// pairs are the entry's fields in the order they are written.
func (e Entry) pairs() [][2]string {
	out := [][2]string{{"date", e.Date}}
	if e.Field != "" {
		out = append(out, [2]string{e.Field, e.Value})
	}
	if e.Status != "" {
		out = append(out, [2]string{"status", e.Status})
	}
	if e.Confidence != "" {
		out = append(out, [2]string{"confidence", e.Confidence})
	}
	if e.Note != "" {
		out = append(out, [2]string{"note", quote(e.Note)})
	}
	return out
}
