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
// What it leans on: package theme loads and parses the theme and caches
// partials (render gives it the FuncMap of funcs.go and executes its page
// sets with a *page); package pagedata computes what pages show (paths,
// pills, wording, navigation, the health page's data); package export
// writes the data files. What stays here is what is tied to a page: a
// page and its links (page.go), the theme with the pills and meters cached
// for it (themeset.go, funcs.go), the site's shared views (site.go,
// widgets.go), each page kind's data and
// constructor (pagekinds.go, homepage.go, krview.go), the Go-built
// sections (objpage.go, teampage.go, personpage.go, tree.go, rows.go,
// krcard.go, krlinks.go, chart*.go, svg.go, markup.go), and the running of
// the jobs (pages.go, render.go, plan.go, filewriter.go).
//
// Contract: Render and a Plan's RenderFile give the same bytes for the
// same portal and options; emit and Stream may be called from several
// goroutines at once; a page's fragments (built into the page's scratch
// buffer) are valid only until the page is released, so templates print
// them at once; nothing here writes outside what emit and Stream are
// given, and nothing here decides a status, a score or a review rule
// (those are compute's, pagedata's and review's).
package render
