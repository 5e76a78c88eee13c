package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/yamlfast"
	"go.yaml.in/yaml/v3"
)

// Document is one parsed source file.
type Document struct {
	Path      string     // relative to the source folder, slash-separated
	Section   Section    // which kind of entity the file defines
	Format    string     // "yaml", "toml", "json", or "" without front matter
	Front     *yaml.Node // the front matter mapping; nil without front matter
	Decoded   any        // what a Decoder made of Front (Front is then nil)
	FrontLine int        // the line of the front matter's first field, or 1
	Body      string     // the Markdown after the front matter, LF line ends
	BodyLine  int        // the line of the file the body starts on
}

// Line is the line of the front matter's first field, or 1.
func (d *Document) Line() int {
	if d.Front != nil && len(d.Front.Content) > 0 {
		return d.Front.Content[0].Line
	}
	if d.FrontLine > 0 {
		return d.FrontLine
	}
	return 1
}

// Parse splits and parses one file. rel names it in diagnostics. It never
// panics; problems are returned as error diagnostics, with doc nil when the
// file is unusable.
func Parse(rel string, section Section, data []byte) (*Document, []diag.Diagnostic) {
	return parse(rel, section, data, nil)
}

// parse is Parse with the YAML parser yp, or a fresh one when yp is nil.
// With yp, the front matter's nodes are valid only until yp parses again.
func parse(rel string, section Section, data []byte, yp *yamlfast.Parser) (*Document, []diag.Diagnostic) {
	fail := func(line int, rule, format string, args ...any) (*Document, []diag.Diagnostic) {
		return nil, []diag.Diagnostic{{File: rel, Line: line, Severity: diag.Error, Rule: rule, Message: fmt.Sprintf(format, args...)}}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(lineAt(data, i), "binary-file", "this looks like a binary file (it contains a NUL byte); only UTF-8 text files belong in the source folder")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return fail(lineAt(data, firstInvalid(data)), "encoding", "the file is not valid UTF-8; save it as UTF-8")
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n")) // YAML and CommonMark break lines there too
	}
	doc := &Document{Path: rel, Section: section}
	if len(bytes.TrimSpace(data)) == 0 {
		if section == SectionPortal { // every setting is optional
			doc.Format, doc.Front = "yaml", &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1}
			return doc, nil
		}
		return fail(1, "empty-file", "the file is empty; give it front matter (see `okrportal new`) or delete it")
	}
	if section == SectionPortal {
		return parseWholeYAML(doc, data, yp)
	}
	return parseMarkdown(doc, data, yp)
}

func parseWholeYAML(doc *Document, data []byte, yp *yamlfast.Parser) (*Document, []diag.Diagnostic) {
	doc.Format = "yaml"
	node, ds := parseYAML(doc.Path, data, 0, yp)
	if ds != nil {
		return nil, ds
	}
	doc.Front = node
	return doc, nil
}

// frontFormat records what adrg/frontmatter found.
type frontFormat struct {
	name string
	data []byte
}

func formats(found *frontFormat) []*frontmatter.Format {
	capture := func(name string) frontmatter.UnmarshalFunc {
		return func(data []byte, _ any) error {
			found.name, found.data = name, data
			return nil
		}
	}
	return []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", capture("yaml")),
		frontmatter.NewFormat("---yaml", "---", capture("yaml")),
		frontmatter.NewFormat("+++", "+++", capture("toml")),
		frontmatter.NewFormat("---toml", "---", capture("toml")),
		frontmatter.NewFormat("---json", "---", capture("json")),
	}
}

func parseMarkdown(doc *Document, data []byte, yp *yamlfast.Parser) (*Document, []diag.Diagnostic) {
	startLine, delim := firstLine(data)
	if strings.HasPrefix(delim, "{") {
		return parseJSONFront(doc, data)
	}
	found, body, ok := splitYAML(data, delim)
	if !ok {
		var err error
		body, err = frontmatter.Parse(bytes.NewReader(data), nil, formats(&found)...)
		if err != nil {
			return nil, []diag.Diagnostic{{File: doc.Path, Line: 1, Severity: diag.Error, Rule: "front-matter", Message: "cannot read the front matter: " + err.Error()}}
		}
	}
	if found.name == "" {
		if isDelimiter(delim) {
			return nil, []diag.Diagnostic{{File: doc.Path, Line: startLine, Severity: diag.Error, Rule: "unterminated-front-matter",
				Message: fmt.Sprintf("the front matter opened with %q on line %d is never closed; add a closing %q line after the last field", delim, startLine, closer(delim))}}
		}
		doc.Body, doc.BodyLine = string(data), 1
		return doc, nil
	}
	doc.Format = found.name
	offset := startLine // lines before the front matter data
	doc.Body = string(body)
	doc.BodyLine = 1 + bytes.Count(data[:len(data)-len(body)], []byte("\n"))
	var ds []diag.Diagnostic
	switch found.name {
	case "toml":
		doc.Front, ds = parseTOML(doc.Path, found.data, offset)
	case "json":
		doc.Front, ds = parseWholeJSON(doc.Path, found.data, offset)
	default:
		doc.Front, ds = parseYAML(doc.Path, found.data, offset, yp)
	}
	if ds != nil {
		return nil, ds
	}
	return doc, nil
}

