// Package render turns a resolved, computed portal into the files of the
// static site of §4 of the spec: one HTML page per home, strategy,
// priority, team, objective, person and period, the alignment, health,
// updates and search pages, 404.html and the theme's assets, and, through
// package export, okrs.json, search-index.json and feed.xml.
//
// Every page is an html/template layout of a theme, loaded and parsed
// once per Prepare call by package theme (which knows nothing of OKRs:
// render gives it the template functions and the data); the cards of objectives and key results are the
// partials objective-card.html and kr-card.html. What a large portal
// repeats hundreds of thousands of times (links, rows, trees, check-in
// tables, the sections of objective, team and person pages the layouts
// name) is built in Go with package html's writer, which escapes by
// construction, and offered to the templates as methods of the page.
// Render executes all files in parallel; a Plan from Prepare renders one
// file at a time, on demand (the preview server). Every link is relative
// to the page it is on, so the site works at a domain root, under a
// sub-path and, with file links, from file://.
//
// Contract: Render and a Plan's RenderFile give the same bytes for the
// same portal and options; emit and Stream may be called from several
// goroutines at once; a page's fragments (built into the page's scratch
// buffer) are valid only until the page is released, so templates print
// them at once; nothing here writes outside what emit and Stream are
// given.
package render
