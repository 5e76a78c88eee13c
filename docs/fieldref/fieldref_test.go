package fieldref

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/fields.md")

// TestEveryFieldIsDescribed fails when the decoder accepts a field that
// the reference does not describe: add it to descriptions.go.
func TestEveryFieldIsDescribed(t *testing.T) {
	for _, f := range Missing() {
		t.Errorf("field %s is not documented: describe it in docs/fieldref/descriptions.go, then run go test ./docs/fieldref -update", f)
	}
}

// TestNoStaleDescriptions fails when a description names a field that no
// longer exists.
func TestNoStaleDescriptions(t *testing.T) {
	page := Generate()
	for key := range descriptions {
		entity, path, _ := strings.Cut(key, ".")
		name := path[strings.LastIndex(path, ".")+1:]
		if !strings.Contains(page, "| `"+name+"` |") || !strings.Contains(page, "## "+title(entity)) {
			t.Errorf("%s is described but the decoder has no such field", key)
		}
	}
}

func TestFieldsPageIsUpToDate(t *testing.T) {
	path := filepath.Join("..", "fields.md")
	got := Generate()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || string(want) != got {
		t.Errorf("docs/fields.md is not what the field table gives (%v): run go test ./docs/fieldref -update", err)
	}
}

// Nested fields are documented under their parent's path.
func TestDescribeNested(t *testing.T) {
	if d := Describe("objective", "key_results.checkins.note"); d == "" {
		t.Error("no description for objective.key_results.checkins.note")
	}
	if d := Describe("objective", "no_such_field"); d != "" {
		t.Errorf("a description for a field that does not exist: %q", d)
	}
}
