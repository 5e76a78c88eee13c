// Package theme is the template plumbing of the site: it loads a theme
// (the embedded default theme, overridden file by file by a theme
// folder), parses its layouts and partials with a FuncMap the caller
// gives, reads its assets, and caches the HTML of partials executed with
// the same input (Fragments).
//
// Contract: FS and Load read files and parse templates, nothing else;
// the package knows nothing of OKRs, pages or links — what the templates
// receive and which functions they may call is the caller's (package
// render). A Theme is immutable once loaded and its page sets may be
// executed from several goroutines at once; a Fragments is safe for
// concurrent use once Init has been called.
package theme
