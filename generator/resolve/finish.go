package resolve

import (
	"fmt"
	"sort"

	"github.com/okrportal/okrportal/generator/model"
)

// finish sorts every list, fills the backlinks (children, dependants,
// per-team, per-person, per-period and per-priority objectives) and picks
// the current period.
func (r *resolver) finish() {
	p := r.portal
	sort.Slice(p.Teams, func(i, j int) bool { return p.Teams[i].ID < p.Teams[j].ID })
	sort.Slice(p.People, func(i, j int) bool { return p.People[i].ID < p.People[j].ID })
	sort.Slice(p.Priorities, func(i, j int) bool {
		a, b := p.Priorities[i], p.Priorities[j]
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.ID < b.ID
	})
	r.collectPeriods()
	sort.Slice(p.Objectives, func(i, j int) bool { return objectiveLess(p.Objectives[i], p.Objectives[j]) })
	r.linkTeamTree()
	for _, pr := range p.Priorities {
		if pr.Owner != nil {
			pr.Owner.OwnsPriority = append(pr.Owner.OwnsPriority, pr)
		}
	}
	for _, o := range p.Objectives {
		r.backlinkObjective(o)
	}
	p.Current = r.currentPeriod()
	nestPeriods(p.Periods)
	p.Running = runningPeriods(p.Periods, r.opts.Today)
	if p.Settings.CurrentPeriod != "" && p.Current != nil {
		p.Running = append([]*model.Period{p.Current}, p.Current.Within...)
		sortLongestFirst(p.Running)
	}
}

func objectiveLess(a, b *model.Objective) bool {
	pa, pb := a.Period, b.Period
	if pa != pb {
		switch {
		case pa == nil:
			return false
		case pb == nil:
			return true
		case !pa.Start.Equal(pb.Start):
			return pa.Start.Before(pb.Start)
		case !pa.End.Equal(pb.End):
			return pa.End.Before(pb.End)
		}
		return pa.ID < pb.ID
	}
	ta, tb := "", ""
	if a.Team != nil {
		ta = a.Team.ID
	}
	if b.Team != nil {
		tb = b.Team.ID
	}
	if ta != tb {
		return ta < tb
	}
	return a.ID < b.ID
}

func (r *resolver) collectPeriods() {
	p := r.portal
	for _, per := range r.periods.byID {
		p.Periods = append(p.Periods, per)
	}
	sort.Slice(p.Periods, func(i, j int) bool {
		a, b := p.Periods[i], p.Periods[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if a.Days() != b.Days() {
			return a.Days() < b.Days()
		}
		return a.ID < b.ID
	})
}

func (r *resolver) linkTeamTree() {
	for _, t := range r.portal.Teams { // sorted by id, so children are too
		if t.Parent == nil {
			r.portal.RootTeams = append(r.portal.RootTeams, t)
		} else {
			t.Parent.Children = append(t.Parent.Children, t)
		}
		if t.Lead != nil {
			t.Lead.Leads = append(t.Lead.Leads, t)
		}
		for _, m := range t.Members {
			m.MemberOf = append(m.MemberOf, t)
		}
	}
	var depth func(t *model.Team, d int)
	depth = func(t *model.Team, d int) {
		t.Depth = d
		for _, c := range t.Children {
			depth(c, d+1)
		}
	}
	for _, t := range r.portal.RootTeams {
		depth(t, 0)
	}
}

func (r *resolver) backlinkObjective(o *model.Objective) {
	if o.Team != nil {
		o.Team.Objectives = append(o.Team.Objectives, o)
	}
	if o.Period != nil {
		o.Period.Objectives = append(o.Period.Objectives, o)
	}
	for _, owner := range o.Owners {
		owner.Owns = append(owner.Owns, o)
	}
	for _, c := range o.Contributors {
		c.Contributes = append(c.Contributes, o)
	}
	for _, t := range o.ContributingTeams {
		t.Contributions = append(t.Contributions, o)
	}
	for _, pr := range o.Priorities {
		pr.Objectives = append(pr.Objectives, o)
	}
	for _, a := range o.AlignsTo {
		a.Objective.Children = appendUnique(a.Objective.Children, o)
		if a.KeyResult != nil {
			a.KeyResult.Children = appendUnique(a.KeyResult.Children, o)
		}
	}
	for _, d := range o.DependsOn {
		d.DependedOnBy = append(d.DependedOnBy, o)
	}
	for _, kr := range o.KeyResults {
		for _, owner := range kr.Owners {
			owner.OwnsKRs = append(owner.OwnsKRs, kr)
		}
		for _, parent := range kr.AlignsTo {
			parent.AlignedFrom = append(parent.AlignedFrom, kr)
		}
	}
}

// currentPeriod is portal.yaml's current_period, else the shortest period
// containing today, else the latest period that has started, else the
// first one.
func (r *resolver) currentPeriod() *model.Period {
	if name := r.portal.Settings.CurrentPeriod; name != "" {
		if per, err := r.periods.lookup(name); err == nil {
			return per
		}
	}
	var best *model.Period
	for _, per := range r.portal.Periods {
		if per.Contains(r.opts.Today) && (best == nil || per.Days() < best.Days()) {
			best = per
		}
	}
	if best != nil {
		return best
	}
	for _, per := range r.portal.Periods {
		if !per.Start.After(r.opts.Today) {
			best = per
		}
	}
	if best == nil && len(r.portal.Periods) > 0 {
		best = r.portal.Periods[0]
	}
	if best == nil { // a portal without objectives: show today's quarter
		t := r.opts.Today
		best, _ = r.periods.lookup(fmt.Sprintf("%d-q%d", t.Year(), (int(t.Month())+2)/3))
		if best != nil { // nil for a year no calendar period covers
			r.portal.Periods = append(r.portal.Periods, best)
		}
	}
	return best
}
