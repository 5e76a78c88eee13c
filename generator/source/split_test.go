package source

import (
	"bytes"
	"testing"

	"github.com/adrg/frontmatter"
)

// FuzzSplitYAML checks that the fast split of "---" front matter agrees
// with adrg/frontmatter, which handles every other case.
func FuzzSplitYAML(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\n---\nbody\n",
		"\n\n---\na: 1\n--- \nbody",
		"---\na: 1\n---",
		"---\na: 1\n",
		"---\n---\n",
		"--- \n a\n  ---  \nrest\n---\nmore",
		"---\na: 1\n\t---\nbody",
		"---\na: 1\n\u00a0---\u2003\nbody",
		"---\na: 1\n  - x\n -- \n----\n---\v\nbody",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
		_, delim := firstLine(data)
		found, body, ok := splitYAML(data, delim)
		if !ok {
			return
		}
		var want frontFormat
		wantBody, err := frontmatter.Parse(bytes.NewReader(data), nil, formats(&want)...)
		if err != nil {
			t.Fatalf("frontmatter failed where splitYAML did not: %v", err)
		}
		if want.name != found.name || !bytes.Equal(want.data, found.data) || !bytes.Equal(wantBody, body) {
			t.Fatalf("split differs:\nfast %q %q %q\nadrg %q %q %q", found.name, found.data, body, want.name, want.data, wantBody)
		}
	})
}
