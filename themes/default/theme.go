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

import "embed"

// FS holds layouts/ and assets/ of the default theme.
//
//go:embed layouts assets
var FS embed.FS
