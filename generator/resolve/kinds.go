package resolve

import (
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// kindFields lists the fields that belong to each kind; a field of another
// kind is an error, since it would be silently ignored.
var kindFields = map[model.Kind][]string{
	model.KindMetric:      {"start", "target", "current"},
	model.KindKeepAbove:   {"threshold", "current"},
	model.KindKeepBelow:   {"threshold", "current"},
	model.KindBoolean:     {"done"},
	model.KindMilestones:  {"milestones"},
	model.KindQualitative: {"progress"},
	model.KindRollup:      {},
}

var measureFields = []string{"start", "target", "current", "threshold", "done", "milestones", "progress"}

// kind sets the key result's kind: as written, or inferred from its
// fields. A key result with nothing to measure becomes qualitative with
// NoTarget set, for the review to flag.
func (r *resolver) kind(doc *source.Document, kr *model.KeyResult, rk *rawKeyResult) {
	has := rk.Meta.Has
	if rk.Kind != nil {
		k, ok := model.ParseKind(strings.ToLower(rk.Kind.Value))
		if !ok {
			msg := "unknown kind %q; use one of " + strings.Join(model.KindNames, ", ")
			if s := decode.Suggest(rk.Kind.Value, model.KindNames); s != "" {
				msg = "unknown kind %q; did you mean \"" + s + "\"?"
			}
			r.errorf(doc.Path, rk.Kind.Line, "invalid-value", msg, rk.Kind.Value)
			return
		}
		kr.Kind = k
	} else {
		kr.Kind = inferKind(has, kr)
		if kr.Kind == model.KindKeepAbove && has("threshold") {
			r.errorf(doc.Path, rk.Meta.LineOf("threshold"), "missing-field", "a key result with a threshold needs `kind: keep-above` or `kind: keep-below`")
			return
		}
	}
	allowed := map[string]bool{}
	for _, f := range kindFields[kr.Kind] {
		allowed[f] = true
	}
	for _, f := range measureFields {
		if has(f) && !allowed[f] {
			r.errorf(doc.Path, rk.Meta.LineOf(f), "wrong-kind-field", "field %q does not apply to a %s key result (it uses %s)", f, kr.Kind, describeFields(kr.Kind))
		}
	}
	switch kr.Kind {
	case model.KindMetric:
		kr.NoTarget = kr.Target == nil
		if kr.Start == nil {
			zero := 0.0
			kr.Start = &zero
		}
	case model.KindKeepAbove, model.KindKeepBelow:
		kr.NoTarget = kr.Threshold == nil
	case model.KindMilestones:
		kr.NoTarget = len(kr.Milestones) == 0
	}
}

// inferKind picks the kind from the fields present (SPEC §2).
func inferKind(has func(string) bool, kr *model.KeyResult) model.Kind {
	switch {
	case has("milestones"):
		return model.KindMilestones
	case has("threshold"):
		return model.KindKeepAbove // ambiguous: reported by the caller
	case has("target") || has("start"):
		return model.KindMetric
	case has("done") || kr.Done != nil:
		return model.KindBoolean
	case has("progress") || kr.Progress != nil:
		return model.KindQualitative
	case has("current") || kr.Current != nil:
		return model.KindMetric
	}
	kr.NoTarget = true
	return model.KindQualitative
}

func describeFields(k model.Kind) string {
	fs := kindFields[k]
	if len(fs) == 0 {
		return "no fields of its own: its progress comes from the objectives aligned to it"
	}
	return strings.Join(fs, ", ")
}
