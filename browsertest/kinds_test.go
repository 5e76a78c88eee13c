package browsertest

import (
	"path"
	"strings"
)

// requiredKinds are the page kinds every portal has; a sample missing one
// fails the test.
var requiredKinds = []string{"home", "strategy", "priority", "alignment", "teams", "team",
	"objective", "people", "person", "periods", "period", "health", "updates", "search", "404"}

// pageKind names the kind of the page at rel (a path like
// "teams/eng/index.html"); sub-pages of alignment and period pages are
// kinds of their own.
func pageKind(rel string) string {
	if rel == "404.html" {
		return "404"
	}
	dir := path.Dir(rel)
	if path.Base(rel) != "index.html" {
		return "other"
	}
	if dir == "." {
		return "home"
	}
	parts := strings.Split(dir, "/")
	top, depth := parts[0], len(parts)
	switch top {
	case "strategy", "health", "updates", "search":
		return top
	case "alignment":
		if depth == 1 {
			return "alignment"
		}
		return "alignment-sub"
	case "priorities":
		return by(depth, "priorities", "priority", "priority-sub")
	case "teams":
		return by(depth, "teams", "team", "team")
	case "people":
		return by(depth, "people", "person", "person-sub")
	case "periods":
		return by(depth, "periods", "period", "period-sub")
	case "objectives":
		if depth >= 3 {
			return "objective"
		}
		return "objectives-index"
	}
	return "other"
}

// by names a kind from a folder's depth: the index, an item, below an item.
func by(depth int, index, item, below string) string {
	switch depth {
	case 1:
		return index
	case 2:
		return item
	}
	return below
}

// sample picks up to per pages of each kind from pages (sorted paths): the
// first, the last and evenly between, so a large portal is sampled, not
// walked whole. It returns the kinds in first-seen order and the picks.
func sample(pages []string, per int) (kinds []string, picks map[string][]string) {
	all := map[string][]string{}
	for _, p := range pages {
		k := pageKind(p)
		if all[k] == nil {
			kinds = append(kinds, k)
		}
		all[k] = append(all[k], p)
	}
	picks = map[string][]string{}
	for k, list := range all {
		n := min(per, len(list))
		for i := range n {
			j := 0
			if n > 1 {
				j = i * (len(list) - 1) / (n - 1)
			}
			picks[k] = append(picks[k], list[j])
		}
	}
	return kinds, picks
}
