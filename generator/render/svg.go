package render

import (
	"html"
	"html/template"
	"strconv"
	"strings"
)

// SVG is the chart as inline SVG markup. It is built here rather than in a
// template because a portal has tens of thousands of charts; every text
// and attribute value that is not one of the chart's own numbers is
// escaped with html.EscapeString (the coordinates are formatted floats).
func (c *chart) SVG() template.HTML {
	var b strings.Builder
	b.Grow(1024 + 160*len(c.Dots))
	label := html.EscapeString(c.Label)
	b.WriteString(`<svg viewBox="0 0 ` + strconv.Itoa(c.W) + ` ` + strconv.Itoa(c.H) + `" role="img" aria-label="` + label + `">`)
	b.WriteString(`<title>` + label + `</title>`)
	b.WriteString(`<rect class="plot" x="` + c.Left + `" y="` + c.Top + `" width="` + c.PlotW + `" height="` + c.PlotH + `"></rect>`)
	for _, t := range c.YTicks {
		b.WriteString(`<line class="grid" x1="` + c.Left + `" x2="` + c.Right + `" y1="` + t.At + `" y2="` + t.At + `"></line>`)
		b.WriteString(`<text class="ylab" x="` + c.LabelX + `" y="` + t.At + `" dy="0.32em" text-anchor="` + t.Anchor + `">` + html.EscapeString(t.Label) + `</text>`)
	}
	for _, t := range c.XTicks {
		b.WriteString(`<text class="xlab" x="` + t.At + `" y="` + strconv.Itoa(c.H) + `" dy="-0.4em" text-anchor="` + t.Anchor + `">` + html.EscapeString(t.Label) + `</text>`)
	}
	if r := c.Ref; r != nil {
		b.WriteString(`<line class="ref" x1="` + r.X1 + `" y1="` + r.Y1 + `" x2="` + r.X2 + `" y2="` + r.Y2 + `"></line>`)
	}
	if c.Today != "" {
		b.WriteString(`<line class="today" x1="` + c.Today + `" x2="` + c.Today + `" y1="` + c.Top + `" y2="` + c.Bottom + `"></line>`)
	}
	b.WriteString(`<polyline class="series" points="` + c.Line + `"></polyline>`)
	for _, d := range c.Dots {
		b.WriteString(`<circle class="dot" cx="` + d.X + `" cy="` + d.Y + `" r="3.5"><title>` + html.EscapeString(d.Title) + `</title></circle>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
