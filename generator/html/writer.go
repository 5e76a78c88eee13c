package html

import (
	"html/template"
	"strconv"
	"time"
)

// constant is the type of Raw's parameter. Being unexported, no other
// package can name it: a caller can pass an untyped string constant (or a
// constant expression), which converts implicitly, but no variable.
type constant string

// Trusted is markup written as a constant in the source, for a caller
// that chooses between constants at run time ("Leads" or "Member of").
type Trusted struct{ s string }

// Const returns the constant markup s as a Trusted.
func Const(s constant) Trusted { return Trusted{string(s)} }

// Writer appends HTML to a buffer.
type Writer struct {
	b []byte
}

// SetBuffer makes the writer append to b[:0], b's array reused.
func (w *Writer) SetBuffer(b []byte) { w.b = b[:0] }

// Bytes returns what was written; valid until the next write.
func (w *Writer) Bytes() []byte { return w.b }

// Len is the number of bytes written.
func (w *Writer) Len() int { return len(w.b) }

// Truncate drops what was written after the first n bytes, to take back
// a fragment that turned out not to apply.
func (w *Writer) Truncate(n int) { w.b = w.b[:n] }

// Raw appends markup written as a constant in the caller's source.
func (w *Writer) Raw(s constant) { w.b = append(w.b, s...) }

// Trusted appends t.
func (w *Writer) Trusted(t Trusted) { w.b = append(w.b, t.s...) }

// HTML appends h, already HTML by its type (a fragment html/template
// rendered, or one built by a Writer).
func (w *Writer) HTML(h template.HTML) { w.b = append(w.b, h...) }

// Int appends a number.
func (w *Writer) Int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

// Date appends t formatted with a constant layout ("2006-01-02"); the
// layouts okrportal uses print digits, letters and spaces only.
func (w *Writer) Date(t time.Time, layout constant) {
	if layout == "2 Jan 2006" { // the check-in tables' dates, without the layout interpreter
		w.b = appendDayMonthYear(w.b, t)
		return
	}
	w.b = t.AppendFormat(w.b, string(layout))
}

// appendDayMonthYear appends t as t.AppendFormat(b, "2 Jan 2006") does.
func appendDayMonthYear(b []byte, t time.Time) []byte {
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.AppendFormat(b, "2 Jan 2006")
	}
	b = strconv.AppendInt(b, int64(day), 10)
	b = append(b, ' ')
	b = append(b, month.String()[:3]...)
	b = append(b, ' ')
	if year < 1000 { // the layout pads the year to four digits
		b = append(b, "000"[:4-len(strconv.Itoa(year))]...)
	}
	return strconv.AppendInt(b, int64(year), 10)
}

// Text appends s escaped for a text node or a quoted attribute value, as
// html/template's htmlEscaper does.
func (w *Writer) Text(s string) { w.b = AppendEscaped(w.b, s) }

// Value appends a string as Text or a template.HTML as it is, like an
// html/template action printing a value of either type in a text node.
// Other types append nothing.
func (w *Writer) Value(v any) {
	switch v := v.(type) {
	case template.HTML:
		w.b = append(w.b, v...)
	case string:
		w.Text(v)
	}
}

// URL appends u as the whole value of a quoted href: html/template's
// urlFilter ("#ZgotmplZ" unless relative, http, https or mailto),
// urlNormalizer and attrEscaper.
func (w *Writer) URL(u string) {
	if !SafeScheme(u) {
		u = "#ZgotmplZ"
	}
	w.b = appendPercent(w.b, u, true)
}

// URLJoin appends the concatenation of parts as URL does, without
// building it: a page has dozens of links made of a prefix, a path and an
// anchor.
func (w *Writer) URLJoin(parts ...string) {
	if !safeSchemeParts(parts) {
		w.b = append(w.b, "#ZgotmplZ"...)
		return
	}
	for _, p := range parts {
		w.b = appendPercent(w.b, p, true)
	}
}

// URLPart appends s as the part of a quoted href after "#":
// html/template's urlEscaper and attrEscaper.
func (w *Writer) URLPart(s string) { w.b = appendPercent(w.b, s, false) }
