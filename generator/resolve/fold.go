package resolve

import (
	"strings"
	"unicode"
)

// folds are the letters that do not decompose into an ASCII letter and a
// combining mark.
var folds = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d",
	'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ł': "l", 'Ł': "l", 'ı': "i", 'ħ': "h", 'Ħ': "h",
}

// FileSlug is Slugify for a new file name, with accents folded to ASCII
// ("Inés García" → "ines-garcia"), so that the name types on any keyboard
// and survives any file share. Letters with no ASCII form are kept.
func FileSlug(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := folds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(baseLetter(r))
	}
	return Slugify(b.String())
}

// baseLetter drops the accent of a Latin letter: é → e, ñ → n, Å → A.
func baseLetter(r rune) rune {
	if r < 0x80 || !unicode.Is(unicode.Latin, r) {
		return r
	}
	for base, accented := range latinAccents {
		if strings.ContainsRune(accented, r) {
			return base
		}
	}
	return r
}

// latinAccents lists, by ASCII letter, its accented forms in Latin-1 and
// Latin Extended-A.
var latinAccents = map[rune]string{
	'a': "àáâãäåāăą", 'A': "ÀÁÂÃÄÅĀĂĄ", 'c': "çćĉċč", 'C': "ÇĆĈĊČ", 'd': "ď", 'D': "Ď",
	'e': "èéêëēĕėęě", 'E': "ÈÉÊËĒĔĖĘĚ", 'g': "ĝğġģ", 'G': "ĜĞĠĢ", 'h': "ĥ", 'H': "Ĥ",
	'i': "ìíîïĩīĭįİ", 'I': "ÌÍÎÏĨĪĬĮ", 'j': "ĵ", 'J': "Ĵ", 'k': "ķ", 'K': "Ķ",
	'l': "ĺļľŀ", 'L': "ĹĻĽĿ", 'n': "ñńņňŉ", 'N': "ÑŃŅŇ", 'o': "òóôõöōŏő", 'O': "ÒÓÔÕÖŌŎŐ",
	'r': "ŕŗř", 'R': "ŔŖŘ", 's': "śŝşš", 'S': "ŚŜŞŠ", 't': "ţťŧ", 'T': "ŢŤŦ",
	'u': "ùúûüũūŭůűų", 'U': "ÙÚÛÜŨŪŬŮŰŲ", 'w': "ŵ", 'W': "Ŵ", 'y': "ýÿŷ", 'Y': "ÝŸŶ", 'z': "źżž", 'Z': "ŹŻŽ",
}
