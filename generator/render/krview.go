package render

import (
	"html/template"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// krView is a key result on its objective's page: the .V of the partial
// kr-card.html. Besides the key result and its chart it holds what the
// card shows, formatted once here, so that the template prints fields
// instead of calling functions: a call in a template is a reflective call
// with several allocations, and a portal has tens of thousands of cards.
type krView struct {
	K     *model.KeyResult
	Chart *chart // nil without check-ins to plot

	Anchor      string        // the card's id: "kr-" and the key result's id
	Pill, Meter template.HTML // status pill and progress bar
	Kind        string        // "metric", "keep above", "milestones" …
	Detail      string        // the one-line summary: "420 ms → 312 ms → 250 ms"
	Owners      template.HTML // " · Owner " and the linked owner(s), or ""
	Links       template.HTML // what it contributes to and what feeds it, or ""
	Weight      string        // its weight, "" when 1
	Confidence  string        // the latest confidence, "" when none
	HasData     bool          // it has a chart or check-ins

	// What it is measured by: one of these, or none (a yes/no or
	// qualitative key result).
	Metric, Threshold, Milestones, Rollup bool
	From                                  string // metric: "Start" or "Baseline"
	Line                                  string // threshold: "above" or "below"
	Base                                  string // metric: the start or baseline; threshold: the line
	Current, Target, Stretch              string // with units; Stretch "" when none
	Measured, Holds                       bool   // threshold: it has a value, which holds
}

// newKRView returns the view of k on the objective page pg.
func (s *site) newKRView(k *model.KeyResult, pg *page) krView {
	v := krView{K: k, Chart: newChart(k, s.p.Today), Anchor: pagedata.KRAnchor(k),
		Kind: pagedata.KindLabel(k.Kind), Detail: pagedata.KRDetail(k), Confidence: pagedata.ConfidenceText(k.Computed)}
	v.HasData = v.Chart != nil || len(k.Checkins) > 0
	var err error
	v.Pill, err = s.frags.keyResultPillHTML(k)
	pg.fail(err)
	v.Meter, err = s.frags.keyResultMeterHTML(k)
	pg.fail(err)
	v.Owners, err = pg.Owners(k.Owners, k.Owner)
	pg.fail(err)
	v.Links, err = pg.KRLinks(k)
	pg.fail(err)
	if k.Weight != 1.0 {
		v.Weight = pagedata.NumText(k.Weight)
	}
	switch k.Kind {
	case model.KindMetric:
		v.Metric, v.From = true, "Start"
		if k.Start == nil && pagedata.Baseline(k) != nil {
			v.From = "Baseline"
		}
		v.Base, v.Current, v.Target = pagedata.ValueOrDash(pagedata.Baseline(k), k.Unit), pagedata.CurrentText(k), pagedata.ValueOrDash(k.Target, k.Unit)
		if k.Stretch != nil {
			v.Stretch = pagedata.ValueOrDash(k.Stretch, k.Unit)
		}
	case model.KindKeepAbove, model.KindKeepBelow:
		v.Threshold, v.Line = true, "above"
		if k.Kind == model.KindKeepBelow {
			v.Line = "below"
		}
		v.Base, v.Current = pagedata.ValueOrDash(k.Threshold, k.Unit), pagedata.CurrentText(k)
		_, v.Measured = compute.CurrentValue(k)
		v.Holds = pagedata.Holds(k)
	case model.KindMilestones:
		v.Milestones = true
	case model.KindRollup:
		v.Rollup = true
	}
	return v
}
