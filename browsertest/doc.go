// Package browsertest checks built portals in a real browser: the demo
// portal and a generated large one are built, served over HTTP under a
// sub-path and opened from file://, and headless Chromium (driven with
// chromedp) visits a sample of every page kind. The tests assert no console
// errors or uncaught exceptions, no failed requests, no request leaving the
// site, working search and tree, and no serious or critical axe-core
// finding at 1280 and 375 px wide, in light and dark colour schemes. The
// examples, which reproduce real published OKR sets, are built and checked
// too, at phone width.
//
// The tests need Debian's chromium (or OKRPORTAL_CHROMIUM naming another
// binary) and axe-core from npm (OKRPORTAL_AXE naming axe.min.js, or
// `npm install --no-save --prefix ~/.cache/okrportal/axe axe-core@4`).
// Without them the tests skip, unless CI is set: then they fail. The package
// has no code besides its tests.
package browsertest