// parseJSONFront reads a file that starts with a JSON object, as in Hugo:
// the object is the front matter and the rest of the file is the body.
func parseJSONFront(doc *Document, data []byte) (*Document, []diag.Diagnostic) {
	front, end, ds := parseJSON(doc.Path, data, 0)
	if ds != nil {
		return nil, ds
	}
	rest := data[end:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 && len(bytes.TrimSpace(rest[:i])) == 0 {
		rest = rest[i+1:]
	} else if i < 0 && len(bytes.TrimSpace(rest)) == 0 {
		rest = nil
	}
	doc.Format, doc.Front = "json", front
	doc.Body = string(rest)
	doc.BodyLine = 1 + bytes.Count(data[:len(data)-len(rest)], []byte("\n"))
	return doc, nil
}

// parseWholeJSON parses JSON front matter between `---json` and `---`,
// where nothing may follow the object.
func parseWholeJSON(rel string, data []byte, offset int) (*yaml.Node, []diag.Diagnostic) {
	if len(bytes.TrimSpace(data)) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: offset + 1}, nil
	}
	front, end, ds := parseJSON(rel, data, offset)
	if ds != nil {
		return nil, ds
	}
	if extra := bytes.TrimSpace(data[end:]); len(extra) > 0 {
		return nil, []diag.Diagnostic{{File: rel, Line: offset + 1 + bytes.Count(data[:end], []byte("\n")), Severity: diag.Error, Rule: "syntax",
			Message: "cannot parse the JSON front matter: text after the closing `}`; keep one object between the `---json` and `---` lines"}}
	}
	return front, nil
}

func isDelimiter(s string) bool {
	switch s {
	case "---", "---yaml", "+++", "---toml", "---json":
		return true
	}
	return false
}

func closer(open string) string {
	if open == "+++" {
		return "+++"
	}
	return "---"
}

// firstLine returns the 1-based number and trimmed text of the first
// non-blank line.
func firstLine(data []byte) (int, string) {
	for n := 1; len(data) > 0; n++ {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		if t := bytes.TrimSpace(line); len(t) > 0 {
			return n, string(t)
		}
		data = rest
	}
	return 1, ""
}

// splitYAML splits the common case, front matter between "---" lines, the
// way adrg/frontmatter does (delimiter lines compared trimmed) but without
// copying the file line by line, nor looking at each line: only a line
// holding "---" can be the closing one. ok is false for every other case,
// which adrg/frontmatter then handles.
func splitYAML(data []byte, delim string) (found frontFormat, body []byte, ok bool) {
	if delim != "---" {
		return found, nil, false
	}
	i := bytes.Index(data, []byte("---"))
	start := bytes.IndexByte(data[i:], '\n')
	if start < 0 {
		return found, nil, false
	}
	start += i + 1
	for pos := start; ; {
		dashes := bytes.Index(data[pos:], []byte("---"))
		if dashes < 0 {
			return found, nil, false
		}
		dashes += pos
		line := bytes.LastIndexByte(data[:dashes], '\n') + 1 // >= start: data[start-1] is a newline
		next := len(data)
		if end := bytes.IndexByte(data[dashes:], '\n'); end >= 0 {
			next = dashes + end + 1
		}
		if string(bytes.TrimSpace(data[line:next])) == "---" {
			return frontFormat{name: "yaml", data: data[start:line]}, data[next:], true
		}
		pos = next
	}
}

// parseYAML parses YAML front matter into a mapping node whose
// lines are shifted by offset, with yp when it is not nil.
func parseYAML(rel string, data []byte, offset int, yp *yamlfast.Parser) (*yaml.Node, []diag.Diagnostic) {
	if yp == nil {
		yp = &yamlfast.Parser{}
	}
	// yamlfast puts every node on a line with text, so its lines need no
	// capping (see shiftLines), only the offset.
	yp.LineOffset = offset
	if node, ok := yp.Parse(data); ok {
		return node, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		p := yamlfast.Explain(data, err)
		return nil, []diag.Diagnostic{{File: rel, Line: p.Line + offset, Col: p.Col, Severity: diag.Error, Rule: "syntax", Message: p.Message}}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: offset + 1}, nil
	}
	node := root.Content[0]
	shiftLines(node, offset, lastLine(data))
	if node.Kind == yaml.ScalarNode && node.Tag == "!!null" { // "---" or "~": nothing set
		return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: offset + 1}, nil
	}
	if node.Kind != yaml.MappingNode {
		return nil, []diag.Diagnostic{{File: rel, Line: node.Line, Col: node.Column, Severity: diag.Error, Rule: "syntax",
			Message: "the front matter must be a set of `field: value` lines"}}
	}
	return node, nil
}

// shiftLines adds offset to the line of n and its descendants. yaml.v3
// puts an empty value at the very end on the line after the last; such
// lines become last.
func shiftLines(n *yaml.Node, offset, last int) {
	n.Line = min(n.Line, last) + offset
	for _, c := range n.Content {
		shiftLines(c, offset, last)
	}
}

// lastLine is the number of the last line of data with any text, at least 1.
func lastLine(data []byte) int {
	return max(1, bytes.Count(bytes.TrimRight(data, "\n"), []byte("\n"))+1)
}

func lineAt(data []byte, i int) int {
	if i > len(data) {
		i = len(data)
	}
	return 1 + bytes.Count(data[:i], []byte("\n"))
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
