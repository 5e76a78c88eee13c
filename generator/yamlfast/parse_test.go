package yamlfast

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
)

// acceptedInputs are inside the subset: Parse must accept them and build
// yaml.v3's tree.
var acceptedInputs = map[string]string{
	"mapping":               "title: Grow revenue\nowner: ana\n",
	"no final newline":      "a: 1\nb: 2",
	"indented top mapping":  "  a: 1\n  b: x\n",
	"nested mapping":        "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
	"sequence":              "tags:\n  - a\n  - b c\n",
	"indentless sequence":   "tags:\n- a\n- b\nnext: 1\n",
	"sequence of mappings":  "krs:\n  - title: x\n    start: 1\n  - title: y\n    target: 2\nafter: z\n",
	"wide item indent":      "krs:\n  -   title: x\n      start: 1\n",
	"item on next line":     "krs:\n  -\n    title: x\n  -\n    - y\n",
	"indentless in item":    "krs:\n  - a:\n    - x\n    b: 1\n  - c\n",
	"deep nesting":          "a:\n  b:\n    - c:\n        - d: 1\n          e:\n            f: [1, 2]\n",
	"null values":           "a:\nb: # comment\nc: ~\nd: null\ne: Null\nf: NULL\ng:\n  - \n  -\n  - x\n",
	"empty value at end":    "a: 1\nb:",
	"booleans":              "a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: yes\nh: no\ni: on\nj: off\nk: tRue\n",
	"integers":              "a: 0\nb: 42\nc: -7\nd: +5\ne: 0x1F\nf: 0o17\ng: 0b101\nh: 1_000\ni: 012\nj: -0b11\nk: -0o7\nl: 9223372036854775807\nm: 18446744073709551615\nn: 99999999999999999999\n",
	"floats":                "a: 0.3\nb: -1.5\nc: 1e3\nd: .5\ne: 1.\nf: .inf\ng: -.Inf\nh: +.INF\ni: .nan\nj: .NaN\nk: 09\nl: 1_0.5\nm: 6.02e+23\nn: .e3\no: .\np: +.5\n",
	"timestamps":            "a: 2026-10-05\nb: 2026-1-5\nc: 2026-10-05T10:00:00Z\nd: 2026-10-05 10:00:00\ne: 2026-13-45\nf: 2026-10-05x\ng: 2026-q3/team#kr1\nh: 2026-02-30\n",
	"strings":               "a: hello world\nb: a:b\nc: a#b\nd: x [y] {z}, w\ne: don't\nf: say \"hi\"\ng: -foo\nh: 50%\ni: a@b\nj: C#\nk: <<x\nl: ==\n",
	"trailing spaces":       "a: x   \nb:    y  # c\n",
	"comments":              "# head\na: 1 # one\n\n  # indented comment\nb:\n  # before\n  - x # item\n# between\n  - y\nc: 2\n# foot\n",
	"single quoted":         "a: 'it''s'\nb: ''\nc: 'x # y'\nd: 'a: b'\ne: ' spaced '\n",
	"double quoted":         "a: \"x\"\nb: \"\"\nc: \"q\\\"uote\"\nd: \"back\\\\slash\"\ne: \"tab\\tnl\\n\"\nf: \"\\u00e9\\u20AC\"\ng: \"a/b\"\nh: \"# not comment\"\n",
	"quoted in sequence":    "a:\n  - \"x\"\n  - 'y'\n",
	"flow sequence":         "a: [x, 'y', \"z w\", 1, true, ~]\nb: []\nc: [ ]\nd: [ a , b ]\ne: [-1, 2026-10-05]\n",
	"flow mapping":          "a: {x: 1, y: 'two', z: \"3\"}\nb: {}\nc:\n  - {date: 2026-07-08, value: 48}\n  - {date: 2026-07-22, done: true}\n",
	"keys":                  "1: one\ntrue: yes\nnull: x\n2026-10-05: d\nkey with spaces: v\nkey  : padded\n-k: dash\na.b: dot\n",
	"duplicate keys":        "a: 1\na: 2\n",
	"non-ASCII":             "ä: é\ntitle: Café 😀 crème\nemoji😀: [ü, \"ö\"]\nx: {ñ: ç}\n",
	"value after dash item": "a:\n  - -5\n  - -x\n",
	"dash keys":             "-: x\n-a: {-: 1, -b: -c}\n",
	"long flat":             strings.Repeat("key: value\n", 200),
}

