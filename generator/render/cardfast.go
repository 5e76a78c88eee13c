package render

import (
	"html/template"
	"strings"

	"github.com/okrportal/okrportal/generator/model"
)

// ObjectiveCard is the partial objective-card.html with the page and the
// card of o in a list of period pe's objectives: what
// {{ template "objective-card.html" ($.CardIn o pe) }} prints. While the
// theme's objective-card.html is the default theme's, the card is built
// here instead, the same bytes (TestObjectiveCardIsThePartial checks it).
func (p *page) ObjectiveCard(o *model.Objective, pe *model.Period) (template.HTML, error) {
	pr := p.CardIn(o, pe)
	if !p.Site.frags.fastObjectiveCard {
		return p.Site.frags.Execute("objective-card.html", pr)
	}
	c := pr.V.(*card)
	return p.build(func(m *markup) { objectiveCard(m, c) })
}

// ObjectiveCards are the cards of objs in a list of period pe's
// objectives (ObjectiveCard), each after a newline: one call from the
// layout for a whole list, as in
//
//	<div class="cards">
//	{{- $.ObjectiveCards .Data.Now.Objectives $.Period }}
//	</div>
func (p *page) ObjectiveCards(objs []*model.Objective, pe *model.Period) (template.HTML, error) {
	if !p.Site.frags.fastObjectiveCard {
		var b strings.Builder
		for _, o := range objs {
			h, err := p.Site.frags.Execute("objective-card.html", p.CardIn(o, pe))
			if err != nil {
				return "", err
			}
			b.WriteString("\n" + string(h))
		}
		return template.HTML(b.String()), nil
	}
	cards := make([]*card, len(objs))
	for i, o := range objs {
		cards[i] = p.CardIn(o, pe).V.(*card)
	}
	return p.build(func(m *markup) {
		for _, c := range cards {
			m.Raw("\n")
			objectiveCard(m, c)
		}
	})
}

// objectiveCard appends what the default objective-card.html prints for c.
func objectiveCard(m *markup, c *card) {
	m.Raw(`<article class="card `)
	m.Text(c.Class)
	m.Raw(`">` + "\n" + `<div class="card-head">` + "\n" + `<h3><a href="`)
	m.URL(c.URL)
	m.Raw(`">`)
	m.Text(c.O.Title)
	m.Raw("</a></h3>\n")
	m.HTML(c.Pill)
	m.Raw("\n</div>\n")
	m.HTML(c.Meter)
	m.Raw("\n" + `<p class="meta">`)
	m.HTML(c.Team)
	m.Raw(` · `)
	m.HTML(c.Owners)
	if c.OtherPeriod != "" {
		m.Raw(` · `)
		m.Text(c.OtherPeriod)
	}
	m.Raw(`</p>`)
	if len(c.KRs) > 0 {
		m.Raw("\n" + `<ul class="krs">`)
		for i := range c.KRs {
			r := &c.KRs[i]
			m.Raw("\n" + `<li class="kr"><a class="t" href="`)
			m.URL(r.URL)
			m.Raw(`">`)
			m.Text(r.K.Title)
			m.Raw(`</a> <span class="d">`)
			m.Text(r.Detail)
			m.Raw(`</span>`)
			m.HTML(r.Meter)
			m.HTML(r.Pill)
			m.Raw(`</li>`)
		}
		m.Raw("\n</ul>")
	}
	m.Raw("\n</article>")
}
