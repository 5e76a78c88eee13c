package html

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
	"time"
)

// escapeProbe puts one value in each place a Writer puts values: a text
// node, a quoted attribute, a whole href and an href after "#".
var escapeProbe = template.Must(template.New("p").Parse(
	`<p title="{{ . }}">{{ . }}</p><a href="{{ . }}">x</a><a href="#a-{{ . }}">y</a><title>{{ . }}</title>`))

// writerProbe writes what escapeProbe executes to.
func writerProbe(s string) string {
	var w Writer
	w.Raw(`<p title="`)
	w.Text(s)
	w.Raw(`">`)
	w.Value(s)
	w.Raw(`</p><a href="`)
	w.URL(s)
	w.Raw(`">x</a><a href="#a-`)
	w.URLPart(s)
	w.Trusted(Const(`">y</a><title>`))
	w.Text(s)
	w.HTML(`</title>`)
	return string(w.Bytes())
}

func templateProbe(t testing.TB, s string) string {
	var b strings.Builder
	if err := escapeProbe.Execute(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var escapeCases = []string{
	"", "plain", "a+b & c", `<script>alert("x")</script>`, "it's", "\x00nul",
	"javascript:alert(1)", "JavaScript:x", "mailto:a@b.c", "https://x.example/a?b=c&d=e#f",
	"objectives/2026-q4/a b/", "objectives/ü/#kr-1", "50%", "%41%zz%", "\xff\xfe invalid",
	"teams/x:y/", "../../people/o'brien/", "[]!$*,;=@~", "\t\n", "\uFDD0\uFFFF",
	`Ship "v2" & 'more' <now> + 1`, "é日本🎯", "&amp;",
}

// TestWriterEscapesLikeHTMLTemplate: a Writer escapes values byte for byte
// as html/template does in the same places.
func TestWriterEscapesLikeHTMLTemplate(t *testing.T) {
	for _, s := range escapeCases {
		if got, want := writerProbe(s), templateProbe(t, s); got != want {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
	}
}

func FuzzWriterEscapes(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := writerProbe(s), templateProbe(t, s); got != want {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
	})
}

// TestURLJoinIsURLOfTheWhole: URLJoin of parts writes what URL of their
// concatenation writes.
func TestURLJoinIsURLOfTheWhole(t *testing.T) {
	parts := []string{"", "../", "../../", "https://okrs.example.com/", "javascript:", "x", "objectives/a/", "#kr-1", "#a:b",
		"mailto:x@y", "a:b/", ":", "/", "index.html", "a b&c"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				var joined, whole Writer
				joined.URLJoin(a, b, c)
				whole.URL(a + b + c)
				if !bytes.Equal(joined.Bytes(), whole.Bytes()) {
					t.Errorf("URLJoin(%q, %q, %q) = %s, URL of the whole %s", a, b, c, joined.Bytes(), whole.Bytes())
				}
			}
		}
	}
}

// TestDayMonthYear holds appendDayMonthYear to the layout it stands in
// for, over four centuries of days and the edges of time.Time.
func TestDayMonthYear(t *testing.T) {
	check := func(d time.Time) {
		if got, want := string(appendDayMonthYear(nil, d)), d.Format("2 Jan 2006"); got != want {
			t.Fatalf("appendDayMonthYear(%v) = %q, want %q", d, got, want)
		}
	}
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2300; d = d.AddDate(0, 0, 1) {
		check(d)
	}
	for _, y := range []int{-1, 0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456} {
		check(time.Date(y, 3, 7, 0, 0, 0, 0, time.UTC))
	}
	check(time.Time{})
	check(time.Date(2026, 1, 1, 23, 0, 0, 0, time.FixedZone("x", -5*3600)))
}
