package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
)

// The key result cards of an objective page, built in Go (see markup):
// the markup of the default theme's former "krfull" partial.

// HTML is the key result's card on its objective's page.
func (v krView) HTML() (template.HTML, error) {
	p := v.page
	return p.build(func(m *markup) { p.Site.krCard(m, v, p.Period) })
}

// krCard appends the card of key result v.K on an objective page of
// period pe.
func (s *site) krCard(m *markup, v krView, pe *model.Period) {
	k, c := v.K, v.Chart
	m.raw(`<article class="krcard" id="`)
	m.text(krAnchor(k))
	m.raw(`">` + "\n" + `<div class="card-head">` + "\n" + `<h3><span class="krnum">`)
	m.text(k.ID)
	m.raw(`</span> `)
	m.text(k.Title)
	for _, t := range k.Tags {
		m.raw(` <span class="tag">`)
		m.text(t)
		m.raw(`</span>`)
	}
	m.raw("</h3>\n")
	m.frag(s.frags.keyResultPillHTML(k))
	m.raw("\n</div>\n" + `<div class="kr-top">` + "\n")
	m.frag(s.frags.keyResultMeterHTML(k))
	m.raw("\n" + `<p class="meta"><span class="kindtag">`)
	m.text(kindLabel(k.Kind))
	m.raw(`</span> `)
	m.text(krDetail(k))
	m.owners(k.Owners, k.Owner, false)
	if k.Weight != 1.0 {
		m.raw(` · weight `)
		m.text(numText(k.Weight))
	}
	if c := confidenceText(k.Computed); c != "" {
		m.raw(` · <span class="confidence">`)
		m.text(c)
		m.raw(`</span>`)
	}
	m.raw("</p>\n</div>")
	m.krLinks(k)
	s.krFacts(m, k, pe)
	if c != nil || len(k.Checkins) > 0 {
		m.raw("\n" + `<div class="kr-data">`)
	}
	if c != nil {
		m.raw("\n" + `<figure class="chart">` + "\n")
		m.b = c.appendSVG(m.b)
		m.raw("\n" + `<figcaption><span class="key series">check-ins</span>`)
		if c.RefLabel != "" {
			m.raw(` <span class="key ref">`)
			m.text(c.RefLabel)
			m.raw(`</span>`)
		}
		if c.Today != "" {
			m.raw(` <span class="key today">today</span>`)
		}
		m.raw("</figcaption>\n</figure>")
	}
	s.checkinTable(m, k)
	if c != nil || len(k.Checkins) > 0 {
		m.raw("\n</div>")
	}
	if len(k.Initiatives) > 0 {
		m.raw("\n" + `<div class="initiatives">` + "\n<h4>Initiatives</h4>\n" + `<ul class="checklist">`)
		for _, in := range k.Initiatives {
			m.checkItem(in.Done)
			if u := safeLink(in.URL); u != "" {
				m.raw(`<a href="`)
				m.url(u)
				m.raw(`" rel="noopener">`)
				m.text(in.Title)
				m.raw(`</a>`)
			} else {
				m.text(in.Title)
			}
			if len(in.Owners) > 0 {
				m.raw(` <span class="meta">`)
				m.people(in.Owners, nil)
				m.raw(`</span>`)
			}
			m.checkItemEnd(in.Done, "(open)")
		}
		m.raw("\n</ul>\n</div>")
	}
	m.raw("\n</article>")
}

