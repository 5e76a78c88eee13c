package yamlfast

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"
)

// objective reads the synthetic objective's front matter (the shape that
// python3 /work/shared/bench/synth.py generates).
func objective(b *testing.B) []byte {
	data, err := os.ReadFile("testdata/objective.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if _, ok := Parse(data); !ok {
		b.Fatal("Parse rejected testdata/objective.yaml")
	}
	return data
}

func BenchmarkParse(b *testing.B) {
	data := objective(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Parse(data); !ok {
			b.Fatal("rejected")
		}
	}
}

func BenchmarkYAMLv3(b *testing.B) {
	data := objective(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			b.Fatal(err)
		}
	}
}
