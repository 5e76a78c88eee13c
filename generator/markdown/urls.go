package markdown

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// neutralURL replaces a URL that is not allowed.
const neutralURL = "#"

// SafeURL returns u unchanged if it is relative ("x/y", "/x", "#frag",
// "?q", "//host/x") or its scheme is http, https or mailto, and "#"
// otherwise. It is meant for URL fields of front matter (team links,
// initiative urls) that end up in href attributes.
//
// The scheme is found the way a browser finds it: after HTML character
// references are decoded, tabs and line breaks removed and leading spaces
// and control characters trimmed, and compared case-insensitively, so
// "JavaScript:", " javascript:", "java\tscript:" and "java&#9;script:" are
// all refused. A colon before any "/", "?" or "#" that does not end an
// allowed scheme makes the URL refused too, even where a browser would read
// it as relative.
func SafeURL(u string) string {
	for _, candidate := range []string{u, html.UnescapeString(u)} {
		scheme, ok := schemeOf(candidate)
		if !ok {
			continue
		}
		switch scheme {
		case "http", "https", "mailto":
		default:
			return neutralURL
		}
	}
	return u
}

// schemeOf returns the lower-cased text before the first ":" of u, after
// browser-style clean-up (tabs and newlines removed anywhere, leading and
// trailing spaces and C0 controls trimmed). ok is false when u has no colon
// before its first "/", "?" or "#", i.e. when u is relative.
func schemeOf(u string) (scheme string, ok bool) {
	u = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	end := strings.IndexAny(u, ":/?#")
	if end < 0 || u[end] != ':' {
		return "", false
	}
	return strings.ToLower(u[:end]), true
}

// isDangerousURL reports whether a Markdown link or image destination must
// be neutralised: javascript:, vbscript:, file: and data: URLs, except
// data:image/png, gif, jpeg and webp (goldmark's own rule, applied to the
// cleaned-up scheme so that control characters cannot hide it).
func isDangerousURL(u string) bool {
	scheme, ok := schemeOf(u)
	if !ok {
		return false
	}
	switch scheme {
	case "javascript", "vbscript", "file":
		return true
	case "data":
		return !isDataImage(u)
	}
	return false
}

// isDataImage reports whether u is a data: URL of a raster image type.
func isDataImage(u string) bool {
	u = strings.ToLower(strings.TrimFunc(u, func(r rune) bool { return r <= ' ' }))
	for _, prefix := range []string{"data:image/png;", "data:image/gif;", "data:image/jpeg;", "data:image/webp;"} {
		if strings.HasPrefix(u, prefix) {
			return true
		}
	}
	return false
}

// urlSanitizer is an AST transformer that rewrites dangerous destinations
// of links and images to "#" and turns dangerous autolinks into links to
// "#". It runs in safe and unsafe mode alike; in safe mode goldmark's
// renderer would also drop them, in unsafe mode it would not.
type urlSanitizer struct{}

var _ parser.ASTTransformer = urlSanitizer{}

// Transform implements parser.ASTTransformer.
func (urlSanitizer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	var autolinks []*ast.AutoLink
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if destinationIsDangerous(n.Destination) {
				n.Destination = []byte(neutralURL)
			}
		case *ast.Image:
			if destinationIsDangerous(n.Destination) {
				n.Destination = []byte(neutralURL)
			}
		case *ast.AutoLink:
			url := n.URL(source)
			if isDangerousURL(string(url)) || isDangerousURL(string(util.URLEscape(url, false))) {
				autolinks = append(autolinks, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range autolinks {
		link := ast.NewLink()
		link.Destination = []byte(neutralURL)
		link.AppendChild(link, ast.NewString(n.Label(source)))
		n.Parent().ReplaceChild(n.Parent(), n, link)
	}
}

// destinationIsDangerous checks a link destination both as written, with
// references resolved, and as goldmark will print it.
func destinationIsDangerous(dest []byte) bool {
	resolved := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest)))
	return isDangerousURL(string(resolved)) || isDangerousURL(string(util.URLEscape(dest, true)))
}
