package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var localLink = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// The README's quick start says to open public/index.html: from file://
// every link of the demo portal must name a file that exists (a folder
// would open a listing), and search must load its index as a script.
func TestQuickStartDemoWorksFromFiles(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := runCommand("build", "-s", filepath.Join("..", "..", "content"), "-d", out, "--today", "2026-11-20", "--quiet"); code != 0 {
		t.Fatalf("make run's build fails: exit %d\n%s", code, stderr)
	}
	pages, broken := 0, 0
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		pages++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range localLink.FindAllStringSubmatch(string(data), -1) {
			link, _, _ := strings.Cut(m[1], "#")
			link, _, _ = strings.Cut(link, "?")
			if link == "" || strings.Contains(link, ":") || strings.HasPrefix(link, "//") {
				continue // an anchor, or another site
			}
			target := filepath.Join(filepath.Dir(path), filepath.FromSlash(link))
			if info, err := os.Stat(target); err != nil || info.IsDir() {
				if broken++; broken <= 5 {
					rel, _ := filepath.Rel(out, path)
					t.Errorf("%s links to %q, which is not a file from file://", rel, m[1])
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 50 {
		t.Fatalf("only %d pages", pages)
	}
	search, _ := os.ReadFile(filepath.Join(out, "search", "index.html"))
	if !strings.Contains(string(search), "data-index-script=") {
		t.Error("search cannot load its index from file://: the page has no data-index-script")
	}
}
