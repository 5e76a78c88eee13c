package render

import (
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// chart is an inline SVG line chart of a key result's check-ins over its
// period, with the expected path (or the threshold) as a dashed line. All
// coordinates are in the 0 0 W H view box; SVG rounds them to whole
// units.
type chart struct {
	W, H     int
	Label    string   // accessible description
	Dots     []dot    // the check-ins, joined by a line
	Ref      *segment // expected path or threshold line
	Steps    []dot    // or the expected path as steps at due dates
	RefLabel string
	Today    float64 // x of today's mark, when HasToday
	HasToday bool    // today is in the period
	YTicks   [2]tick // the highest and lowest value
	XTicks   [2]tick // the period's first and last day
	Left     float64 // x of the plot's left edge
	Right    float64
	Top      float64
	Bottom   float64
	PlotW    float64
	PlotH    float64
	LabelX   float64 // right edge of the y labels
}

// dot is a check-in: where it is, and its date and value.
type dot struct {
	X, Y float64
	t    time.Time
	v    float64
}
type segment struct{ X1, Y1, X2, Y2 float64 }
type tick struct {
	At            float64
	Label, Anchor string
}

const (
	chartW, chartH             = 640, 180
	padR, padT, padB           = 16, 14, 26
	plotH                      = chartH - padT - padB
	labelCharW                 = 6.4 // width of a y-label character, 11px font
	day                        = 24 * time.Hour
	expectedLabel, threshLabel = "expected", "threshold"
)

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
	case k.Kind == model.KindMetric && pagedata.Baseline(k) != nil && k.Target != nil && isFinite(*pagedata.Baseline(k)) && isFinite(*k.Target):
		ref = [2]float64{*pagedata.Baseline(k), *k.Target}
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
	hiLabel, loLabel := pagedata.WithUnit(hi, unit), pagedata.WithUnit(lo, unit)
	padL := 10 + labelCharW*float64(max(utf8.RuneCountInString(hiLabel), utf8.RuneCountInString(loLabel)))
	padL = min(max(padL, 36), 160)
	margin := (hi - lo) * 0.08
	sc := scale{t0: t0, t1: t1, lo: lo - margin, hi: hi + margin, left: padL, width: chartW - padR - padL}
	c := &chart{
		W: chartW, H: chartH, Left: padL, Right: chartW - padR, Top: padT, Bottom: padT + plotH,
		PlotW: sc.width, PlotH: plotH, LabelX: padL - 6,
		YTicks: [2]tick{{sc.y(hi), hiLabel, "end"}, {sc.y(lo), loLabel, "end"}},
		XTicks: [2]tick{{sc.x(pe.Start), pagedata.DateText(pe.Start), "start"}, {sc.x(pe.End.Add(day)), pagedata.DateText(pe.End), "end"}},
	}
	steps := dueSteps(k, pe)
	switch {
	case percent && steps != nil:
		for _, st := range steps {
			c.Steps = append(c.Steps, dot{X: sc.x(st.t), Y: sc.y(st.v)})
		}
		c.RefLabel = label
	case label != "":
		c.Ref = &segment{sc.x(pe.Start), sc.y(ref[0]), sc.x(pe.End.Add(day)), sc.y(ref[1])}
		c.RefLabel = label
	}
	if pe.Contains(today) {
		c.Today, c.HasToday = sc.x(today), true
	}
	for i := range pts {
		pts[i].X, pts[i].Y = sc.x(pts[i].t), sc.y(pts[i].v)
	}
	c.Dots = pts
	c.Label = chartLabel(pts, unit, label, ref)
	if c.Steps != nil {
		c.Label = chartLabel(pts, unit, "", ref) + stepsLabel(k, steps, pe)
	}
	return c
}

// chartPoints returns the values to plot: check-in values for metric and
// keep-above/below key results, else progress in percent (percent true).
func chartPoints(k *model.KeyResult) (pts []dot, percent bool) {
	pts = make([]dot, 0, len(k.Checkins))
	switch k.Kind {
	case model.KindMetric, model.KindKeepAbove, model.KindKeepBelow:
		for _, c := range k.Checkins {
			if c.Value != nil && isFinite(*c.Value) {
				pts = append(pts, dot{t: c.Date, v: *c.Value})
			}
		}
		return pts, false
	}
	for _, c := range k.Checkins {
		switch {
		case c.Progress != nil && isFinite(*c.Progress):
			pts = append(pts, dot{t: c.Date, v: *c.Progress})
		case c.Done != nil && *c.Done:
			pts = append(pts, dot{t: c.Date, v: 100})
		case c.Done != nil:
			pts = append(pts, dot{t: c.Date, v: 0})
		}
	}
	return pts, true
}

// chartLabel is the chart's accessible name: how many values, the first and
// the last, and the expected path or the threshold. The key result's title
// is the heading of the card the chart is in. Built with appends: a
// portal has a chart per key result.
func chartLabel(pts []dot, unit, refLabel string, ref [2]float64) string {
	first, last := pts[0], pts[len(pts)-1]
	b := make([]byte, 0, 160)
	b = append(b, "Check-ins: "...)
	b = strconv.AppendInt(b, int64(len(pts)), 10)
	if len(pts) == 1 {
		b = append(b, " value"...)
	} else {
		b = append(b, " values"...)
	}
	b = append(b, ", from "...)
	b = pagedata.AppendWithUnit(b, first.v, unit)
	b = append(b, " on "...)
	b = first.t.AppendFormat(b, "2 Jan 2006")
	b = append(b, " to "...)
	b = pagedata.AppendWithUnit(b, last.v, unit)
	b = append(b, " on "...)
	b = last.t.AppendFormat(b, "2 Jan 2006")
	switch refLabel {
	case expectedLabel:
		b = append(b, "; expected to move from "...)
		b = pagedata.AppendWithUnit(b, ref[0], unit)
		b = append(b, " to "...)
		b = pagedata.AppendWithUnit(b, ref[1], unit)
		b = append(b, " over the period"...)
	case threshLabel:
		b = append(b, "; threshold "...)
		b = pagedata.AppendWithUnit(b, ref[0], unit)
	}
	return string(b)
}

// scale maps dates and values to view-box coordinates.
type scale struct {
	t0, t1      time.Time
	lo, hi      float64
	left, width float64 // the plot's left edge and width
}

func (s scale) x(t time.Time) float64 {
	span := s.t1.Sub(s.t0)
	if span <= 0 {
		return s.left
	}
	return s.left + s.width*float64(t.Sub(s.t0))/float64(span)
}

func (s scale) y(v float64) float64 {
	return padT + float64(plotH)*(s.hi-v)/(s.hi-s.lo)
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

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