// rejectedInputs are outside the subset (or invalid YAML): Parse must
// report ok=false.
var rejectedInputs = map[string]string{
	"empty":                "",
	"comments only":        "# just a comment\n\n",
	"top sequence":         "- a\n- b\n",
	"top scalar":           "hello\n",
	"anchor":               "a: &x 1\nb: *x\n",
	"alias":                "a: *x\n",
	"tag":                  "a: !!str 1\n",
	"literal block":        "a: |\n  text\n",
	"folded block":         "a: >\n  text\n",
	"multi-line plain":     "a: hello\n  world\n",
	"multi-line in item":   "a:\n  - hello\n    world\n",
	"multi-line quoted":    "a: \"hello\n  world\"\n",
	"multi-line single":    "a: 'hello\n  world'\n",
	"tab indent":           "a:\n\tb: 1\n",
	"tab in value":         "a: b\tc\n",
	"carriage return":      "a: 1\r\nb: 2\r\n",
	"document start":       "---\na: 1\n",
	"document end":         "a: 1\n...\n",
	"second document":      "a: 1\n---\nb: 2\n",
	"complex key":          "? a\n: b\n",
	"merge key":            "<<: {a: 1}\n",
	"merge value":          "a: <<\n",
	"quoted key":           "\"a\": 1\n",
	"single quoted key":    "'a': 1\n",
	"flow key":             "[a]: 1\n",
	"compact nested seq":   "a:\n  - - x\n",
	"seq in value":         "a: - x\n",
	"colon in value":       "a: b: c\n",
	"final colon in value": "a: b:\n",
	"trailing comma":       "a: [x, y,]\n",
	"empty flow entry":     "a: [x, , y]\n",
	"nested flow":          "a: [[x]]\n",
	"flow map in flow":     "a: [{x: 1}]\n",
	"flow seq in flow map": "a: {x: [1]}\n",
	"unclosed flow":        "a: [x, y\n",
	"multi-line flow":      "a: [x,\n  y]\n",
	"flow no space":        "a: {x:1}\n",
	"question in flow":     "a: [why?]\n",
	"junk after quote":     "a: \"x\" y\n",
	"junk after flow":      "a: [x] y\n",
	"comment glued quote":  "a: \"x\"#c\n",
	"bad indent":           "a:\n    b: 1\n  c: 2\n",
	"over-indented key":    "a: 1\n  b: 2\n",
	"under-indented item":  "a:\n  - x: 1\n   y: 2\n",
	"seq then key at seq":  "a:\n  - x\n  b: 1\n",
	"key then scalar":      "a:\n  hello\n",
	"hex escape":           "a: \"\\x41\"\n",
	"slash escape":         "a: \"a\\/b\"\n",
	"surrogate escape":     "a: \"\\ud800\"\n",
	"long escape":          "a: \"\\U0001F600\"\n",
	"short unicode escape": "a: \"\\u12\"\n",
	"control char":         "a: \x01\n",
	"delete char":          "a: \x7f\n",
	"NUL":                  "a: \x00\n",
	"BOM":                  "\ufeffa: 1\n",
	"NEL":                  "a: b\u0085c\n",
	"line separator":       "a: b\u2028c\n",
	"invalid UTF-8":        "a: \xff\n",
	"C1 control":           "a: \u0090\n",
	"at sign start":        "a: @x\n",
	"backtick start":       "a: `x`\n",
	"percent start":        "%YAML 1.2\na: 1\n",
	"pipe start key":       "|a: 1\n",
	"question value":       "a: ?x\n",
	"colon value":          "a: :x\n",
	"dash alone value":     "a: -\n",
	"no space after colon": "a:b\n",
	"comment in key":       "a #b: c\n",
	"long key":             strings.Repeat("k", 600) + ": v\n",
	"deep":                 deepMapping(120),
	"brace value":          "a: {\n",
}

// deepMapping returns a mapping nested depth levels deep.
func deepMapping(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	b.WriteString(strings.Repeat(" ", depth) + "k: v\n")
	return b.String()
}

func TestParseAcceptsSubsetLikeYAMLv3(t *testing.T) {
	for name, input := range acceptedInputs {
		t.Run(name, func(t *testing.T) {
			if !checkAgainstYAMLv3(t, []byte(input)) {
				t.Fatalf("Parse rejected input inside the subset:\n%s", input)
			}
		})
	}
}

func TestParseRejectsOutsideSubset(t *testing.T) {
	for name, input := range rejectedInputs {
		t.Run(name, func(t *testing.T) {
			if node, ok := Parse([]byte(input)); ok || node != nil {
				t.Fatalf("Parse accepted input outside the subset:\n%s", input)
			}
		})
	}
}

func TestParseLeavesCommentsEmpty(t *testing.T) {
	node, ok := Parse([]byte("# head\na: 1 # line\n# foot\n"))
	if !ok {
		t.Fatal("Parse rejected a commented mapping")
	}
	for _, n := range append(node.Content, node) {
		if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
			t.Fatalf("comments kept on %s", describe(n))
		}
	}
}

func TestParseDoesNotAliasInput(t *testing.T) {
	data := []byte("a: value\n")
	node, ok := Parse(data)
	if !ok {
		t.Fatal("Parse rejected a simple mapping")
	}
	copy(data, "b: VALUE\n")
	if node.Content[0].Value != "a" || node.Content[1].Value != "value" {
		t.Fatalf("nodes changed with the input: %s %s", describe(node.Content[0]), describe(node.Content[1]))
	}
}

// TestUnusual8 holds unusual8 to a byte-by-byte test, for every byte
// value at every position of a word of otherwise printable bytes, and for
// words of random bytes.
func TestUnusual8(t *testing.T) {
	byByte := func(b []byte) uint64 {
		var mask uint64
		for i, c := range b {
			if (c < 0x20 || c >= 0x7f) && c != '\n' {
				mask |= 0x80 << (8 * i)
			}
		}
		return mask
	}
	check := func(b []byte) {
		if got, want := unusual8(binary.LittleEndian.Uint64(b)), byByte(b); got != want {
			t.Fatalf("unusual8(% x) = %#x, want %#x", b, got, want)
		}
	}
	for pos := range 8 {
		for c := range 256 {
			b := []byte("abcd XY~")
			b[pos] = byte(c)
			check(b)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		b := binary.LittleEndian.AppendUint64(nil, r.Uint64())
		for i := range b { // mostly printable, as text is
			switch r.IntN(5) {
			case 0:
				b[i] = '\n'
			case 1, 2:
				b[i] = 0x20 + b[i]%0x5f
			}
		}
		check(b)
	}
}
