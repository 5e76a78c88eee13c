package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/diag"
	"go.yaml.in/yaml/v3"
)

// parseJSON decodes the JSON object at the start of data (after blank
// space) into the same node tree as YAML, with lines shifted by offset. It
// returns the node and the number of bytes up to the end of the object.
// JSON is decoded with encoding/json rather than as YAML, so that what is
// not JSON is an error and every JSON string escape is understood.
func parseJSON(rel string, data []byte, offset int) (*yaml.Node, int, []diag.Diagnostic) {
	j := &jsonReader{dec: json.NewDecoder(bytes.NewReader(data)), data: data, line: 1}
	j.dec.UseNumber()
	n, err := j.value()
	if err != nil {
		var serr *json.SyntaxError
		pos := int(j.dec.InputOffset())
		if errors.As(err, &serr) {
			pos = int(serr.Offset)
		}
		line, _ := j.position(min(max(pos-1, 0), len(data)))
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, 0, []diag.Diagnostic{{File: rel, Line: j.first + offset, Severity: diag.Error, Rule: "unterminated-front-matter",
				Message: "the JSON front matter is never closed; end the object with a `}` after the last field"}}
		}
		msg := strings.TrimPrefix(err.Error(), "json: ")
		return nil, 0, []diag.Diagnostic{{File: rel, Line: line + offset, Severity: diag.Error, Rule: "syntax",
			Message: "cannot parse the JSON front matter: " + msg}}
	}
	if n.Kind != yaml.MappingNode {
		return nil, 0, []diag.Diagnostic{{File: rel, Line: n.Line + offset, Col: n.Column, Severity: diag.Error, Rule: "syntax",
			Message: "the JSON front matter must be an object: `{\"field\": value, …}`"}}
	}
	shiftLines(n, offset, lastLine(data))
	return n, int(j.dec.InputOffset()), nil
}

// jsonReader builds nodes from a JSON token stream, tracking the line and
// column of each token.
type jsonReader struct {
	dec   *json.Decoder
	data  []byte
	off   int // the byte offset that line and lineStart describe
	line  int // 1-based line at off
	start int // offset of the first byte of that line
	first int // line of the first token
}

// position returns the 1-based line and column of byte offset pos, which
// never decreases between calls.
func (j *jsonReader) position(pos int) (line, col int) {
	if pos < j.off {
		pos = j.off
	}
	for i := j.off; i < pos; i++ {
		if j.data[i] == '\n' {
			j.line++
			j.start = i + 1
		}
	}
	j.off = pos
	return j.line, utf8.RuneCount(j.data[j.start:pos]) + 1
}

// next is the position of the next token: past blank space, ':' and ','.
func (j *jsonReader) next() (line, col int) {
	i := int(j.dec.InputOffset())
	for i < len(j.data) && strings.IndexByte(" \t\r\n:,", j.data[i]) >= 0 {
		i++
	}
	return j.position(i)
}

func (j *jsonReader) value() (*yaml.Node, error) {
	line, col := j.next()
	if j.first == 0 {
		j.first = line
	}
	tok, err := j.dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			return j.object(line, col)
		}
		return j.array(line, col)
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: t, Line: line, Column: col, Style: yaml.DoubleQuotedStyle}, nil
	case json.Number:
		tag := "!!int"
		if strings.ContainsAny(string(t), ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: string(t), Line: line, Column: col}, nil
	case bool:
		v := "false"
		if t {
			v = "true"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v, Line: line, Column: col}, nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null", Line: line, Column: col}, nil
}

func (j *jsonReader) object(line, col int) (*yaml.Node, error) {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: col}
	for j.dec.More() {
		key, err := j.value() // the decoder guarantees a string here
		if err != nil {
			return nil, err
		}
		val, err := j.value()
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, key, val)
	}
	_, err := j.dec.Token() // '}'
	return n, err
}

func (j *jsonReader) array(line, col int) (*yaml.Node, error) {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line, Column: col}
	for j.dec.More() {
		item, err := j.value()
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, item)
	}
	_, err := j.dec.Token() // ']'
	return n, err
}
