package yamlfast

import (
	"strconv"
	"strings"
	"time"
)

// resolveTag returns the tag yaml.v3 gives the plain scalar s: the same
// checks in the same order as yaml.v3's resolve, with allocation-free
// shortcuts for the common shapes (short decimal integers and fractions,
// dates). It returns "" for "<<", the merge key, which is outside the
// subset.
func resolveTag(s string) string {
	if s == "" {
		return "!!null"
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-':
		if tag := resolveCommonNumber(s); tag != "" {
			return tag
		}
		if tag := resolveSpecial(s); tag != "" {
			return tag
		}
		return resolveNumber(s)
	case c == '.':
		if tag := resolveSpecial(s); tag != "" {
			return tag
		}
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "!!float"
		}
	case strings.IndexByte("yYnNtTfFoO~<", c) >= 0:
		if s == "<<" {
			return ""
		}
		if tag := resolveSpecial(s); tag != "" {
			return tag
		}
	}
	return "!!str"
}

// resolveSpecial returns the tag of the words yaml.v3 looks up in a table,
// or "".
func resolveSpecial(s string) string {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case "~", "null", "Null", "NULL":
		return "!!null"
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float"
	}
	return ""
}

// resolveCommonNumber returns the tag of s when it has one of the common
// shapes whose tag is known without calling strconv or time with an input
// that fails (which allocates an error), or "":
//
//   - a sign and up to 18 digits without a leading zero (or "0"): !!int;
//   - a sign, digits, ".", digits, up to 16 bytes: !!float;
//   - NNNN-NN-NN: !!timestamp when it is a valid date (checked without
//     time.Parse, which TestIsDateMatchesTimeParse holds it to).
func resolveCommonNumber(s string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]) {
		if isDate(s) {
			return "!!timestamp"
		}
		return ""
	}
	digits := s
	if s[0] == '+' || s[0] == '-' {
		digits = s[1:]
	}
	dot := strings.IndexByte(digits, '.')
	if dot < 0 {
		if digits != "" && len(digits) <= 18 && allDigits(digits) && (digits[0] != '0' || len(digits) == 1) {
			return "!!int"
		}
		return ""
	}
	if len(s) <= 16 && dot > 0 && dot < len(digits)-1 && allDigits(digits[:dot]) && allDigits(digits[dot+1:]) {
		return "!!float"
	}
	return ""
}

// isDate reports whether time.Parse("2006-1-2", s) succeeds for s of the
// form NNNN-NN-NN: whether the month is 1 to 12 and the day exists in it.
func isDate(s string) bool {
	year := atoi(s[:4])
	month, day := atoi(s[5:7]), atoi(s[8:])
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	return day <= days
}

// atoi returns the value of the ASCII digits s.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// allDigits reports whether s consists of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// timestampFormats are the layouts yaml.v3 tries, in its order.
var timestampFormats = [...]string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// resolveNumber returns the tag yaml.v3 gives a plain scalar that starts
// with a digit or a sign and is no table word: !!timestamp, !!int, !!float
// or !!str, decided by the same calls yaml.v3 makes.
func resolveNumber(s string) string {
	if isTimestamp(s) {
		return "!!timestamp"
	}
	if !mayBeNumber(s) {
		return "!!str"
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int"
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int"
	}
	if isYAMLFloat(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float"
		}
	}
	switch {
	case strings.HasPrefix(plain, "0b"):
		if parsesAsInt(plain[2:], 2) {
			return "!!int"
		}
	case strings.HasPrefix(plain, "-0b"):
		if _, err := strconv.ParseInt("-"+plain[3:], 2, 64); err == nil {
			return "!!int"
		}
	}
	switch {
	case strings.HasPrefix(plain, "0o"):
		if parsesAsInt(plain[2:], 8) {
			return "!!int"
		}
	case strings.HasPrefix(plain, "-0o"):
		if _, err := strconv.ParseInt("-"+plain[3:], 8, 64); err == nil {
			return "!!int"
		}
	}
	return "!!str"
}

// parsesAsInt reports whether s is a signed or unsigned 64-bit integer in
// the given base.
func parsesAsInt(s string, base int) bool {
	if _, err := strconv.ParseInt(s, base, 64); err == nil {
		return true
	}
	_, err := strconv.ParseUint(s, base, 64)
	return err == nil
}

// isTimestamp reports whether yaml.v3 reads s as a timestamp: four digits,
// a dash, and a match for one of its layouts (all of which continue with a
// digit).
func isTimestamp(s string) bool {
	if len(s) < 6 || !allDigits(s[:4]) || s[4] != '-' || s[5] < '0' || s[5] > '9' {
		return false
	}
	for _, layout := range timestampFormats {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// mayBeNumber reports whether s holds only bytes that the integers and
// floats yaml.v3 accepts can hold: digits, signs, ".", "_", hexadecimal
// digits (which include the exponent "e") and the base prefixes x, o, b.
// Without it, resolveNumber's failing strconv calls would allocate errors
// for the many strings that start with a digit, such as "2026-q3/x".
func mayBeNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
		case c == '+', c == '-', c == '.', c == '_', c == 'x', c == 'X', c == 'o', c == 'O':
		default:
			return false
		}
	}
	return true
}

// isYAMLFloat reports whether s matches yaml.v3's float pattern
// ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$.
func isYAMLFloat(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	intDigits := countDigits(s[i:])
	i += intDigits
	if i < len(s) && s[i] == '.' {
		i++
		frac := countDigits(s[i:])
		if intDigits == 0 && frac == 0 {
			return false
		}
		i += frac
	} else if intDigits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		exp := countDigits(s[i:])
		if exp == 0 {
			return false
		}
		i += exp
	}
	return i == len(s)
}

// countDigits returns the number of ASCII digits s starts with.
func countDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
