package resolve

import (
	"context"
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
