package render

import (
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/theme"
)

// The portals of the tests: testportal's, under the short names the tests
// use.

func date(y int, m time.Month, d int) time.Time { return testportal.Date(y, m, d) }
func f(v float64) *float64                      { return testportal.F(v) }
func b(v bool) *bool                            { return testportal.B(v) }
func quarter(y, q int) *model.Period            { return testportal.Quarter(y, q) }
func link(p *model.Portal) *model.Portal        { return testportal.Link(p) }
func samplePortal() *model.Portal               { return testportal.Sample() }
func linkObjective(o *model.Objective)          { testportal.LinkObjective(o) }

// defaultTheme is the default theme, parsed.
func defaultTheme(t testing.TB) *themeSet { return themeIn(t, "") }

// themeIn is the default theme with the folder dir laid over it ("" for
// none), parsed.
func themeIn(t testing.TB, dir string) *themeSet {
	t.Helper()
	fsys, err := theme.FS(dir)
	if err != nil {
		t.Fatal(err)
	}
	th, err := loadTheme(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return th
}
