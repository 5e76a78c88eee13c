package render

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
)

// okrs.json and search-index.json hold every objective of the portal:
// tens of megabytes in a large one. Their objectives, key results and
// entries are appended here directly, as the bytes encoding/json makes of
// jsonObjective and searchEntry (a test holds the two to the same
// output), without reflection or the intermediate structs.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as encoding/json writes a string with its
// default HTML escaping: <, > and & as \u escapes, invalid UTF-8 as
// \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONFloat appends f as encoding/json writes a float64 (f is
// finite).
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// jsonObject appends the fields of one JSON object, each after a comma
// but the first.
type jsonObject struct {
	b     []byte
	empty bool
}

func openObject(b []byte) jsonObject { return jsonObject{b: append(b, '{'), empty: true} }

func (o *jsonObject) key(name string) {
	if !o.empty {
		o.b = append(o.b, ',')
	}
	o.empty = false
	o.b = append(append(append(o.b, '"'), name...), '"', ':')
}

func (o *jsonObject) str(name, v string) {
	o.key(name)
	o.b = appendJSONString(o.b, v)
}

// strOmit is str for an omitempty field.
func (o *jsonObject) strOmit(name, v string) {
	if v != "" {
		o.str(name, v)
	}
}

func (o *jsonObject) num(name string, v float64) {
	o.key(name)
	o.b = appendJSONFloat(o.b, v)
}

// numOmit is num for an omitempty pointer, after finite.
func (o *jsonObject) numOmit(name string, v *float64) {
	if v = finite(v); v != nil {
		o.num(name, *v)
	}
}

func (o *jsonObject) boolean(name string, v bool) {
	o.key(name)
	o.b = strconv.AppendBool(o.b, v)
}

func (o *jsonObject) strs(name string, n int, at func(i int) string) {
	o.key(name)
	o.b = append(o.b, '[')
	for i := range n {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendJSONString(o.b, at(i))
	}
	o.b = append(o.b, ']')
}

func (o *jsonObject) close() []byte { return append(o.b, '}') }

// appendObjectiveJSON appends o as okrs.json holds it: encoding/json's
// bytes for s.jsonObjective(o).
func (s *site) appendObjectiveJSON(b []byte, o *model.Objective) []byte {
	v := o.Computed
	j := openObject(b)
	j.str("id", o.ID)
	j.str("title", o.Title)
	j.str("team", teamID(o.Team))
	period := ""
	if o.Period != nil {
		period = o.Period.ID
	}
	j.str("period", period)
	j.strOmit("owner", personID(o.Owner))
	j.strs("contributors", len(o.Contributors), func(i int) string { return o.Contributors[i].ID })
	j.strs("priorities", len(o.Priorities), func(i int) string { return o.Priorities[i].ID })
	j.key("aligns_to")
	j.b = append(j.b, '[')
	for i, a := range o.AlignsTo {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		ja := openObject(j.b)
		ja.str("objective", a.Objective.ID)
		if a.KeyResult != nil {
			ja.strOmit("key_result", a.KeyResult.ID)
		}
		j.b = ja.close()
	}
	j.b = append(j.b, ']')
	j.strs("depends_on", len(o.DependsOn), func(i int) string { return o.DependsOn[i].ID })
	j.strs("contributing_teams", len(o.ContributingTeams), func(i int) string { return o.ContributingTeams[i].ID })
	j.num("weight", round4(o.Weight))
	if o.Draft {
		j.boolean("draft", true)
	}
	j.strs("tags", len(o.Tags), func(i int) string { return o.Tags[i] })
	j.num("progress", round4(v.Progress))
	j.num("expected", round4(v.Expected))
	j.str("status", string(v.Status))
	j.str("phase", phaseLabel(v.Phase))
	if v.Phase == model.PhaseClosed {
		j.num("score", round4(v.Score))
		j.strOmit("band", v.Band)
	}
	j.strOmit("retrospective", o.Retrospective)
	j.key("key_results")
	j.b = append(j.b, '[')
	for i, k := range o.KeyResults {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.b = appendKeyResultJSON(j.b, k)
	}
	j.b = append(j.b, ']')
	j.str("url", s.absURL(objPath(o)))
	return j.close()
}

// appendKeyResultJSON appends k as okrs.json holds it: encoding/json's
// bytes for jsonKeyResult(k).
func appendKeyResultJSON(b []byte, k *model.KeyResult) []byte {
	j := openObject(b)
	j.str("id", k.ID)
	j.str("ref", k.Ref())
	j.str("title", k.Title)
	j.strOmit("owner", personID(k.Owner))
	j.str("kind", string(k.Kind))
	j.strOmit("unit", k.Unit)
	j.num("weight", round4(k.Weight))
	j.numOmit("start", k.Start)
	j.numOmit("target", k.Target)
	j.numOmit("current", k.Current)
	j.numOmit("threshold", k.Threshold)
	if k.Done != nil {
		j.boolean("done", *k.Done)
	}
	if len(k.Milestones) > 0 {
		j.key("milestones")
		j.b = append(j.b, '[')
		for i, m := range k.Milestones {
			if i > 0 {
				j.b = append(j.b, ',')
			}
			jm := openObject(j.b)
			jm.str("title", m.Title)
			jm.boolean("done", m.Done)
			j.b = jm.close()
		}
		j.b = append(j.b, ']')
	}
	j.numOmit("entered_progress", k.Progress)
	j.num("progress", round4(k.Computed.Progress))
	j.str("status", string(k.Computed.Status))
	if k.Objective.Computed.Phase == model.PhaseClosed {
		j.num("score", round4(k.Computed.Score))
		j.strOmit("band", k.Computed.Band)
	}
	j.key("checkins")
	j.b = append(j.b, '[')
	for i := range k.Checkins {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.b = appendCheckinJSON(j.b, &k.Checkins[i])
	}
	j.b = append(j.b, ']')
	j.key("initiatives")
	j.b = append(j.b, '[')
	for i, in := range k.Initiatives {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		ji := openObject(j.b)
		ji.str("title", in.Title)
		ji.strOmit("url", in.URL)
		ji.boolean("done", in.Done)
		j.b = ji.close()
	}
	j.b = append(j.b, ']')
	return j.close()
}

// appendCheckinJSON appends c as okrs.json holds it.
func appendCheckinJSON(b []byte, c *model.Checkin) []byte {
	j := openObject(b)
	j.key("date")
	j.b = append(j.b, '"')
	j.b = c.Date.AppendFormat(j.b, "2006-01-02")
	j.b = append(j.b, '"')
	j.numOmit("value", c.Value)
	if c.Done != nil {
		j.boolean("done", *c.Done)
	}
	j.numOmit("progress", c.Progress)
	j.strOmit("status", string(c.Status))
	j.strOmit("note", c.Note)
	return j.close()
}

// appendSearchEntryJSON appends e as search-index.json holds it.
func appendSearchEntryJSON(b []byte, e *searchEntry) []byte {
	j := openObject(b)
	j.str("title", e.Title)
	j.str("type", e.Type)
	j.str("url", e.URL)
	j.strOmit("team", e.Team)
	j.strOmit("text", e.Text)
	return j.close()
}
