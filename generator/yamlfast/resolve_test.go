package yamlfast

import (
	"fmt"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestIsDateMatchesTimeParse compares isDate with the time.Parse call it
// replaces, over every NNNN-NN-NN date of years around the leap-year rules.
func TestIsDateMatchesTimeParse(t *testing.T) {
	for _, year := range []int{0, 1, 4, 100, 400, 1900, 1999, 2000, 2024, 2026, 2100, 9996, 9999} {
		for month := range 100 {
			for day := range 100 {
				s := fmt.Sprintf("%04d-%02d-%02d", year, month, day)
				_, err := time.Parse("2006-1-2", s)
				if got := isDate(s); got != (err == nil) {
					t.Fatalf("isDate(%q) = %v, time.Parse error %v", s, got, err)
				}
			}
		}
	}
}

// TestResolveTagMatchesYAMLv3 compares resolveTag with the tags yaml.v3
// gives plain scalars, including the shapes the shortcuts handle.
func TestResolveTagMatchesYAMLv3(t *testing.T) {
	values := []string{
		"", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
		"yes", "no", "on", "off", "y", "n", "0", "00", "01", "08", "09", "7", "-7", "+7", "-0", "+0",
		"123456789012345678", "1234567890123456789", "9223372036854775807", "9223372036854775808",
		"18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
		"0x1F", "0X1f", "0x", "0o17", "0O17", "0o8", "0b101", "0B101", "0b2", "-0b101", "-0o17", "-0x1F",
		"1_000", "_1", "1_", "0x_1F", "1__0", "0.3", "-0.3", "+0.3", ".3", "3.", "-.3", "1.2.3", "1e3",
		"1E3", "1e+3", "1e-3", "1e", "e3", "1.5e3", ".5e3", "1e400", "-1e400", "1.7976931348623157e308",
		"123456789012345.6", "1234567890123456.7", ".inf", ".Inf", ".INF", ".iNF", "+.inf", "-.inf", "-.Inf",
		".nan", ".NaN", ".NAN", ".nAn", "inf", "nan", "Infinity", "+Inf", "-inf", "NaN", ".", "..", "-",
		"+", "2026-10-05", "2026-1-5", "2026-13-05", "2026-02-29", "2024-02-29", "2026-10-05T10:00:00Z",
		"2026-10-05t10:00:00Z", "2026-10-05 10:00:00", "2026-10-05 10:00", "2026-10-05T10:00:00+02:00",
		"2026-10-05x", "2026-q3/team-0", "2026-", "2026-1", "20261005", "2026_10_05", "0x1p-2", "1_0.5",
		"<<", "<", "~x", "o", "Octal", "12:30", "1:2:3", "0.0.0.0", "1,000", "$5", "5%", "v1.2",
	}
	for _, v := range values {
		var root yaml.Node
		if err := yaml.Unmarshal([]byte("k: "+v+"\n"), &root); err != nil {
			continue
		}
		want := root.Content[0].Content[1].Tag
		if v == "<<" {
			want = "" // the merge key is outside the subset
		}
		if got := resolveTag(v); got != want {
			t.Errorf("resolveTag(%q) = %q, yaml.v3 says %q", v, got, want)
		}
	}
}
