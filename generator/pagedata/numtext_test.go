package pagedata

import (
	"math"
	"strconv"
	"testing"
)

// TestNumTextWholeNumbers holds NumText's shortcut for whole numbers to
// the float formatting it stands in for.
func TestNumTextWholeNumbers(t *testing.T) {
	for _, v := range []float64{0, 1, 7, 42, 99.999, 100, 1234, 9999, 9999.996, 0.001, -0.001, -3, -0.0, 12.5, math.NaN()} {
		want := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
		if math.Abs(v) >= 10000 || math.IsNaN(v) {
			continue
		}
		if got := NumText(v); got != want {
			t.Errorf("NumText(%v) = %q, want %q", v, got, want)
		}
	}
}

// FuzzAppendWithUnit holds AppendWithUnit to WithUnit, which it stands in
// for without a string per number.
func FuzzAppendWithUnit(f *testing.F) {
	for _, v := range []float64{0, 1, -3, 12.5, 9999.996, 12345.678, -0.0, math.Inf(1), math.NaN()} {
		for _, unit := range []string{"", "%", "$", "€", "ms", "logos", "<b>"} {
			f.Add(v, unit)
		}
	}
	f.Fuzz(func(t *testing.T, v float64, unit string) {
		prefix := []byte("x")
		if got, want := string(AppendWithUnit(prefix, v, unit)), "x"+WithUnit(v, unit); got != want {
			t.Errorf("AppendWithUnit(%v, %q) = %q, want %q", v, unit, got, want)
		}
	})
}
