package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/pagedata"
)

// The sparkline's drawing box: 0–1 maps to sparkBase–sparkTop.
const sparkW, sparkH, sparkTop, sparkBase = 96, 24, 3, 21

// Sparkline is a team's results across periods (pagedata.TeamTrend) as a
// small inline SVG line, each period a dot (filled green when scored);
// its title spells the whole series out, for screen readers and as a
// tooltip.
func (p *page) Sparkline(name string, pts []pagedata.TrendPoint) (template.HTML, error) {
	return p.build(func(m *markup) {
		label := name + ":"
		for i, tp := range pts {
			if i > 0 {
				label += ","
			}
			label += " " + tp.Period.Name + " " + trendValue(tp)
		}
		m.Raw(`<svg class="spark" viewBox="0 0 96 24" width="96" height="24" role="img"><title>`)
		m.Text(label)
		m.Raw(`</title>`)
		with := 0
		for _, tp := range pts {
			if tp.Has {
				with++
			}
		}
		if with > 1 {
			m.line(pts)
		}
		for i, tp := range pts {
			if !tp.Has {
				continue
			}
			m.Raw(`<circle r="2" cx="`)
			m.Int(sparkX(i, len(pts)))
			m.Raw(`" cy="`)
			m.Int(sparkY(tp.Value))
			if tp.Score {
				m.Raw(`" class="scored`)
			}
			m.Raw(`"></circle>`)
		}
		m.Raw(`</svg>`)
	})
}

// line appends the polyline through the points with data.
func (m *markup) line(pts []pagedata.TrendPoint) {
	m.Raw(`<polyline points="`)
	first := true
	for i, tp := range pts {
		if !tp.Has {
			continue
		}
		if !first {
			m.Raw(" ")
		}
		first = false
		m.Int(sparkX(i, len(pts)))
		m.Raw(",")
		m.Int(sparkY(tp.Value))
	}
	m.Raw(`"></polyline>`)
}

// trendValue words a point: a score, a progress, or "no data".
func trendValue(tp pagedata.TrendPoint) string {
	switch {
	case !tp.Has:
		return "no data"
	case tp.Score:
		return "score " + pagedata.ScoreText(tp.Value)
	}
	return "progress " + pagedata.PercentText(tp.Value)
}

// sparkX is the x of point i of n, the last at the right edge.
func sparkX(i, n int) int {
	if n <= 1 {
		return sparkW - 4
	}
	return 4 + i*(sparkW-8)/(n-1)
}

// sparkY is the y of value v, clipped to 0–1.
func sparkY(v float64) int {
	v = min(max(v, 0), 1)
	return sparkBase - int(v*float64(sparkBase-sparkTop)+0.5)
}
