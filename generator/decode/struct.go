package decode

import (
	"math"
	"strings"
	"unsafe"

	"go.yaml.in/yaml/v3"
)

// mapping decodes the mapping node n into the struct at p, of plan pl.
func (d *Decoder) mapping(n *yaml.Node, pl *plan, p unsafe.Pointer, path *Path) {
	if n.Kind != yaml.MappingNode {
		fix := ""
		if n.Kind == yaml.SequenceNode {
			fix = "; remove the \"- \" in front of its fields"
		}
		d.errorf(n, "type", "%s should be a set of `field: value` lines, not %s%s", describe(path), kindName(n), fix)
		return
	}
	f := pl.fields
	meta := Meta{Line: n.Line, Col: n.Column, keys: d.arena.keys(len(n.Content) / 2), fields: f}
	field := Path{parent: path} // one for every field in turn: a Path in the loop would go to the heap
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Kind != yaml.ScalarNode {
			d.errorf(key, "syntax", "a field name must be plain text")
			continue
		}
		name := key.Value
		fd := f.lookup(name)
		if fd == nil {
			d.unknown(key, name, path, f.names)
			continue
		}
		if prev := meta.keyOf(fd.order); prev != nil {
			d.errorf(key, "duplicate-field", "field %q is given twice (first on line %d); keep one", name, prev.line)
			continue
		}
		meta.keys = append(meta.keys, newKey(fd.order, key.Line))
		before := d.errs
		field.name = name
		d.value(val, fd.plan, fd.at(p), &field)
		if d.errs > before {
			meta.keys[len(meta.keys)-1].invalid = true
		}
	}
	if f.hasMeta {
		*(*Meta)(unsafe.Add(p, f.meta)) = meta
	}
}

// newKey is the key of field number field (in fields.names) on line.
func newKey(field uint16, line int) key {
	return key{field: field, line: int32(min(line, math.MaxInt32))}
}

func (d *Decoder) unknown(key *yaml.Node, name string, path *Path, names []string) {
	where := ""
	if path != nil {
		where = " in " + path.String()
	}
	if s := Suggest(name, names); s != "" {
		d.errorf(key, "unknown-field", "unknown field %q%s; did you mean %q?", name, where, s)
		return
	}
	d.errorf(key, "unknown-field", "unknown field %q%s; known fields are %s", name, where, strings.Join(names, ", "))
}

// Suggest returns the candidate closest to s when it is close enough to be
// a likely typo, or "".
func Suggest(s string, candidates []string) string {
	best, bestDist := "", 1<<30
	lower := strings.ToLower(s)
	for _, c := range candidates { // a tie goes to the longer common start: typos rarely hit the first letter
		if d := distance(lower, c); d < bestDist || d == bestDist && commonPrefix(lower, c) > commonPrefix(lower, best) {
			best, bestDist = c, d
		}
	}
	limit := 2
	if len(s) > 8 {
		limit = 3
	}
	if bestDist <= limit || best != "" && (strings.Contains(best, strings.ToLower(s)) || strings.Contains(strings.ToLower(s), best)) && len(s) >= 4 {
		return best
	}
	for _, c := range candidates { // "priority" for "priorities"
		if p := commonPrefix(strings.ToLower(s), c); p >= 5 && p >= len(s)-2 {
			return c
		}
	}
	return ""
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// Distance is the Damerau–Levenshtein (optimal string alignment) distance
// between a and b, counted in runes.
func Distance(a, b string) int { return distance(a, b) }

// distance is the Damerau–Levenshtein (optimal string alignment) distance.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
