package resolve

import (
	"iter"
	"sort"
	"strings"
	"unicode"
)

// Slugify lower-cases s, keeps letters, digits, '-' and '_', turns every
// other run of characters into one '-', and trims '-' from both ends.
func Slugify(s string) string {
	if isPlainID(s, false) { // the common case, without a copy
		return strings.Trim(s, "-")
	}
	return slugify(s)
}

// slugify is Slugify for any text.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return strings.Trim(b.String(), "-")
}

// PathID derives an id from a path under a section folder: each segment
// slugified, the ".md" dropped, "" segments removed.
func PathID(rel string) string {
	rel = strings.TrimSuffix(rel, ".md")
	if isPlainID(rel, true) && ValidID(rel) {
		return rel
	}
	return pathID(rel)
}

// pathID is PathID for any path without ".md".
func pathID(rel string) string {
	var parts []string
	for _, seg := range strings.Split(rel, "/") {
		if s := Slugify(seg); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "/")
}

// isPlainID reports whether s has only lower-case ASCII letters, digits,
// '-', '_' and, when slash is true, '/'.
func isPlainID(s string, slash bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || slash && c == '/') {
			return false
		}
	}
	return true
}

// ValidID reports whether an explicit id already obeys the id rules: one
// or more '/'-separated segments, each non-empty and unchanged by Slugify.
func ValidID(id string) bool {
	if id == "" {
		return false
	}
	for seg := range strings.SplitSeq(id, "/") {
		if seg == "" || Slugify(seg) != seg {
			return false
		}
	}
	return true
}

// index finds entities by full id or by a unique trailing part of it.
type index[T any] struct {
	byID     map[string]T
	bySuffix map[string][]string // trailing part → full ids
}

// newIndex returns an index with room for about n ids.
func newIndex[T any](n int) *index[T] {
	return &index[T]{byID: make(map[string]T, n), bySuffix: make(map[string][]string, 2*n)}
}

// add registers v under id; it reports false when id is taken.
func (ix *index[T]) add(id string, v T) bool {
	if _, dup := ix.byID[id]; dup {
		return false
	}
	ix.byID[id] = v
	for s := range RefsTo(id) {
		ix.bySuffix[s] = append(ix.bySuffix[s], id)
	}
	return true
}

// RefsTo yields every reference that names id: id itself, then each
// trailing part after a '/' ("eng/platform", "platform").
func RefsTo(id string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s := id; yield(s); {
			i := strings.IndexByte(s, '/')
			if i < 0 {
				return
			}
			s = s[i+1:]
		}
	}
}

// find returns the full ids matching ref: the one whose id is ref exactly,
// else every id that ends in "/"+ref, sorted.
func (ix *index[T]) find(ref string) []string {
	ref = normaliseRef(ref)
	if _, ok := ix.byID[ref]; ok {
		return []string{ref}
	}
	ids := append([]string(nil), ix.bySuffix[ref]...)
	sort.Strings(ids)
	return ids
}

func (ix *index[T]) get(id string) T { return ix.byID[id] }

// normaliseRef applies the id rules to a reference as written, so that
// `Platform` or `eng/Fast Deploys` find `platform` and `eng/fast-deploys`.
func normaliseRef(ref string) string {
	return PathID(strings.TrimSpace(ref))
}
