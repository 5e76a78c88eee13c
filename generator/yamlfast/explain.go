package yamlfast

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Problem is a YAML syntax error in our words: where it is (1-based line
// and column within the parsed text) and a message naming the cause and
// the fix.
type Problem struct {
	Line, Col int
	Message   string
}

var (
	yamlLineRE = regexp.MustCompile(`^line (\d+): `)
	// the problems of yaml.v3's parser (not its scanner) count lines from 0
	parserProblem = regexp.MustCompile(`^did not find expected `)
)

// Explain turns the error yaml.v3 returned for data into a Problem. It looks
// at the text itself for the usual mistakes — a tab in the indentation, an
// unquoted ": " or " #" in a value, a line indented wrongly — because
// yaml.v3 often reports them a line or two early and in its own terms; it
// falls back to yaml.v3's message and line.
func Explain(data []byte, err error) Problem {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	last := len(lines)
	for last > 1 && strings.TrimSpace(lines[last-1]) == "" {
		last--
	}
	msg, line := yamlError(err, last)
	if p, ok := findTab(lines); ok {
		return p
	}
	if p, ok := findColonInValue(lines); ok && strings.Contains(msg, "mapping values are not allowed") {
		return p
	}
	if p, ok := findFlowComment(lines); ok {
		return p
	}
	if p, ok := scanIndentation(lines); ok {
		return p
	}
	return Problem{Line: line, Message: "cannot parse the front matter (" + msg + "); check the indentation of this line and the one above, and put values containing \": \" or \" #\" in quotes"}
}

// yamlError strips yaml.v3's prefixes and returns its message and 1-based line.
func yamlError(err error, last int) (string, int) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
		if parserProblem.MatchString(msg) {
			line++
		}
	}
	return msg, max(1, min(line, last))
}

// findTab finds the first line indented with a tab.
func findTab(lines []string) (Problem, bool) {
	for i, l := range lines {
		for j := 0; j < len(l) && (l[j] == ' ' || l[j] == '\t' || l[j] == '-' && j+1 < len(l) && (l[j+1] == ' ' || l[j+1] == '\t')); j++ {
			if l[j] == '\t' {
				return Problem{Line: i + 1, Col: j + 1, Message: "a tab indents this line, and YAML indents with spaces only; replace the tab with spaces"}, true
			}
		}
	}
	return Problem{}, false
}

// entry splits a line into its indentation, the list dashes in front of
// it, and a "key: value" after them (key "" when the rest is no field).
type entry struct {
	indent  int    // spaces before the text
	items   int    // "- " markers before key
	col     int    // 0-based column of key (or of the text after the dashes)
	key     string // "" when the text is not a field
	value   string // after "key:", trimmed; the whole text when key is ""
	valCol  int    // 0-based column of value
	comment bool   // the line is blank or a comment
}

func parseEntry(l string) entry {
	l = strings.TrimRight(l, " \r")
	t := strings.TrimLeft(l, " ")
	e := entry{indent: len(l) - len(t)}
	if t == "" || t[0] == '#' {
		e.comment = true
		return e
	}
	e.col = e.indent
	for t == "-" || strings.HasPrefix(t, "- ") {
		e.items++
		rest := strings.TrimLeft(strings.TrimPrefix(t, "-"), " ")
		e.col += len(t) - len(rest)
		t = rest
	}
	e.value, e.valCol = t, e.col
	if t == "" || strings.ContainsRune(`"'[{|>`, rune(t[0])) {
		return e
	}
	i := strings.Index(t, ": ")
	if i < 0 && strings.HasSuffix(t, ":") {
		i = len(t) - 1
	}
	if i <= 0 || strings.Contains(t[:i], " #") {
		return e
	}
	e.key = t[:i]
	v := strings.TrimLeft(t[i+1:], " ")
	e.value, e.valCol = v, e.col+len(t)-len(v)
	return e
}

// findColonInValue finds a plain value with ": " inside, which YAML reads
// as a second field on the same line.
func findColonInValue(lines []string) (Problem, bool) {
	for i, l := range lines {
		e := parseEntry(l)
		if e.key == "" || e.value == "" || strings.ContainsRune(`"'[{|>&*!`, rune(e.value[0])) {
			continue
		}
		v := e.value
		if j := strings.Index(v, " #"); j >= 0 {
			v = v[:j]
		}
		j := strings.Index(v, ": ")
		if j < 0 && strings.HasSuffix(v, ":") {
			j = len(v) - 1
		}
		if j < 0 {
			continue
		}
		return Problem{Line: i + 1, Col: e.valCol + j + 1, Message: fmt.Sprintf(
			"the value of %q contains \": \", which YAML reads as the start of another field; put the whole value in quotes: %s: %q", e.key, e.key, v)}, true
	}
	return Problem{}, false
}

// findFlowComment finds a " #" inside [ … ] or { … } on one line: YAML
// takes it for a comment and the brackets are left open.
func findFlowComment(lines []string) (Problem, bool) {
	for i, l := range lines {
		e := parseEntry(l)
		if e.value == "" || (e.value[0] != '[' && e.value[0] != '{') {
			continue
		}
		if j := strings.Index(e.value, " #"); j >= 0 && !strings.ContainsAny(e.value[:j], `"'`) {
			return Problem{Line: i + 1, Col: e.valCol + j + 2, Message: "\" #\" starts a comment in YAML, so the rest of this line is ignored and the brackets are left open; put the value that contains \"#\" in quotes"}, true
		}
	}
	return Problem{}, false
}
