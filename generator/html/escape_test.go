package html

import "testing"

// TestEscapedBytesIsTheTable checks that the bit set AppendEscaped tests
// names exactly the bytes htmlEscapes replaces.
func TestEscapedBytesIsTheTable(t *testing.T) {
	for c := 0; c < 256; c++ {
		inTable := c < len(htmlEscapes) && htmlEscapes[c] != ""
		inSet := c < 64 && escapedBytes>>c&1 != 0
		if inTable != inSet {
			t.Errorf("byte %#x: in htmlEscapes %v, in escapedBytes %v", c, inTable, inSet)
		}
	}
}
