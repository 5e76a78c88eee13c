package render

import (
	"html"
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing"
)

var (
	attrURL = regexp.MustCompile(`\s(?:href|src|action|data-index|data-index-script)="([^"]*)"`)
	attrID  = regexp.MustCompile(`\sid="([^"]*)"`)
)

// TestLinksResolve follows every link of every page, in both link modes,
// to an emitted file (and, for fragments, to an element with that id).
func TestLinksResolve(t *testing.T) {
	for _, fileLinks := range []bool{false, true} {
		files := renderAll(t, samplePortal(), Options{FileLinks: fileLinks})
		ids := map[string]map[string]bool{}
		for rel, data := range files {
			if strings.HasSuffix(rel, ".html") {
				ids[rel] = idsOf(string(data))
			}
		}
		checked := 0
		for _, rel := range sortedKeys(files) {
			if !strings.HasSuffix(rel, ".html") {
				continue
			}
			for _, m := range attrURL.FindAllStringSubmatch(string(files[rel]), -1) {
				link := html.UnescapeString(m[1])
				if err := checkLink(rel, link, fileLinks, files, ids); err != "" {
					t.Errorf("file links %v: %s: link %q: %s", fileLinks, rel, link, err)
				}
				checked++
			}
		}
		if checked < 500 {
			t.Errorf("only %d links checked", checked)
		}
	}
}

func idsOf(page string) map[string]bool {
	out := map[string]bool{}
	for _, m := range attrID.FindAllStringSubmatch(page, -1) {
		out[html.UnescapeString(m[1])] = true
	}
	return out
}

// checkLink returns what is wrong with link on page rel, or "".
func checkLink(rel, link string, fileLinks bool, files map[string][]byte, ids map[string]map[string]bool) string {
	u, err := url.Parse(link)
	switch {
	case err != nil:
		return err.Error()
	case u.Scheme == "https" || u.Scheme == "mailto":
		return ""
	case u.Scheme == "data" && rel == "404.html" && strings.HasPrefix(link, "data:image/"):
		return "" // its icon, inlined: served at any path, it cannot link to one
	case u.Scheme != "" || u.Host != "":
		return "not a relative link"
	case link == "":
		return "empty"
	}
	target := rel
	switch {
	case u.Path == "":
	case rel == "404.html":
		if !strings.HasPrefix(u.Path, "/") {
			return "404.html must link from the root"
		}
		target = strings.TrimPrefix(u.Path, "/")
	case strings.HasPrefix(u.Path, "/"):
		return "root-relative link"
	default:
		target = path.Join(path.Dir(rel), u.Path)
		if strings.HasSuffix(u.Path, "/") {
			target += "/"
		}
	}
	if strings.HasSuffix(target, "/") || target == "." || target == "" {
		if fileLinks {
			return "folder link in file-links mode"
		}
		if dir := path.Clean(target); dir == "." {
			target = "index.html"
		} else {
			target = dir + "/index.html"
		}
	} else if !fileLinks && strings.HasSuffix(target, "index.html") && u.Path != "" {
		return "index.html link without file links"
	}
	if _, ok := files[target]; !ok {
		return "no such file " + target
	}
	if u.Fragment != "" && ids[target] != nil && !ids[target][u.Fragment] {
		return "no element with id " + u.Fragment + " in " + target
	}
	return ""
}

func TestPageURL(t *testing.T) {
	tests := []struct {
		rel, target string
		fileLinks   bool
		want        string
	}{
		{"index.html", "", false, "./"},
		{"index.html", "", true, "index.html"},
		{"index.html", "teams/eng/", false, "teams/eng/"},
		{"index.html", "teams/eng/", true, "teams/eng/index.html"},
		{"teams/eng/platform/index.html", "", false, "../../../"},
		{"teams/eng/platform/index.html", "", true, "../../../index.html"},
		{"teams/eng/platform/index.html", "assets/style.css", true, "../../../assets/style.css"},
		{"objectives/q/t/x/index.html", "objectives/q/t/y/#kr-kr1", false, "../../../../objectives/q/t/y/#kr-kr1"},
		{"objectives/q/t/x/index.html", "objectives/q/t/y/#kr-kr1", true, "../../../../objectives/q/t/y/index.html#kr-kr1"},
		{"search/index.html", "#top", false, "../#top"},
	}
	for _, tt := range tests {
		s := &site{opts: Options{FileLinks: tt.fileLinks}, p: samplePortal()}
		pg := s.newPage("x", tt.rel, "", nil)
		if got := pg.URL(tt.target); got != tt.want {
			t.Errorf("URL(%q) on %s (file links %v) = %q, want %q", tt.target, tt.rel, tt.fileLinks, got, tt.want)
		}
	}
}