// krFacts appends what kind k is measured by: start, current and target
// of a metric, the line of keep-above and keep-below, the milestones, or
// the objectives a roll-up is computed from.
func (s *site) krFacts(m *markup, k *model.KeyResult, pe *model.Period) {
	switch k.Kind {
	case model.KindMetric:
		m.raw("\n" + `<dl class="facts metric"><div><dt>`)
		if k.Start != nil || baseline(k) == nil {
			m.raw(`Start`)
		} else {
			m.raw(`Baseline`)
		}
		m.raw(`</dt><dd>`)
		m.text(optValue(baseline(k), k.Unit))
		m.raw(`</dd></div><div><dt>Current</dt><dd>`)
		m.text(currentValue(k))
		m.raw(`</dd></div><div><dt>Target</dt><dd>`)
		m.text(optValue(k.Target, k.Unit))
		if k.Stretch != nil {
			m.raw(`</dd></div><div><dt>Stretch</dt><dd>`)
			m.text(optValue(k.Stretch, k.Unit))
		}
		m.raw(`</dd></div></dl>`)
	case model.KindKeepAbove, model.KindKeepBelow:
		line := constant("Keep at or above")
		if k.Kind == model.KindKeepBelow {
			line = "Keep at or below"
		}
		m.raw("\n" + `<dl class="facts metric"><div><dt>`)
		m.raw(line)
		m.raw(`</dt><dd>`)
		m.text(optValue(k.Threshold, k.Unit))
		m.raw(`</dd></div><div><dt>Current</dt><dd>`)
		m.text(currentValue(k))
		m.raw(`</dd></div><div><dt>Holds</dt><dd>`)
		if _, ok := compute.CurrentValue(k); !ok {
			m.raw(`<span class="meta">no value yet</span>`)
		} else if holds(k) {
			m.raw(`<span class="pill on-track"><span class="ico" aria-hidden="true">✓</span>yes</span>`)
		} else {
			m.raw(`<span class="pill off-track"><span class="ico" aria-hidden="true">✕</span>no</span>`)
		}
		m.raw(`</dd></div></dl>`)
	case model.KindMilestones:
		m.raw("\n" + `<ul class="checklist">`)
		for _, ms := range k.Milestones {
			m.checkItem(ms.Done)
			m.text(ms.Title)
			if ms.Due != nil {
				m.raw(` <span class="meta">`)
				m.text(dueText(ms.Due)[len(" · "):])
				m.raw(`</span>`)
			}
			m.checkItemEnd(ms.Done, "(to do)")
		}
		m.raw("\n</ul>")
	case model.KindRollup:
		if len(k.Children) == 0 {
			m.raw("\n" + `<p class="empty">No objective aligns to this key result yet, so its progress stays at 0.</p>`)
			return
		}
		m.raw("\n" + `<p class="meta">Computed from the objectives aligned to this key result:</p>` + "\n")
		s.objectiveRows(m, k.Children, pe)
	}
}

// checkItem opens an item of a checklist.
func (m *markup) checkItem(done bool) {
	if done {
		m.raw("\n" + `<li class="done"><span class="box" aria-hidden="true">✓</span> `)
	} else {
		m.raw("\n" + `<li class=""><span class="box" aria-hidden="true"></span> `)
	}
}

// checkItemEnd closes an item of a checklist, saying todo when not done.
func (m *markup) checkItemEnd(done bool, todo constant) {
	if done {
		m.raw(` <span class="sr">(done)</span></li>`)
	} else {
		m.raw(` <span class="sr">`)
		m.raw(todo)
		m.raw(`</span></li>`)
	}
}

// checkinTable appends k's check-ins, newest first.
func (s *site) checkinTable(m *markup, k *model.KeyResult) {
	n := len(k.Checkins)
	if n == 0 {
		return
	}
	m.raw("\n" + `<details class="history"`)
	if n <= 12 {
		m.raw(` open`)
	}
	m.raw(">\n" + `<summary>Check-ins <span class="meta">(`)
	m.int(n)
	conf := hasConfidence(k)
	m.raw(`)</span></summary>` + "\n" + `<div class="table-wrap"><table class="data">` + "\n" +
		`<thead><tr><th scope="col">Date</th><th scope="col" class="n">Reported</th>`)
	if conf {
		m.raw(`<th scope="col" class="n">Confidence</th>`)
	}
	m.raw(`<th scope="col">Status</th><th scope="col">Note</th></tr></thead>` + "\n<tbody>")
	for i := n - 1; i >= 0; i-- {
		c := &k.Checkins[i]
		m.raw("\n" + `<tr><td><time datetime="`)
		m.b = c.Date.AppendFormat(m.b, "2006-01-02")
		m.raw(`">`)
		m.b = c.Date.AppendFormat(m.b, "2 Jan 2006")
		m.raw(`</time></td><td class="n">`)
		m.text(checkinValue(k, c))
		if conf {
			m.raw(`</td><td class="n">`)
			if c.Confidence != nil {
				m.text(numText(*c.Confidence) + "/10")
			}
		}
		m.raw(`</td><td>`)
		if c.Status != "" {
			m.frag(s.frags.statusPillHTML(c.Status))
		}
		m.raw(`</td><td>`)
		m.value(s.Inline(c.Note))
		m.raw(`</td></tr>`)
	}
	m.raw("\n</tbody>\n</table></div>\n</details>")
}

// person appends the "person" partial: a link to x, or "no owner".
func (m *markup) person(x *model.Person) {
	if x == nil {
		m.raw(`<span class="who none">no owner</span>`)
		return
	}
	m.raw(`<a class="who" href="`)
	m.link(personPath(x))
	m.raw(`">`)
	m.text(x.Name)
	m.raw(`</a>`)
}

// team appends the "team" partial: a link to t, or nothing.
func (m *markup) team(t *model.Team) {
	if t == nil {
		return
	}
	m.raw(`<a class="team" href="`)
	m.link(teamPath(t))
	m.raw(`">`)
	m.text(t.Name)
	m.raw(`</a>`)
}
