// Package defaulttheme embeds okrportal's default theme: the page layouts
// (html/template files under layouts/) and the static assets (CSS and a
// little vanilla JavaScript under assets/) that every built site gets.
//
// A portal's theme folder overrides any of these files by path; package
// render lays that folder over FS, so a theme may replace one partial, one
// page layout or the stylesheet and keep the rest. Files added under
// assets/ are copied to the site as well.
//
// The layouts:
//
//	layouts/baseof.html        the page shell; executes the "main" block
//	layouts/<kind>.html        one per page kind, each defining "main":
//	                           home, strategy, priority, alignment, teams,
//	                           team, objective, people, person, periods,
//	                           period, health, updates, search, 404
//	layouts/partials/*.html    shared templates: header, crumbs, footer,
//	                           chrome (headlinks, bodyscripts), widgets
//	                           (pill, meter, card, rows…), tree, kr
//
// Pages execute with a page value: .Title, .Kind, .Period, .Crumbs, .Data
// (the kind's content), .Site (the portal and its shared values) and link
// methods that return links relative to the page: .URL "teams/", .Home,
// .Obj, .KR, .Team, .Person, .PeriodURL, .Priority, .Asset "style.css".
//
// Three rules keep large portals fast. The "header", "footer", "headlinks"
// and "bodyscripts" partials are rendered once per folder depth, period
// and page kind (so they may use only .Site, .Period, .Kind and the link
// methods), and the "pill" and "meter" partials once per distinct value
// (so they may use only that value). And what a large portal repeats tens
// of thousands of times is built in Go by package render, escaped as
// html/template would: the sections of objective, team and person pages
// (.Data.Head …), the alignment and org trees, the breadcrumb, and the
// cards, rows and links that the "card", "orow", "orows", "krrow",
// "relations", "person", "team", "krfull", "tree", "teamnode" and
// "teamline" partials print (.P.Card, .P.ObjectiveRows …). A theme may
// still override any of those partials or layouts with templates of its
// own.
package defaulttheme

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FS holds layouts/ and assets/ of the default theme.
//
//go:embed layouts assets
var FS embed.FS

// Eject writes every file of FS under dir (layouts/… and assets/…), so a
// company can start its own theme from the default one; a build with dir
// as its theme folder gives the same bytes as one without. dir is created
// if need be; Eject overwrites no file that exists and writes nothing
// then.
func Eject(dir string) error {
	var files []string
	err := fs.WalkDir(FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(path))); err == nil {
			return fmt.Errorf("%s already exists; eject into a new or empty folder", filepath.Join(dir, filepath.FromSlash(path)))
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		return err
	}
	for _, path := range files {
		data, err := FS.ReadFile(path)
		if err != nil {
			return err
		}
		to := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
