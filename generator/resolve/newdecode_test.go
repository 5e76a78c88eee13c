package resolve

import (
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/source"
)

// TestNewDecodeMatchesDecode reads the demo portal with NewDecode, whose
// decoders reuse the memory of check-ins from file to file, and with
// Decode: every file must decode to the same value with the same
// diagnostics.
func TestNewDecodeMatchesDecode(t *testing.T) {
	read := func(opts source.ReadOptions) (*source.Folder, []diag.Diagnostic) {
		list := &diag.List{}
		folder, err := source.ReadWith(context.Background(), "../../content", list, opts)
		if err != nil {
			t.Fatal(err)
		}
		return folder, list.Sorted()
	}
	want, wantDiags := read(source.ReadOptions{Decode: Decode})
	got, gotDiags := read(source.ReadOptions{NewDecode: NewDecode})
	if !reflect.DeepEqual(gotDiags, wantDiags) {
		t.Errorf("diagnostics differ:\n%v\n%v", gotDiags, wantDiags)
	}
	if len(got.Documents) != len(want.Documents) || len(got.Documents) < 20 {
		t.Fatalf("%d documents, want %d (and the demo's 20 or more)", len(got.Documents), len(want.Documents))
	}
	checkins := 0
	for i, doc := range got.Documents {
		if !reflect.DeepEqual(doc.Decoded, want.Documents[i].Decoded) {
			t.Errorf("%s decodes differently with NewDecode", doc.Path)
		}
		if o, ok := doc.Decoded.(*rawObjective); ok {
			for _, kr := range o.KeyResults {
				checkins += len(kr.checkins)
				if kr.Checkins != nil {
					t.Errorf("%s: raw check-ins kept", doc.Path)
				}
			}
		}
	}
	if checkins == 0 {
		t.Error("no check-ins decoded: the test tests nothing")
	}
}

// BenchmarkReadDecode compares reading a portal with Decode and with
// NewDecode (which a load uses): set OKRPORTAL_BENCH_SOURCE to a source
// folder, e.g. the 10,000-objective synthetic portal, and run
// go test -run X -bench ReadDecode ./generator/resolve.
func BenchmarkReadDecode(b *testing.B) {
	src := os.Getenv("OKRPORTAL_BENCH_SOURCE")
	if src == "" {
		b.Skip("set OKRPORTAL_BENCH_SOURCE to a source folder")
	}
	for _, c := range []struct {
		name string
		opts source.ReadOptions
	}{{"Decode", source.ReadOptions{Decode: Decode}}, {"NewDecode", source.ReadOptions{NewDecode: NewDecode}}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := source.ReadWith(context.Background(), src, &diag.List{}, c.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
