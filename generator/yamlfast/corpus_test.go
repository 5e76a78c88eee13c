package yamlfast

import (
	"sort"
	"testing"
)

// TestParseMatchesYAMLv3OnPortalContent parses the front matter of every
// page under the repository's content and examples folders: Parse must
// build yaml.v3's tree whenever it accepts one, and must accept most.
func TestParseMatchesYAMLv3OnPortalContent(t *testing.T) {
	files := portalFrontMatters(t)
	paths := sortedPaths(files)
	accepted := 0
	for _, path := range paths {
		if checkAgainstYAMLv3(t, files[path]) {
			accepted++
		} else {
			t.Logf("falls back to yaml.v3: %s", path)
		}
	}
	t.Logf("Parse accepted %d of %d front matter blocks", accepted, len(paths))
	if accepted*10 < len(paths)*8 {
		t.Fatalf("Parse accepted only %d of %d front matter blocks; want at least 80%%", accepted, len(paths))
	}
}

// TestParseMatchesYAMLv3OnTestdata checks the front matter copied into
// testdata, which also seeds the fuzz test: that in frontmatter is inside
// the subset, that in fallback (a literal block scalar) is not.
func TestParseMatchesYAMLv3OnTestdata(t *testing.T) {
	for path, data := range testdataFiles(t, "testdata/frontmatter/*.yaml") {
		if !checkAgainstYAMLv3(t, data) {
			t.Errorf("Parse rejected %s", path)
		}
	}
	if !checkAgainstYAMLv3(t, testdataFiles(t, "testdata/objective.yaml")["testdata/objective.yaml"]) {
		t.Error("Parse rejected testdata/objective.yaml")
	}
	for path, data := range testdataFiles(t, "testdata/fallback/*.yaml") {
		if _, ok := Parse(data); ok {
			t.Errorf("Parse accepted %s, which is outside the subset", path)
		}
	}
}

// TestParserReuseBuildsFreshTrees parses every front matter of the
// portals, then the same again in reverse order, with one Parser: each
// tree must equal the one a fresh Parse builds, however much bigger or
// smaller the input before it was, so nothing of an earlier input leaks
// into a later tree (a scalar keeping a mapping's Content, say).
func TestParserReuseBuildsFreshTrees(t *testing.T) {
	files := portalFrontMatters(t)
	paths := sortedPaths(files)
	for i := len(paths) - 1; i >= 0; i-- {
		paths = append(paths, paths[i])
	}
	var ps Parser
	for _, path := range paths {
		got, ok := ps.Parse(files[path])
		want, wantOK := Parse(files[path])
		if ok != wantOK {
			t.Fatalf("%s: reused Parser ok=%v, fresh Parse ok=%v", path, ok, wantOK)
		}
		if d := diffNodes(got, want); ok && d != "" {
			t.Fatalf("%s: reused Parser and fresh Parse differ at %s", path, d)
		}
	}
}

// sortedPaths returns the keys of files, sorted.
func sortedPaths(files map[string][]byte) []string {
	paths := make([]string, 0, len(files))
	for path := range files {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	return paths
}
