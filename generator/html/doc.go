// Package html writes HTML whose escaping holds by construction: a Writer
// appends markup to a byte slice, and the only ways to append text that
// is not escaped are a string constant of the caller's source (Raw, whose
// parameter has an unexported type, so Raw(title) does not compile), a
// Trusted made by Const from such a constant, or a value already of
// html/template's trusted type template.HTML. Every other value goes
// through Text (a text node or a quoted attribute), URL or URLJoin (a
// whole href) or URLPart (an href after "#"), each escaping byte for byte
// as html/template escapes a value in that place; the tests hold both to
// the same bytes, fuzzed.
//
// This is google/safehtml's constant-only constructor, and goldmark's
// renderer's discipline (every text through an escaper), for the parts of
// a page okrportal builds in Go. A Writer is not safe for concurrent use;
// its buffer belongs to whoever called SetBuffer.
package html
