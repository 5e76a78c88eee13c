package render

import (
	"time"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
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
