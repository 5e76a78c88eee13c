package export

import (
	"math"
	"math/bits"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// okrs.json and search-index.json hold every objective of the portal:
// tens of megabytes in a large one. They are appended here directly:
// okrs.json's objectives, key results and check-ins as the bytes
// encoding/json makes of jsonObjective (a test holds the two to the same
// output), without reflection or the intermediate structs.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as encoding/json writes a string with its
// default HTML escaping: <, > and & as \u escapes, invalid UTF-8 as
// \ufffd, and U+2028 and U+2029 escaped. Runs of plain ASCII, most of
// any text, are found by plainLen and copied whole.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := plainLen(s, 0); i < len(s); i = plainLen(s, i) {
		c := s[i]
		if c < utf8.RuneSelf {
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

// Bytes repeated in each byte of a word, for plainLen.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainLen is where the run of plain bytes of s from i ends: ASCII that a
// JSON string holds as itself. It reads eight bytes at a time, with
// Hacker's Delight's word tricks: a byte's high bit is set in hasZero(x)
// where that byte of x is 0, and in (x - ones*n) &^ x where it is below n
// (n <= 0x80); a borrow can mark only bytes above one that is truly
// marked, so the lowest mark is exact.
func plainLen(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		_ = w[7] // one bounds check for the eight
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		marks := x&highs | (x-ones*0x20)&^x&highs | hasZero(x^(ones*'"')) | hasZero(x^(ones*'\\')) |
			hasZero(x^(ones*'<')) | hasZero(x^(ones*'>')) | hasZero(x^(ones*'&'))
		if marks != 0 {
			return i + bits.TrailingZeros64(marks)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return i
		}
	}
	return i
}

// hasZero marks the zero bytes of x (and maybe bytes above one).
func hasZero(x uint64) uint64 { return (x - ones) &^ x & highs }

// appendJSONFloat appends f as encoding/json writes a float64 (f is
// finite). Most numbers of okrs.json are whole or rounded to four
// decimals (round4); appendDecimal writes those.
func appendJSONFloat(b []byte, f float64) []byte {
	if out, ok := appendDecimal(b, f); ok {
		return out
	}
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

// appendDecimal appends f when it is the double nearest a decimal of at
// most four places, n/10⁴, and smaller than 10⁹ in magnitude, which
// encoding/json writes as that decimal: no shorter decimal rounds to f,
// as doubles there are much closer together than 10⁻⁴. It reports false,
// appending nothing, for other numbers and for -0.
func appendDecimal(b []byte, f float64) ([]byte, bool) {
	if !(f > -1e9 && f < 1e9) || f == 0 && math.Signbit(f) {
		return b, false
	}
	n := math.Round(f * 1e4)
	if n/1e4 != f {
		return b, false
	}
	v := int64(n)
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/1e4, 10)
	frac := v % 1e4
	if frac == 0 {
		return b, true
	}
	digits := [4]byte{byte('0' + frac/1000), byte('0' + frac/100%10), byte('0' + frac/10%10), byte('0' + frac%10)}
	end := 4
	for digits[end-1] == '0' {
		end--
	}
	b = append(b, '.')
	return append(b, digits[:end]...), true
}

// appendISODate appends t as 2006-01-02.
func appendISODate(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, "2006-01-02")
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
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

// optNum appends v, rounded (round4), when ok, else null.
func (o *jsonObject) optNum(name string, ok bool, v float64) {
	if !ok {
		o.key(name)
		o.b = append(o.b, "null"...)
		return
	}
	o.num(name, round4(v))
}

func (o *jsonObject) boolean(name string, v bool) {
	o.key(name)
	o.b = strconv.AppendBool(o.b, v)
}

// list appends an array of n items, item appending the i-th to b.
func (o *jsonObject) list(name string, n int, item func(b []byte, i int) []byte) {
	o.key(name)
	o.b = append(o.b, '[')
	for i := range n {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = item(o.b, i)
	}
	o.b = append(o.b, ']')
}

// strs appends an array of n strings.
func (o *jsonObject) strs(name string, n int, at func(i int) string) {
	o.list(name, n, func(b []byte, i int) []byte { return appendJSONString(b, at(i)) })
}

func (o *jsonObject) close() []byte { return append(o.b, '}') }

// appendObjectiveJSON appends o as okrs.json holds it: encoding/json's
// bytes for s.jsonObjective(o).
func (s *Exporter) appendObjectiveJSON(b []byte, o *model.Objective) []byte {
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
	j.strs("owners", len(o.Owners), func(i int) string { return o.Owners[i].ID })
	j.strs("contributors", len(o.Contributors), func(i int) string { return o.Contributors[i].ID })
	j.strs("priorities", len(o.Priorities), func(i int) string { return o.Priorities[i].ID })
	j.list("aligns_to", len(o.AlignsTo), func(b []byte, i int) []byte {
		ja := openObject(b)
		ja.str("objective", o.AlignsTo[i].Objective.ID)
		if kr := o.AlignsTo[i].KeyResult; kr != nil {
			ja.strOmit("key_result", kr.ID)
		}
		return ja.close()
	})
	j.strs("depends_on", len(o.DependsOn), func(i int) string { return o.DependsOn[i].ID })
	j.strs("contributing_teams", len(o.ContributingTeams), func(i int) string { return o.ContributingTeams[i].ID })
	j.num("weight", round4(o.Weight))
	if o.Draft {
		j.boolean("draft", true)
	}
	j.strs("tags", len(o.Tags), func(i int) string { return o.Tags[i] })
	j.optNum("progress", v.HasData, v.Progress)
	j.num("expected", round4(v.Expected))
	j.str("status", string(pagedata.ObjectiveStatus(o)))
	j.str("phase", pagedata.PhaseLabel(v.Phase))
	scored := v.Phase == model.PhaseClosed && v.Scored
	j.optNum("score", scored, v.Score)
	if scored {
		j.strOmit("band", v.Band)
	}
	j.strOmit("retrospective", o.Retrospective)
	j.list("key_results", len(o.KeyResults), func(b []byte, i int) []byte { return appendKeyResultJSON(b, o.KeyResults[i]) })
	j.str("url", s.absURL(pagedata.ObjPath(o)))
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
	j.strs("owners", len(k.Owners), func(i int) string { return k.Owners[i].ID })
	j.str("kind", string(k.Kind))
	j.strOmit("unit", k.Unit)
	j.num("weight", round4(k.Weight))
	j.strs("tags", len(k.Tags), func(i int) string { return k.Tags[i] })
	j.numOmit("start", k.Start)
	j.numOmit("baseline", k.Baseline)
	j.numOmit("target", k.Target)
	j.numOmit("stretch", k.Stretch)
	j.numOmit("current", k.Current)
	j.numOmit("threshold", k.Threshold)
	if k.Done != nil {
		j.boolean("done", *k.Done)
	}
	j.strOmit("due", optDate(k.Due))
	if len(k.Milestones) > 0 {
		j.list("milestones", len(k.Milestones), func(b []byte, i int) []byte {
			jm := openObject(b)
			jm.str("title", k.Milestones[i].Title)
			jm.boolean("done", k.Milestones[i].Done)
			jm.strOmit("due", optDate(k.Milestones[i].Due))
			return jm.close()
		})
	}
	j.numOmit("entered_progress", k.Progress)
	j.strs("aligns_to", len(k.AlignsTo), func(i int) string { return k.AlignsTo[i].Ref() })
	v := k.Computed
	j.optNum("progress", v.HasData, v.Progress)
	j.str("status", string(pagedata.KeyResultStatus(k)))
	j.numOmit("confidence", v.Confidence)
	scored := k.Objective.Computed.Phase == model.PhaseClosed && v.Scored
	j.optNum("score", scored, v.Score)
	if scored {
		j.strOmit("band", v.Band)
	}
	j.list("checkins", len(k.Checkins), func(b []byte, i int) []byte { return appendCheckinJSON(b, &k.Checkins[i]) })
	j.list("initiatives", len(k.Initiatives), func(b []byte, i int) []byte {
		ji := openObject(b)
		ji.str("title", k.Initiatives[i].Title)
		ji.strOmit("url", pagedata.SafeLink(k.Initiatives[i].URL)) // neutralised as on the pages
		ji.boolean("done", k.Initiatives[i].Done)
		if in := k.Initiatives[i]; len(in.Owners) > 0 {
			ji.strs("owners", len(in.Owners), func(n int) string { return in.Owners[n].ID })
		}
		return ji.close()
	})
	return j.close()
}

// appendCheckinJSON appends c as okrs.json holds it.
func appendCheckinJSON(b []byte, c *model.Checkin) []byte {
	j := openObject(b)
	j.key("date")
	j.b = append(j.b, '"')
	j.b = appendISODate(j.b, c.Date)
	j.b = append(j.b, '"')
	j.numOmit("value", c.Value)
	if c.Done != nil {
		j.boolean("done", *c.Done)
	}
	j.numOmit("progress", c.Progress)
	j.numOmit("confidence", c.Confidence)
	j.strOmit("status", string(c.Status))
	j.strOmit("note", c.Note)
	return j.close()
}
