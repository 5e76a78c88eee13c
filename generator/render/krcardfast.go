package render

import (
	"html/template"
	"strings"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// KRCard is the partial kr-card.html with the page and v, as
// {{ template "kr-card.html" ($.With .) }} prints it: the card of a key
// result on its objective's page. A portal has a card per key result, and
// executing the template is most of an objective page's cost; so when the
// theme's kr-card.html is the default theme's (theme.IsDefault), the card
// is built here instead, the same bytes (TestKRCardIsThePartial checks
// it). A theme that overrides kr-card.html gets its own template.
func (p *page) KRCard(v krView) (template.HTML, error) {
	if !p.Site.frags.fastKRCard {
		return p.Site.frags.Execute("kr-card.html", p.With(v))
	}
	return p.build(func(m *markup) { p.Site.krCard(m, p, &v) })
}

// KRCards are the cards of vs (KRCard), each after a newline: one call
// from the layout for all the cards of a page.
func (p *page) KRCards(vs []krView) (template.HTML, error) {
	if !p.Site.frags.fastKRCard {
		var b strings.Builder
		for _, v := range vs {
			h, err := p.Site.frags.Execute("kr-card.html", p.With(v))
			if err != nil {
				return "", err
			}
			b.WriteString("\n" + string(h))
		}
		return template.HTML(b.String()), nil
	}
	return p.build(func(m *markup) {
		for i := range vs {
			m.Raw("\n")
			p.Site.krCard(m, p, &vs[i])
		}
	})
}

// krCard appends what the default kr-card.html prints for v on page p.
func (s *site) krCard(m *markup, p *page, v *krView) {
	k := v.K
	m.Raw(`<article class="krcard" id="`)
	m.Text(v.Anchor)
	m.Raw(`">` + "\n" + `<div class="card-head">` + "\n" + `<h3><span class="krnum">`)
	m.Text(k.ID)
	m.Raw(`</span> `)
	m.Text(k.Title)
	for _, t := range k.Tags {
		m.Raw(` <span class="tag">`)
		m.Text(t)
		m.Raw(`</span>`)
	}
	m.Raw("</h3>\n")
	m.HTML(v.Pill)
	m.Raw("\n</div>\n" + `<div class="kr-top">` + "\n")
	m.HTML(v.Meter)
	m.Raw("\n" + `<p class="meta"><span class="kindtag">`)
	m.Text(v.Kind)
	m.Raw(`</span> `)
	m.Text(v.Detail)
	m.HTML(v.Owners)
	if v.Weight != "" {
		m.Raw(` · weight `)
		m.Text(v.Weight)
	}
	if v.Confidence != "" {
		m.Raw(` · <span class="confidence">`)
		m.Text(v.Confidence)
		m.Raw(`</span>`)
	}
	m.Raw("</p>\n</div>")
	m.HTML(v.Links)
	s.krCardMeasure(m, p, v)
	if v.HasData {
		m.Raw("\n" + `<div class="kr-data">`)
	}
	if c := v.Chart; c != nil {
		m.Raw("\n" + `<figure class="chart">` + "\n")
		m.HTML(p.ChartSVG(c))
		m.Raw("\n</figure>")
	}
	s.checkinTable(m, k)
	if v.HasData {
		m.Raw("\n</div>")
	}
	krCardInitiatives(m, k.Initiatives)
	m.Raw("\n</article>")
}

// krCardMeasure appends, after a newline, what k is measured by: the
// facts of a metric or threshold, the milestones, or a roll-up's sources.
func (s *site) krCardMeasure(m *markup, p *page, v *krView) {
	k := v.K
	switch {
	case v.Metric:
		m.Raw("\n" + `<dl class="facts metric"><div><dt>`)
		m.Text(v.From)
		m.Raw(`</dt><dd>`)
		m.Text(v.Base)
		m.Raw(`</dd></div><div><dt>Current</dt><dd>`)
		m.Text(v.Current)
		m.Raw(`</dd></div><div><dt>Target</dt><dd>`)
		m.Text(v.Target)
		if v.Stretch != "" {
			m.Raw(`</dd></div><div><dt>Stretch</dt><dd>`)
			m.Text(v.Stretch)
		}
		m.Raw(`</dd></div></dl>`)
	case v.Threshold:
		m.Raw("\n" + `<dl class="facts metric"><div><dt>Keep at or `)
		m.Text(v.Line)
		m.Raw(`</dt><dd>`)
		m.Text(v.Base)
		m.Raw(`</dd></div><div><dt>Current</dt><dd>`)
		m.Text(v.Current)
		m.Raw(`</dd></div><div><dt>Holds</dt><dd>`)
		switch {
		case v.Measured && v.Holds:
			m.Raw(`<span class="pill on-track">yes</span>`)
		case v.Measured:
			m.Raw(`<span class="pill off-track">no</span>`)
		default:
			m.Raw(`<span class="meta">no value yet</span>`)
		}
		m.Raw(`</dd></div></dl>`)
	case v.Milestones:
		m.Raw("\n" + `<ul class="checklist">`)
		for _, ms := range k.Milestones {
			m.checkItem(ms.Done)
			m.Text(ms.Title)
			if ms.Due != nil {
				m.Raw(` <span class="meta">`)
				m.Text(strings.TrimPrefix(pagedata.DueText(ms.Due), " · "))
				m.Raw(`</span>`)
			}
			if ms.Done {
				m.Raw(` <span class="sr">(done)</span></li>`)
			} else {
				m.Raw(` <span class="sr">(to do)</span></li>`)
			}
		}
		m.Raw("\n</ul>")
	case v.Rollup:
		switch {
		case len(k.Children) > 0:
			m.Raw("\n" + `<p class="meta">Computed from the objectives aligned to this key result`)
			if len(k.AlignedFrom) > 0 {
				m.Raw(` and the key results that feed it`)
			}
			m.Raw(":</p>\n")
			s.objectiveRows(m, k.Children, p.Period)
		case len(k.AlignedFrom) > 0:
			m.Raw("\n" + `<p class="meta">Computed from the key results that feed it.</p>`)
		default:
			m.Raw("\n" + `<p class="empty">Nothing aligns to this key result yet, so it has no data.</p>`)
		}
	}
}

// krCardInitiatives appends, after a newline, the initiatives; nothing
// without any.
func krCardInitiatives(m *markup, list []model.Initiative) {
	if len(list) == 0 {
		return
	}
	m.Raw("\n" + `<div class="initiatives">` + "\n<h4>Initiatives</h4>\n" + `<ul class="checklist">`)
	for i := range list {
		in := &list[i]
		m.checkItem(in.Done)
		m.outLink(in.URL, in.Title)
		if len(in.Owners) > 0 {
			m.Raw(` <span class="meta">`)
			m.people(in.Owners, nil)
			m.Raw(`</span>`)
		}
		if in.Done {
			m.Raw(` <span class="sr">(done)</span></li>`)
		} else {
			m.Raw(` <span class="sr">(open)</span></li>`)
		}
	}
	m.Raw("\n</ul>\n</div>")
}
