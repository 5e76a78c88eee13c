package render

import (
	"html/template"
	"math"
	"strconv"
	"unsafe"
)

// SVG is the chart as inline SVG markup. It is built here rather than in a
// template because a portal has tens of thousands of charts; every text
// and attribute value that is not one of the chart's own numbers is
// escaped as html.EscapeString escapes (the coordinates are formatted
// numbers).
func (c *chart) SVG() template.HTML {
	return template.HTML(c.appendSVG(make([]byte, 0, 768+24*len(c.Dots))))
}

// ChartSVG is c.SVG() built in a buffer of the page that the next
// ChartSVG reuses: print it at once (as {{ $p.ChartSVG .V.Chart }} does).
// An objective page has a chart per key result.
func (p *page) ChartSVG(c *chart) template.HTML {
	if p.svg == nil {
		p.svg = make([]byte, 0, 1024) // a chart's size: grown once, not step by step
	}
	p.svg = c.appendSVG(p.svg[:0])
	return template.HTML(unsafe.String(unsafe.SliceData(p.svg), len(p.svg)))
}

// appendSVG appends the markup of SVG to b: the plot area, the grid lines
// at the highest and lowest value with their labels, the period's first
// and last day, the expected path or threshold, today's mark, the line
// through the check-ins and a dot at each. Coordinates are whole units of
// the 640-wide view box (under a pixel at the chart's size); the check-ins'
// values are in the table beside the chart, and its title sums them up.
// The CSS classes carry what is the same on every chart (text anchors,
// the dots' size).
func (c *chart) appendSVG(b []byte) []byte {
	b = append(b, `<svg viewBox="0 0 `...)
	b = strconv.AppendInt(b, int64(c.W), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(c.H), 10)
	b = append(b, `" role="img"><title>`...)
	b = appendHTMLEscaped(b, c.Label)
	b = append(b, `</title><path class="plot" d="M`...)
	b = appendXY(b, c.Left, c.Top)
	b = append(b, 'h')
	b = appendInt(b, c.PlotW)
	b = append(b, 'v')
	b = appendInt(b, c.PlotH)
	b = append(b, 'H')
	b = appendInt(b, c.Left)
	b = append(b, `z"/><path class="grid" d="`...)
	for _, t := range c.YTicks {
		b = append(b, 'M')
		b = appendXY(b, c.Left, t.At)
		b = append(b, 'H')
		b = appendInt(b, c.Right)
	}
	b = append(b, `"/>`...)
	for _, t := range c.YTicks {
		b = appendText(b, "ylab", c.LabelX, t.At+yLabelDrop, t.Label)
	}
	for i, t := range c.XTicks {
		class := "xlab"
		if i > 0 {
			class = "xlab end"
		}
		b = appendText(b, class, t.At, float64(c.H)-xLabelRise, t.Label)
	}
	if r := c.Ref; r != nil {
		b = append(b, `<path class="ref" d="M`...)
		b = appendXY(b, r.X1, r.Y1)
		b = append(b, 'L')
		b = appendXY(b, r.X2, r.Y2)
		b = append(b, `"/>`...)
	}
	if len(c.Steps) > 0 {
		b = append(b, `<polyline class="ref" points="`...)
		b = appendPoints(b, c.Steps)
		b = append(b, `"/>`...)
	}
	if c.HasToday {
		b = append(b, `<path class="today" d="M`...)
		b = appendXY(b, c.Today, c.Top)
		b = append(b, 'V')
		b = appendInt(b, c.Bottom)
		b = append(b, `"/>`...)
	}
	b = append(b, `<polyline class="series" points="`...)
	b = appendPoints(b, c.Dots)
	b = append(b, `"/><path class="dots" d="`...)
	b = appendDots(b, c.Dots)
	return append(b, `"/></svg>`...)
}

// appendDots appends the path data of a dot at each of pts: a zero-length
// segment at each, which round caps draw as a dot; after the first, each
// moves relative to the one before, as the rounded points do.
func appendDots(b []byte, pts []dot) []byte {
	var x0, y0 int64
	for i, d := range pts {
		x, y := int64(math.Round(d.X)), int64(math.Round(d.Y))
		if i == 0 {
			b = append(b, 'M')
			b = strconv.AppendInt(b, x, 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, y, 10)
		} else {
			b = append(b, 'm')
			b = strconv.AppendInt(b, x-x0, 10)
			if y-y0 >= 0 {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, y-y0, 10)
		}
		b = append(b, 'h', '0')
		x0, y0 = x, y
	}
	return b
}

// The labels' offsets from their anchor points, in view-box units for the
// 11-unit font: a y label's middle on its grid line, the x labels' baseline
// above the bottom edge.
const yLabelDrop, xLabelRise = 3.5, 4.4

// appendText appends a text element of class at x, y.
func appendText(b []byte, class string, x, y float64, text string) []byte {
	b = append(b, `<text class="`...)
	b = append(b, class...)
	b = append(b, `" x="`...)
	b = appendInt(b, x)
	b = append(b, `" y="`...)
	b = appendInt(b, y)
	b = append(b, `">`...)
	b = appendHTMLEscaped(b, text)
	return append(b, `</text>`...)
}

// appendInt appends v rounded to a whole number.
func appendInt(b []byte, v float64) []byte {
	return strconv.AppendInt(b, int64(math.Round(v)), 10)
}

// appendXY appends "x y", rounded.
func appendXY(b []byte, x, y float64) []byte {
	b = appendInt(b, x)
	b = append(b, ' ')
	return appendInt(b, y)
}

// appendHTMLEscaped appends s escaped as html.EscapeString does.
func appendHTMLEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		default:
			continue
		}
		b = append(append(b, s[last:i]...), esc...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// appendPoints appends the points attribute of a polyline: "x,y x,y …",
// rounded.
func appendPoints(b []byte, pts []dot) []byte {
	for i, d := range pts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendInt(b, d.X)
		b = append(b, ',')
		b = appendInt(b, d.Y)
	}
	return b
}
