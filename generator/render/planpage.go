package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/pagedata"
)

// PlanScore is the team page's plan score section (the current period's),
// built in Go like the page's other sections: a portal has thousands of
// team pages. "" when the team has no plan score.
func (d *teamData) PlanScore() (template.HTML, error) {
	pl := d.Plan
	if pl == nil {
		return "", nil
	}
	return d.build(func(m *markup, s *site) {
		m.Raw("\n" + `<section class="panel power plan lvl-`)
		m.Text(pl.Level)
		m.Raw(`" id="plan-score" aria-labelledby="plan-h">` + "\n" + `<h2 id="plan-h">Plan score <span class="plan-score">`)
		m.Int(pl.Score)
		m.Raw(`</span><span class="sub">/100 for `)
		m.Text(pl.Period.Name)
		m.Raw(` · focus, measurable outcomes, ownership, alignment and freshness</span></h2>` + "\n" + `<dl class="facts">`)
		for _, part := range pl.Parts {
			m.Raw("\n<div")
			if part.Weakest {
				m.Raw(` class="weakest"`)
			}
			m.Raw(`><dt>`)
			m.Text(part.Name)
			m.Raw(`</dt><dd>`)
			m.Text(part.Value)
			m.Raw(` <span class="sub">`)
			m.Text(part.Count)
			m.Raw(`</span></dd></div>`)
		}
		m.Raw("\n</dl>\n")
		if pl.Fix == "" {
			m.Raw(`<p class="ok"><span aria-hidden="true">✓</span> The review found nothing to fix in this plan.</p>`)
		} else {
			m.Raw(`<p class="fix-first"><strong>What to fix first:</strong> `)
			m.Text(pl.Fix)
			if pl.More > 0 {
				m.Raw(` <span class="sub">(and `)
				m.Text(pagedata.Plural(pl.More, "more finding"))
				m.Raw(`)</span>`)
			}
			m.Raw("</p>\n")
			m.findings(pl.FixFindings)
		}
		m.Raw("\n</section>")
	})
}

// findings appends a list of review findings as the theme's "findings"
// template shows them, each message's code spans as <code>.
func (m *markup) findings(fs []pagedata.Finding) {
	m.Raw(`<ul class="issues findings">`)
	for _, f := range fs {
		m.Raw("\n" + `<li class="sev-`)
		m.Text(string(f.Severity))
		m.Raw(`"><span class="rule">`)
		m.Text(f.Rule)
		m.Raw(`</span> `)
		appendCodeSpans(&m.Writer, f.Message)
		m.Raw(` <span class="pos">`)
		if f.Path != "" {
			m.Raw(`<a href="`)
			m.link(f.Path)
			m.Raw(`">`)
			m.Text(f.Position())
			m.Raw(`</a>`)
		} else {
			m.Text(f.Position())
		}
		m.Raw(`</span></li>`)
	}
	m.Raw("\n</ul>")
}
