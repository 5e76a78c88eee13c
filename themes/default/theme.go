// Package defaulttheme embeds okrportal's default theme: the page layouts
// (html/template files under layouts/) and the static assets (CSS and a
// little vanilla JavaScript under assets/) that every built site gets.
//
// A portal's theme folder overrides any of these files by path; package
// render lays that folder over FS, so a theme may replace one partial, one
// page layout or the stylesheet and keep the rest. Files added under
// assets/ are copied to the site as well. Eject writes FS to a folder to
// start a theme from (`okrportal theme eject DIR`).
//
// The layouts:
//
//	layouts/baseof.html        the page shell; executes the "main" block
//	layouts/<kind>.html        one per page kind, each defining "main":
//	                           home, strategy, priority, alignment, teams,
//	                           team, objective, people, person, periods,
//	                           period, health, updates, search, 404
//	layouts/partials/objective-card.html
//	                           an objective's card (home and team pages)
//	layouts/partials/kr-card.html
//	                           a key result on its objective's page
//	layouts/partials/*.html    header, footer, crumbs, chrome (headlinks,
//	                           bodyscripts), widgets (pill, meter, counts,
//	                           checkin, legend), tree (tree)
//
// Every file is used and each override changes every page that shows it
// (render's contract tests edit each one). docs/theming.md lists the data
// each layout receives and what the page builds in Go instead of a
// partial: links to people and teams, rows, trees and check-in tables,
// repeated too often in a large portal to execute as templates.
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
			return fmt.Errorf("%s already exists; eject into a new or empty folder: %w", filepath.Join(dir, filepath.FromSlash(path)), fs.ErrExist)
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
