package checkin

import (
	"errors"
	"strings"
	"testing"
)

var entry = Entry{Date: "2026-11-30", Field: "value", Value: "20", Note: "ok"}

func TestAppend(t *testing.T) {
	tests := []struct {
		name, in, want string
		index          int
	}{
		{"flow list", `---
title: T # keep me
key_results:
  - title: A
    target: 10
    checkins:
      - {date: 2026-11-01, value: 1}   # first
  # a comment before B
  - title: B
    target: 5
---
body
`, `---
title: T # keep me
key_results:
  - title: A
    target: 10
    checkins:
      - {date: 2026-11-01, value: 1}   # first
      - {date: 2026-11-30, value: 20, note: "ok"}
  # a comment before B
  - title: B
    target: 5
---
body
`, 0},
		{"block list, last key result", `---
key_results:
- title: A
  target: 10
  checkins:
  -   date: 2026-11-01
      value: 1

---
`, `---
key_results:
- title: A
  target: 10
  checkins:
  -   date: 2026-11-01
      value: 1
  -   date: 2026-11-30
      value: 20
      note: "ok"

---
`, 0},
		{"no check-ins yet, keys after", `---
key_results:
  - title: A
    target: 10
  - title: B
    target: 5
    unit: ms
owner: x
---
`, `---
key_results:
  - title: A
    target: 10
  - title: B
    target: 5
    unit: ms
    checkins:
      - {date: 2026-11-30, value: 20, note: "ok"}
owner: x
---
`, 1},
		{"empty checkins key, CRLF", "---\r\nkey_results:\r\n  - title: A\r\n    checkins:\r\n    target: 3\r\n---\r\n",
			"---\r\nkey_results:\r\n  - title: A\r\n    checkins:\r\n      - {date: 2026-11-30, value: 20, note: \"ok\"}\r\n    target: 3\r\n---\r\n", 0},
		{"block scalar ends the key result", `---
key_results:
  - title: A
    target: 3
    retrospective: |
      line one

      # not a comment

  - title: B
---
`, `---
key_results:
  - title: A
    target: 3
    retrospective: |
      line one

      # not a comment

    checkins:
      - {date: 2026-11-30, value: 20, note: "ok"}
  - title: B
---
`, 0},
		{"an earlier date goes in date order", `---
key_results:
  - title: A
    checkins:
      - {date: 2026-11-01, value: 1}
      - {date: 2026-12-07, value: 30}   # later
      - {date: 2026-12-14, value: 40}
---
`, `---
key_results:
  - title: A
    checkins:
      - {date: 2026-11-01, value: 1}
      - {date: 2026-11-30, value: 20, note: "ok"}
      - {date: 2026-12-07, value: 30}   # later
      - {date: 2026-12-14, value: 40}
---
`, 0},
		{"an earlier date goes in date order, block list", `---
key_results:
  - title: A
    checkins:
      - date: 2026-12-07
        value: 30
---
`, `---
key_results:
  - title: A
    checkins:
      - date: 2026-11-30
        value: 20
        note: "ok"
      - date: 2026-12-07
        value: 30
---
`, 0},
		{"an item whose dash stands alone: at the end", `---
key_results:
  - title: A
    checkins:
      -
        date: 2026-12-07
        value: 30
---
`, `---
key_results:
  - title: A
    checkins:
      -
        date: 2026-12-07
        value: 30
      - date: 2026-11-30
        value: 20
        note: "ok"
---
`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Append([]byte(tt.in), tt.index, entry)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestAppendRefuses(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"toml", "+++\ntitle = 'x'\n+++\n", "only YAML"},
		{"json", "{\"title\": \"x\"}\n", "only YAML"},
		{"flow key result", "---\nkey_results:\n  - {title: A, target: 3}\n---\n", "on one line"},
		{"flow key results", "---\nkey_results: [{title: A}]\n---\n", "flow list"},
		{"flow checkins", "---\nkey_results:\n  - title: A\n    checkins: []\n---\n", "flow list"},
		{"no such key result", "---\nkey_results:\n  - title: A\n---\n", "has 1 key results, not 2"},
		{"unterminated", "---\nkey_results:\n  - title: A\n", "no closing"},
		{"anchored list", "---\nkey_results:\n  - title: A\n    checkins: &c\n      - {date: 2026-01-01}\n  - title: B\n    checkins: *c\n---\n", "add it by hand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			index := 0
			if tt.name == "no such key result" {
				index = 1
			}
			_, err := Append([]byte(tt.in), index, entry)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
			if tt.want == "only YAML" && !errors.Is(err, ErrUnsupported) {
				t.Errorf("error %v is not ErrUnsupported", err)
			}
		})
	}
}

func TestDiff(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
	new := "a\nb\nc\nd\nX\ne\nf\ng\nh\ni\nj\n"
	want := "--- a/f.md\n+++ b/f.md\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n"
	if got := Diff("f.md", []byte(old), []byte(new)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
