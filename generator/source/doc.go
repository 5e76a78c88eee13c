// Package source reads a portal's source folder into Documents: one per
// file, with its front matter parsed into a YAML node tree whose line
// numbers count in the whole file, and its Markdown body.
//
// YAML (---), TOML (+++) and JSON ({…}) front matter are accepted, with a
// UTF-8 byte-order mark and CRLF line ends. Nothing here knows what the
// fields mean: package resolve decodes them.
package source
