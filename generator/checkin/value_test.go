package checkin

import (
	"testing"

	"github.com/okrportal/okrportal/generator/model"
)

// TestBooleanValues: a yes/no key result takes what import takes too.
func TestBooleanValues(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"yes", "true"}, {"1", "true"}, {"x", "true"}, {"done", "true"},
		{"no", "false"}, {"0", "false"}, {"false", "false"},
	} {
		field, v, err := ParseValue(model.KindBoolean, tt.in)
		if err != nil || field != "done" || v != tt.want {
			t.Errorf("%q: %s %s %v, want done %s", tt.in, field, v, err, tt.want)
		}
	}
	if _, _, err := ParseValue(model.KindBoolean, "maybe"); err == nil {
		t.Error("maybe is a yes/no value")
	}
}
