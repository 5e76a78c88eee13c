package render

import (
	"html/template"
	"io/fs"

	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/theme"
)

// fragments is the theme's fragment cache with the pills and meters of
// the Go-built fragments, by what they depend on (typed, so that a lookup
// does not allocate), and the portal's judging they are made with.
type fragments struct {
	theme.Fragments
	pills  map[pillKey]template.HTML
	meters map[meterKey]template.HTML

	// judge is the portal's score bands and status margins, set with the
	// site before any fragment is made.
	judge pagedata.Judging

	// fastKRCard: the theme's kr-card.html is the default theme's, which
	// page.KRCard builds in Go.
	fastKRCard bool
	// fastObjectiveCard: the same of objective-card.html and
	// page.ObjectiveCard.
	fastObjectiveCard bool
}

// newFragments returns an empty cache; it is initialised once the theme
// is parsed.
func newFragments() *fragments {
	return &fragments{pills: map[pillKey]template.HTML{}, meters: map[meterKey]template.HTML{}}
}

// themeSet is a parsed theme with the fragment cache its template
// functions use.
type themeSet struct {
	*theme.Theme
	frags *fragments
}

// loadTheme parses the theme of fsys with the template functions of the
// portal's pages.
func loadTheme(fsys fs.FS) (*themeSet, error) {
	frags := newFragments()
	th, err := theme.Load(fsys, templateFuncs(frags))
	if err != nil {
		return nil, err
	}
	frags.Init(th.Partials())
	frags.fastKRCard = th.IsDefault("kr-card.html")
	frags.fastObjectiveCard = th.IsDefault("objective-card.html")
	return &themeSet{Theme: th, frags: frags}, nil
}
