package html

import "strings"

// htmlEscapes is html/template's htmlReplacementTable.
var htmlEscapes = [...]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// escapedBytes has bit c set for each byte c that htmlEscapes replaces (all
// are below 64), so that the common byte costs one test.
const escapedBytes = 1<<0 | 1<<'"' | 1<<'&' | 1<<'\'' | 1<<'+' | 1<<'<' | 1<<'>'

// AppendEscaped appends s with the characters html/template's htmlEscaper
// replaces replaced: s as a text node, a quoted attribute or RCDATA
// (<title>). Bytes of multi-byte (or invalid) UTF-8 sequences are all
// ≥ 0x80 and pass through, as in html/template.
func AppendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 64 && escapedBytes>>c&1 != 0 {
			b = append(b, s[last:i]...)
			b = append(b, htmlEscapes[c]...)
			last = i + 1
		}
	}
	return append(b, s[last:]...)
}

// SafeScheme is html/template's isSafeURL: u is relative, http, https or
// mailto.
func SafeScheme(u string) bool {
	if protocol, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(protocol, "/") {
		return strings.EqualFold(protocol, "http") || strings.EqualFold(protocol, "https") || strings.EqualFold(protocol, "mailto")
	}
	return true
}

// safeSchemeParts is SafeScheme of the concatenation of parts; it builds
// that string only when a ':' comes before any '/'.
func safeSchemeParts(parts []string) bool {
	for i, p := range parts {
		j := strings.IndexAny(p, ":/")
		if j < 0 {
			continue
		}
		if p[j] == '/' {
			return true // any scheme would hold a '/': a relative link
		}
		return SafeScheme(strings.Join(parts[:i], "") + p)
	}
	return true
}

// appendPercent is html/template's processURLOnto (norm: normalize a URL;
// else escape a URL part) followed by its attrEscaper, which after
// percent-encoding has only '&' and '+' left to replace.
func appendPercent(b []byte, s string, norm bool) []byte {
	const hex = "0123456789abcdef"
	kept := &urlPartKept
	if norm {
		kept = &urlKept
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if kept[c] { // most of a URL: copied as a run
			j := i + 1
			for j < len(s) && kept[s[j]] {
				j++
			}
			b = append(b, s[i:j]...)
			i = j - 1
			continue
		}
		switch c {
		case '!', '#', '$', '*', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			if norm {
				b = append(b, c)
				continue
			}
		case '&':
			if norm {
				b = append(b, "&amp;"...)
				continue
			}
		case '+':
			if norm {
				b = append(b, "&#43;"...)
				continue
			}
		case '-', '.', '_', '~':
			b = append(b, c)
			continue
		case '%':
			if norm && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
				b = append(b, c)
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				b = append(b, c)
				continue
			}
		}
		b = append(b, '%', hex[c>>4], hex[c&15])
	}
	return b
}

// urlKept and urlPartKept are the bytes appendPercent copies as they are
// when normalising a URL and when escaping a URL part: letters, digits
// and "-._~", and when normalising the reserved characters too.
var urlKept, urlPartKept = keptBytes("-._~!#$*,/:;=?@[]"), keptBytes("-._~")

func keptBytes(punct string) (kept [256]bool) {
	for c := '0'; c <= 'z'; c++ {
		kept[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	for _, c := range []byte(punct) {
		kept[c] = true
	}
	return kept
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
