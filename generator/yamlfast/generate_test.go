package yamlfast

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// scalarPool holds scalars, in YAML source form, that sit on the edges of
// the subset: every tag, quoting, indicators inside and at the start,
// comments, and non-ASCII text.
var scalarPool = []string{
	"x", "hello world", "Grow revenue 20%", "a:b", "a#b", "a #b", "a: b", "a:", "-x", "- x", "-", "--", "---",
	"...", "?x", "? x", ":x", "@x", "`x`", "%x", "!x", "&x", "*x", "|", ">", "[x]", "{x}", "x]", "x}", "x,y",
	"0", "1", "-1", "+1", "007", "08", "1_000", "0x1F", "0o7", "0b1", "1.5", "-.5", ".5", "1e3", "1e400",
	".inf", "-.Inf", ".nan", "true", "False", "TRUE", "yes", "null", "Null", "~", "<<", "2026-10-05",
	"2026-1-5", "2026-02-30", "2026-10-05T10:00:00Z", "2026-q3/a#b", "''", "'it''s'", "'a: b'", "'x",
	"'x''", `""`, `"x"`, `"a\"b"`, `"a\\b"`, `"\n\t\r"`, `"\u00e9"`, `"\ud800"`, `"\x41"`, `"\/"`, `"x`,
	`"x"y`, "'x'y", "é", "😀 x", "a\tb", "[]", "[a, b]", "[a,b]", "[ a ]", "[a, 'b c', \"d\"]", "[a,]",
	"[a, , b]", "[[a]]", "[a: b]", "[a:b]", "[http://x]", "[why?]", "{}", "{a: 1}", "{a: 1, b: 'x'}",
	"{a:1}", "{a: [1]}", "{a: http://x/y}", "{a: }", "{a: 1,}", "x # c", "x#c", "'x' # c", "[a] # c",
	"x   ", "  x", "",
}

// safeScalars are inside the subset, so that documents built from them
// alone reach deep nesting without being rejected.
var safeScalars = []string{
	"x", "hello world", "a:b", "a#b", "-x", "12", "-1.5", "2026-10-05", "true", "~", "'it''s'", `"a\"b"`,
	`"\u00e9"`, "é", "[a, 'b c', \"d\"]", "[]", "{a: 1, b: 'x'}", "{a: http://x/y}", "x # c",
}

var keyPool = []string{
	"title", "key_results", "a", "b", "k k", "1", "true", "null", "2026-10-05", "-k", "a.b", "a[b]", "é",
	"<<", "\"q\"", "'q'", "? q", "&a k", "!t k", "k#", "k #c", "", "k:x", "[k]", "{k}", "~",
}

// randomDocument builds a document from random lines: most fall inside the
// subset's grammar, with random indentation, so that many documents are
// valid and many are subtly not.
func randomDocument(r *rand.Rand) string {
	var b strings.Builder
	indent := 0
	for range 1 + r.IntN(12) {
		switch r.IntN(10) {
		case 0:
			indent = max(0, indent-2*r.IntN(3))
		case 1:
			indent += 1 + r.IntN(4)
		case 2:
			indent = 0
		}
		b.WriteString(strings.Repeat(" ", indent))
		key := keyPool[r.IntN(len(keyPool))]
		value := scalarPool[r.IntN(len(scalarPool))]
		switch r.IntN(12) {
		case 0, 1, 2, 3:
			b.WriteString(key + ": " + value)
		case 4, 5:
			b.WriteString(key + ":")
			indent += 2 * r.IntN(2)
		case 6:
			b.WriteString("- " + value)
		case 7:
			b.WriteString("- " + key + ": " + value)
			indent += 2
		case 8:
			b.WriteString("-" + strings.Repeat(" ", r.IntN(3)))
		case 9:
			b.WriteString("# " + value)
		case 10:
			b.WriteString(key + ":" + strings.Repeat(" ", r.IntN(3)) + "# c")
		}
		if r.IntN(10) > 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// validDocument builds a well-formed document in random styles: indented or
// indentless sequences, compact mappings in items, extra spaces, comments
// and blank lines between entries.
func validDocument(r *rand.Rand) string {
	var b strings.Builder
	writeMapping(r, &b, 0, 3, "")
	return b.String()
}

func writeMapping(r *rand.Rand, b *strings.Builder, ind, depth int, first string) {
	for i := range 1 + r.IntN(4) {
		pad := strings.Repeat(" ", ind)
		if i == 0 && first != "" {
			pad = first
		}
		writeNoise(r, b, ind)
		b.WriteString(pad + keyPool[r.IntN(12)] + ":")
		switch k := r.IntN(6); {
		case depth > 0 && k == 0:
			b.WriteString(trailer(r))
			writeMapping(r, b, ind+1+r.IntN(3), depth-1, "")
		case depth > 0 && k == 1:
			b.WriteString(trailer(r))
			writeSequence(r, b, ind+r.IntN(2)*(1+r.IntN(3)), depth-1)
		default:
			b.WriteString(" " + pickScalar(r) + trailer(r))
		}
	}
}

func writeSequence(r *rand.Rand, b *strings.Builder, ind, depth int) {
	for range 1 + r.IntN(4) {
		writeNoise(r, b, ind)
		dash := strings.Repeat(" ", ind) + "-" + strings.Repeat(" ", 1+r.IntN(3))
		switch k := r.IntN(5); {
		case depth > 0 && k == 0:
			writeMapping(r, b, len(dash), depth-1, dash)
		case depth > 0 && k == 1:
			b.WriteString(strings.TrimRight(dash, " ") + trailer(r))
			writeMapping(r, b, ind+1+r.IntN(3), depth-1, "")
		default:
			b.WriteString(dash + pickScalar(r) + trailer(r))
		}
	}
}

// pickScalar returns a scalar of safeScalars nine times in ten, and one of
// scalarPool otherwise.
func pickScalar(r *rand.Rand) string {
	if r.IntN(10) == 0 {
		return scalarPool[r.IntN(len(scalarPool))]
	}
	return safeScalars[r.IntN(len(safeScalars))]
}

// trailer ends a line, sometimes with spaces or a comment.
func trailer(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return " # note\n"
	case 1:
		return "   \n"
	}
	return "\n"
}

// writeNoise sometimes writes a blank or comment line.
func writeNoise(r *rand.Rand, b *strings.Builder, ind int) {
	switch r.IntN(8) {
	case 0:
		b.WriteString("\n")
	case 1:
		b.WriteString(strings.Repeat(" ", r.IntN(ind+3)) + "# comment\n")
	}
}

// TestParseMatchesYAMLv3OnGeneratedInputs runs the differential check on
// many generated documents (with a fixed seed), which reach combinations
// that byte-level fuzzing finds slowly.
func TestParseMatchesYAMLv3OnGeneratedInputs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	accepted := 0
	for range n {
		for _, doc := range []string{randomDocument(r), validDocument(r)} {
			if checkAgainstYAMLv3(t, []byte(doc)) {
				accepted++
			}
		}
	}
	t.Logf("Parse accepted %d of %d generated documents", accepted, 2*n)
	if accepted < n/4 {
		t.Fatalf("Parse accepted only %d of %d generated documents", accepted, 2*n)
	}
}
