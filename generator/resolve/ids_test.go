package resolve

import (
	"strconv"
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fast Deploys", "fast-deploys"},
		{"2026-Q4", "2026-q4"},
		{"platform", "platform"},
		{"snake_case-and-kebab", "snake_case-and-kebab"},
		{"  Lots   of\tspace  ", "lots-of-space"},
		{"C++ / Go!", "c-go"},
		{"v1.2 (beta)", "v1-2-beta"},
		{"--trim--", "trim"},
		{"a--b", "a--b"},
		{"Inés García", "inés-garcía"},
		{"ÄÖÜ Straße", "äöü-straße"},
		{"日本語 チーム", "日本語-チーム"},
		{"", ""},
		{"!!!", ""},
		{"../..", ""},
	}
	for _, tt := range tests {
		if got := Slugify(tt.in); got != tt.want {
			t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPathID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"eng/platform.md", "eng/platform"},
		{"2026-Q4/platform/Fast Deploys.md", "2026-q4/platform/fast-deploys"},
		{"Inés.md", "inés"},
		{"a//b.md", "a/b"},
		{"../../x.md", "x"},
		{"notes.txt", "notes-txt"},
		{"!!!.md", ""},
	}
	for _, tt := range tests {
		if got := PathID(tt.in); got != tt.want {
			t.Errorf("PathID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValidID(t *testing.T) {
	for _, id := range []string{"x", "eng/platform", "2026-q4/platform/fast-deploys", "a_b-1", "inés"} {
		if !ValidID(id) {
			t.Errorf("ValidID(%q) = false", id)
		}
	}
	for _, id := range []string{"", "../../x", "..", "./x", "/x", "x/", "a//b", "Platform", "fast deploys", `a\b`, "a.b", "-x"} {
		if ValidID(id) {
			t.Errorf("ValidID(%q) = true; an id like this could leave the output folder or clash", id)
		}
	}
}

func TestIndexFind(t *testing.T) {
	ix := newIndex[int](0)
	for i, id := range []string{"eng/platform", "data/platform", "eng/web", "web", "eng"} {
		if !ix.add(id, i) {
			t.Fatalf("add(%q) = false", id)
		}
	}
	if ix.add("web", 9) {
		t.Error("add of a taken id succeeded")
	}
	tests := []struct{ ref, want string }{
		{"eng/platform", "eng/platform"},
		{"Eng / Platform", "eng/platform"},
		{"platform", "data/platform eng/platform"}, // ambiguous, sorted
		{"web", "web"}, // an exact id wins over eng/web
		{"eng/web", "eng/web"},
		{"form", ""}, // only whole segments match
		{"eng/plat", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(ix.find(tt.ref), " "); got != tt.want {
			t.Errorf("find(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
	if ix.get("eng") != 4 {
		t.Errorf("get(eng) = %d", ix.get("eng"))
	}
}

func TestCandidates(t *testing.T) {
	if got := candidates([]string{"a", "b"}); got != "a, b" {
		t.Errorf("candidates = %q", got)
	}
	if got := candidates(strings.Fields("a b c d e f g h")); got != "a, b, c, d, e, f and 2 more" {
		t.Errorf("candidates = %q", got)
	}
}

// FuzzIDFastPaths checks that Slugify and PathID give, for any text, what
// their general forms give: the fast paths for plain ids only skip work.
func FuzzIDFastPaths(f *testing.F) {
	for _, s := range []string{"", "-", "a", "-a-", "eng", "Eng", "eng/fast-deploys", "2026-q4/team-1/objective-1.md",
		"a//b", "/a", "a/", "a/-b", "a-/b", "é", "x_y", "a b", "--", "q4/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Slugify(s), slugify(s); got != want {
			t.Errorf("Slugify(%q) = %q, slugify gives %q", s, got, want)
		}
		if got, want := PathID(s), pathID(strings.TrimSuffix(s, ".md")); got != want {
			t.Errorf("PathID(%q) = %q, pathID gives %q", s, got, want)
		}
	})
}

func TestRefsTo(t *testing.T) {
	var got []string
	for s := range RefsTo("2026-q4/eng/platform") {
		got = append(got, s)
	}
	if strings.Join(got, " ") != "2026-q4/eng/platform eng/platform platform" {
		t.Errorf("RefsTo = %q", got)
	}
}

// TestKrID: the default ids are "kr" and the 1-based number, past the
// table of ready-made ones too.
func TestKrID(t *testing.T) {
	for i := range 30 {
		if got, want := krID(i), "kr"+strconv.Itoa(i+1); got != want {
			t.Errorf("krID(%d) = %q, want %q", i, got, want)
		}
	}
}

// TestNameKey: the shortcut for names that are their own key gives the
// key the general rule gives (case and runs of white space do not count).
func TestNameKey(t *testing.T) {
	for _, name := range []string{"", " ", "ada", "person-3749", "ada lovelace", "Ada Lovelace", "ada  lovelace",
		" ada", "ada ", "ada\tlovelace", "ada\nl", "ada\u00a0lovelace", "inés garcía", "x\u0085y", "a b c", "a\vb", "a\fb", "a\rb"} {
		want := strings.ToLower(strings.Join(strings.Fields(name), " "))
		if got := nameKey(name); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", name, got, want)
		}
	}
}
