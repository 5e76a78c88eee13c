package render

import (
	"html/template"
	"math"
	"strconv"
	"unsafe"

	"github.com/okrportal/okrportal/generator/pagedata"
)

// SVG is the chart as inline SVG markup. It is built here rather than in a
// template because a portal has tens of thousands of charts; every text
// and attribute value that is not one of the chart's own numbers is
// escaped as html.EscapeString escapes (the coordinates are formatted
// floats).
func (c *chart) SVG() template.HTML {
	return template.HTML(c.appendSVG(make([]byte, 0, 1024+160*len(c.Dots))))
}

// ChartSVG is c.SVG() built in a buffer of the page that the next
// ChartSVG reuses: print it at once (as {{ $p.ChartSVG .V.Chart }} does).
// An objective page has a chart per key result.
func (p *page) ChartSVG(c *chart) template.HTML {
	p.svg = c.appendSVG(p.svg[:0])
	return template.HTML(unsafe.String(unsafe.SliceData(p.svg), len(p.svg)))
}

// appendSVG appends the markup of SVG to b.
func (c *chart) appendSVG(b []byte) []byte {
	b = append(b, `<svg viewBox="0 0 `...)
	b = strconv.AppendInt(b, int64(c.W), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(c.H), 10)
	b = append(b, `" role="img" aria-label="`...)
	b = appendHTMLEscaped(b, c.Label)
	b = append(b, `"><title>`...)
	b = appendHTMLEscaped(b, c.Label)
	b = append(b, `</title><rect class="plot" x="`...)
	b = appendF1(b, c.Left)
	b = append(b, `" y="`...)
	b = appendF1(b, c.Top)
	b = append(b, `" width="`...)
	b = appendF1(b, c.PlotW)
	b = append(b, `" height="`...)
	b = appendF1(b, c.PlotH)
	b = append(b, `"></rect>`...)
	for _, t := range c.YTicks {
		b = append(b, `<line class="grid" x1="`...)
		b = appendF1(b, c.Left)
		b = append(b, `" x2="`...)
		b = appendF1(b, c.Right)
		b = append(b, `" y1="`...)
		b = appendF1(b, t.At)
		b = append(b, `" y2="`...)
		b = appendF1(b, t.At)
		b = append(b, `"></line><text class="ylab" x="`...)
		b = appendF1(b, c.LabelX)
		b = append(b, `" y="`...)
		b = appendF1(b, t.At)
		b = append(b, `" dy="0.32em" text-anchor="`...)
		b = append(b, t.Anchor...)
		b = append(b, `">`...)
		b = appendHTMLEscaped(b, t.Label)
		b = append(b, `</text>`...)
	}
	for _, t := range c.XTicks {
		b = append(b, `<text class="xlab" x="`...)
		b = appendF1(b, t.At)
		b = append(b, `" y="`...)
		b = strconv.AppendInt(b, int64(c.H), 10)
		b = append(b, `" dy="-0.4em" text-anchor="`...)
		b = append(b, t.Anchor...)
		b = append(b, `">`...)
		b = appendHTMLEscaped(b, t.Label)
		b = append(b, `</text>`...)
	}
	if r := c.Ref; r != nil {
		b = append(b, `<line class="ref" x1="`...)
		b = appendF1(b, r.X1)
		b = append(b, `" y1="`...)
		b = appendF1(b, r.Y1)
		b = append(b, `" x2="`...)
		b = appendF1(b, r.X2)
		b = append(b, `" y2="`...)
		b = appendF1(b, r.Y2)
		b = append(b, `"></line>`...)
	}
	if len(c.Steps) > 0 {
		b = append(b, `<polyline class="ref" fill="none" points="`...)
		b = appendPoints(b, c.Steps)
		b = append(b, `"></polyline>`...)
	}
	if c.Today != "" {
		b = append(b, `<line class="today" x1="`...)
		b = append(b, c.Today...)
		b = append(b, `" x2="`...)
		b = append(b, c.Today...)
		b = append(b, `" y1="`...)
		b = appendF1(b, c.Top)
		b = append(b, `" y2="`...)
		b = appendF1(b, c.Bottom)
		b = append(b, `"></line>`...)
	}
	b = append(b, `<polyline class="series" points="`...)
	b = appendPoints(b, c.Dots)
	b = append(b, `"></polyline>`...)
	for _, d := range c.Dots {
		b = append(b, `<circle class="dot" cx="`...)
		b = appendF1(b, d.X)
		b = append(b, `" cy="`...)
		b = appendF1(b, d.Y)
		b = append(b, `" r="3.5"><title>`...)
		b = d.t.AppendFormat(b, "2 Jan 2006")
		b = append(b, ": "...)
		b = appendHTMLEscaped(b, pagedata.WithUnit(d.v, c.unit))
		b = append(b, `</title></circle>`...)
	}
	return append(b, `</svg>`...)
}

// appendF1 appends v with one decimal, as f1 formats it. strconv's
// fixed-precision formatting is slow, so a coordinate that is clearly not
// halfway between two tenths is rounded here: 10·v is then within 1e-9 of
// its computed value, far from the halfway point.
func appendF1(b []byte, v float64) []byte {
	if v >= 0 && v < 1e6 {
		t := v * 10
		n := math.Floor(t)
		if frac := t - n; math.Abs(frac-0.5) > 1e-6 {
			if frac > 0.5 {
				n++
			}
			i := int64(n)
			b = strconv.AppendInt(b, i/10, 10)
			return append(b, '.', byte('0'+i%10))
		}
	}
	return strconv.AppendFloat(b, v, 'f', 1, 64)
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

// appendPoints appends the points attribute of a polyline: "x,y x,y …".
func appendPoints(b []byte, pts []dot) []byte {
	for i, d := range pts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendF1(b, d.X)
		b = append(b, ',')
		b = appendF1(b, d.Y)
	}
	return b
}
