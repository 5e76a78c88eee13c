package yamlfast

import "testing"

// FuzzParseMatchesYAMLv3 is a differential test: whenever Parse accepts an
// input, yaml.v3 must accept it too and build the same tree (Kind, Tag,
// Value, Style, Line, Column and number of children of every node).
func FuzzParseMatchesYAMLv3(f *testing.F) {
	for _, pattern := range []string{"testdata/frontmatter/*.yaml", "testdata/fallback/*.yaml", "testdata/objective.yaml"} {
		for _, data := range testdataFiles(f, pattern) {
			f.Add(data)
		}
	}
	for _, data := range portalFrontMatters(f) {
		f.Add(data)
	}
	for _, input := range acceptedInputs {
		f.Add([]byte(input))
	}
	for _, input := range rejectedInputs {
		f.Add([]byte(input))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkAgainstYAMLv3(t, data)
	})
}
