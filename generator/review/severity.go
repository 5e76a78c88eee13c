package review

import (
	"fmt"
	"sort"
	"strings"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
)

// Rules are the ids of the review's rules, by group: the ids that
// portal.yaml's `check.rules` may set to error, warning or off, and that a
// file's `check_ignore:` may exempt it from.
var Rules = map[string][]string{
	Strategy: {"no-mission", "no-vision", "strategy-no-diagnosis", "strategy-no-policy", "strategy-no-not-doing",
		"strategy-no-horizon", "strategy-expired", "strategy-unreviewed", "priority-count", "priority-no-owner",
		"priority-no-rationale", "priority-no-measure", "priority-no-horizon", "priority-uncovered", "priority-imbalance"},
	Focus:        {"too-many-objectives", "owner-overload", "key-result-count", "kr-activity", "kr-vague", "objective-numeric-title"},
	Alignment:    {"unaligned", "root-without-priority", "cross-period", "depends-on-at-risk", "aligned-to-dropped", "no-priority-chain"},
	Transparency: {"team-without-objectives", "no-why"},
	Engagement:   {"no-owner", "no-target", "stale", "unscored", "kr-no-owner", "kr-no-due"},
}

// knownRule reports whether id is one of Rules.
func knownRule(id string) bool {
	for _, ids := range Rules {
		for _, r := range ids {
			if r == id {
				return true
			}
		}
	}
	return false
}

// ruleIDs lists every rule id, sorted, for messages.
func ruleIDs() []string {
	var out []string
	for _, ids := range Rules {
		out = append(out, ids...)
	}
	sort.Strings(out)
	return out
}

// ignores maps each reviewed file of the portal to its `check_ignore:`:
// strategy.md, the priorities and the objectives of open periods (a
// closed period's are history, reviewed no more).
func (r *reviewer) ignores() map[string]map[string]string {
	p := r.p
	out := map[string]map[string]string{}
	add := func(src model.Source, ig map[string]string) {
		if len(ig) > 0 && src.File != "" {
			out[src.File] = ig
		}
	}
	add(p.Strategy.Source, p.Strategy.CheckIgnore)
	for _, pr := range p.Priorities {
		add(pr.Source, pr.CheckIgnore)
	}
	for _, o := range r.openObjectives() {
		add(o.Source, o.CheckIgnore)
	}
	return out
}

// add files a finding: at the severity portal.yaml's `check.rules` gives
// its rule (none when off), or as suppressed, with the reason, when its
// file's `check_ignore:` names the rule.
func (r *reviewer) add(src model.Source, group, rule, format string, args ...any) {
	d := diag.Diagnostic{File: src.File, Line: src.Line, Severity: diag.Warning, Group: group, Rule: rule, Message: fmt.Sprintf(format, args...)}
	switch r.c.Rules[rule] {
	case "off":
		return
	case "error":
		d.Severity = diag.Error
	}
	if reason, ok := r.ignore[src.File][rule]; ok {
		d.Severity, d.Reason = diag.Suppressed, reason
		r.used[src.File+"\x00"+rule] = true
	}
	r.list.Add(d)
}

// settingsFindings warns about rule ids of `check.rules` and of the files'
// `check_ignore:` that name no rule, and about exemptions that suppressed
// nothing (unused-ignore), so that neither outlives its purpose unseen.
func (r *reviewer) settingsFindings() {
	for rule, line := range r.c.RulesLines {
		if !knownRule(rule) {
			r.list.Warnf("portal.yaml", line, "", "unknown-rule", "check.rules names %q, which is no review rule; the rules are %s", rule, strings.Join(ruleIDs(), ", "))
		}
	}
	for file, ig := range r.ignore {
		for rule := range ig {
			switch {
			case !knownRule(rule):
				r.list.Warnf(file, 0, "", "unknown-rule", "check_ignore names %q, which is no review rule; the rules are %s", rule, strings.Join(ruleIDs(), ", "))
			case !r.used[file+"\x00"+rule] && r.c.Rules[rule] != "off":
				r.list.Warnf(file, 0, "", "unused-ignore", "check_ignore exempts this file from %q, which finds nothing here any more; remove it", rule)
			}
		}
	}
}
