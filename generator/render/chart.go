package render

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
)

// chart is an inline SVG line chart of a key result's check-ins over its
// period, with the expected path (or the threshold) as a dashed line. All
// coordinates are preformatted numbers in the 0 0 W H view box.
type chart struct {
	W, H     int
	Label    string // accessible description
	Line     string // polyline points of the check-ins
	Dots     []dot
	Ref      *segment // expected path or threshold line
	RefLabel string
	Today    string // x of today's mark, "" when outside the period
	YTicks   []tick
	XTicks   []tick
	Left     string // x of the plot's left edge
	Right    string
	Top      string
	Bottom   string
	PlotW    string
	PlotH    string
	LabelX   string // right edge of the y labels
}

type dot struct{ X, Y, Title string }
type segment struct{ X1, Y1, X2, Y2 string }
type tick struct{ At, Label, Anchor string }

const (
	chartW, chartH             = 640, 180
	padR, padT, padB           = 16, 14, 26
	plotH                      = chartH - padT - padB
	labelCharW                 = 6.4 // width of a y-label character, 11px font
	day                        = 24 * time.Hour
	expectedLabel, threshLabel = "expected", "threshold"
)

// point is one plotted check-in.
type point struct {
	t time.Time
	v float64
}

// newChart returns the chart of k's check-ins, or nil when no check-in has
// a value to plot.
func newChart(k *model.KeyResult, today time.Time) *chart {
	pe := k.Objective.Period
	if pe == nil {
		return nil
	}
	pts, percent := chartPoints(k)
	if len(pts) == 0 {
		return nil
	}
	lo, hi := pts[0].v, pts[0].v
	grow := func(v float64) { lo, hi = min(lo, v), max(hi, v) }
	for _, p := range pts {
		grow(p.v)
	}
	var ref [2]float64
	label := expectedLabel
	switch {
	case percent:
		ref = [2]float64{0, 100}
	case k.Kind == model.KindMetric && k.Start != nil && k.Target != nil && isFinite(*k.Start) && isFinite(*k.Target):
		ref = [2]float64{*k.Start, *k.Target}
	case k.Threshold != nil && isFinite(*k.Threshold):
		ref, label = [2]float64{*k.Threshold, *k.Threshold}, threshLabel
	default:
		ref, label = [2]float64{lo, lo}, ""
	}
	grow(ref[0])
	grow(ref[1])
	if hi == lo {
		hi, lo = hi+1, lo-1
	}
	t0, t1 := pe.Start, pe.End.Add(day)
	for _, p := range pts {
		t0, t1 = minTime(t0, p.t), maxTime(t1, p.t)
	}
	unit := k.Unit
	if percent {
		unit = "%"
	}
	hiLabel, loLabel := withUnit(hi, unit), withUnit(lo, unit)
	padL := 10 + labelCharW*float64(max(utf8.RuneCountInString(hiLabel), utf8.RuneCountInString(loLabel)))
	padL = min(max(padL, 36), 160)
	margin := (hi - lo) * 0.08
	sc := scale{t0: t0, t1: t1, lo: lo - margin, hi: hi + margin, left: padL, width: chartW - padR - padL}
	c := &chart{
		W: chartW, H: chartH, Left: f1(padL), Right: f1(chartW - padR), Top: f1(padT), Bottom: f1(padT + plotH),
		PlotW: f1(sc.width), PlotH: f1(plotH), LabelX: f1(padL - 6),
		YTicks: []tick{{sc.y(hi), hiLabel, "end"}, {sc.y(lo), loLabel, "end"}},
		XTicks: []tick{{sc.x(pe.Start), dateText(pe.Start), "start"}, {sc.x(pe.End.Add(day)), dateText(pe.End), "end"}},
	}
	if label != "" {
		c.Ref = &segment{sc.x(pe.Start), sc.y(ref[0]), sc.x(pe.End.Add(day)), sc.y(ref[1])}
		c.RefLabel = label
	}
	if pe.Contains(today) {
		c.Today = sc.x(today)
	}
	var line []string
	for _, p := range pts {
		x, y := sc.x(p.t), sc.y(p.v)
		line = append(line, x+","+y)
		c.Dots = append(c.Dots, dot{X: x, Y: y, Title: dateText(p.t) + ": " + withUnit(p.v, unit)})
	}
	c.Line = strings.Join(line, " ")
	c.Label = chartLabel(k, pts, unit, label, ref)
	return c
}

// chartPoints returns the values to plot: check-in values for metric and
// keep-above/below key results, else progress in percent (percent true).
func chartPoints(k *model.KeyResult) (pts []point, percent bool) {
	switch k.Kind {
	case model.KindMetric, model.KindKeepAbove, model.KindKeepBelow:
		for _, c := range k.Checkins {
			if c.Value != nil && isFinite(*c.Value) {
				pts = append(pts, point{c.Date, *c.Value})
			}
		}
		return pts, false
	}
	for _, c := range k.Checkins {
		switch {
		case c.Progress != nil && isFinite(*c.Progress):
			pts = append(pts, point{c.Date, *c.Progress})
		case c.Done != nil && *c.Done:
			pts = append(pts, point{c.Date, 100})
		case c.Done != nil:
			pts = append(pts, point{c.Date, 0})
		}
	}
	return pts, true
}

func chartLabel(k *model.KeyResult, pts []point, unit, refLabel string, ref [2]float64) string {
	first, last := pts[0], pts[len(pts)-1]
	var b strings.Builder
	b.WriteString("Check-ins of “" + k.Title + "”: ")
	b.WriteString(plural(len(pts), "value"))
	b.WriteString(", from " + withUnit(first.v, unit) + " on " + dateText(first.t))
	b.WriteString(" to " + withUnit(last.v, unit) + " on " + dateText(last.t))
	switch refLabel {
	case expectedLabel:
		b.WriteString("; expected to move from " + withUnit(ref[0], unit) + " to " + withUnit(ref[1], unit) + " over the period")
	case threshLabel:
		b.WriteString("; threshold " + withUnit(ref[0], unit))
	}
	return b.String()
}

// scale maps dates and values to view-box coordinates.
type scale struct {
	t0, t1      time.Time
	lo, hi      float64
	left, width float64 // the plot's left edge and width
}

func (s scale) x(t time.Time) string {
	span := s.t1.Sub(s.t0)
	if span <= 0 {
		return f1(s.left)
	}
	return f1(s.left + s.width*float64(t.Sub(s.t0))/float64(span))
}

func (s scale) y(v float64) string {
	return f1(padT + float64(plotH)*(s.hi-v)/(s.hi-s.lo))
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
