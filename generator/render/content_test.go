package render_test

import (
	"bytes"
	"context"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/render"
	"github.com/okrportal/okrportal/generator/site"
)

var linkAttr = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)

// TestDemoContent renders the demo portal of content/ in both link modes
// and follows every relative link of every page to an emitted file (or a
// file of static/).
func TestDemoContent(t *testing.T) {
	src := filepath.Join("..", "..", "content")
	if _, err := os.Stat(filepath.Join(src, "portal.yaml")); err != nil {
		t.Skip("no demo content")
	}
	p, list, err := site.Load(context.Background(), site.Options{Source: src, Today: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil || list.HasErrors() {
		t.Fatalf("load: %v %v", err, list.Errors())
	}
	for _, fileLinks := range []bool{false, true} {
		var mu sync.Mutex
		files := map[string][]byte{}
		opts := site.RenderOptions(p, nil, "test")
		opts.FileLinks = fileLinks
		err := render.Render(context.Background(), p, opts, func(rel string, data []byte) error {
			mu.Lock()
			files[rel] = bytes.Clone(data) // valid only during the call
			mu.Unlock()
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) < len(p.Objectives)+len(p.Teams)+len(p.People) {
			t.Fatalf("only %d files", len(files))
		}
		for rel, data := range files {
			if !strings.HasSuffix(rel, ".html") || rel == "404.html" {
				continue
			}
			for _, m := range linkAttr.FindAllStringSubmatch(string(data), -1) {
				if msg := resolve(rel, html.UnescapeString(m[1]), files, src); msg != "" {
					t.Errorf("file links %v: %s: %q: %s", fileLinks, rel, m[1], msg)
				}
			}
		}
	}
}

func resolve(rel, link string, files map[string][]byte, src string) string {
	u, err := url.Parse(link)
	if err != nil {
		return err.Error()
	}
	if u.Scheme != "" || u.Host != "" || u.Path == "" {
		return ""
	}
	if strings.HasPrefix(u.Path, "/") {
		return "root-relative link"
	}
	target := path.Join(path.Dir(rel), u.Path)
	if strings.HasSuffix(u.Path, "/") {
		target = strings.TrimPrefix(target+"/index.html", "./")
		if target == "./index.html" || target == "/index.html" {
			target = "index.html"
		}
	}
	if _, ok := files[target]; ok {
		return ""
	}
	if _, err := os.Stat(filepath.Join(src, "static", filepath.FromSlash(target))); err == nil {
		return ""
	}
	return "no such file " + target
}
