package resolve

import (
	"slices"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// kindFields lists the fields that belong to each kind; a field of another
// kind is an error, since it would be silently ignored.
var kindFields = map[model.Kind][]string{
	model.KindMetric:      {"start", "target", "stretch", "current", "series"},
	model.KindKeepAbove:   {"threshold", "current", "series"},
	model.KindKeepBelow:   {"threshold", "current", "series"},
	model.KindBoolean:     {"done", "due"},
	model.KindMilestones:  {"milestones", "due"},
	model.KindQualitative: {"progress"},
	model.KindRollup:      {},
}

var measureFields = []string{"start", "target", "stretch", "current", "series", "threshold", "done", "due", "milestones", "progress"}

// checkinFields is the check-in field that carries each kind's value; a
// kind missing here takes no value in its check-ins (status, note and
// confidence only). A milestones key result's check-ins may record the
// share done on their date (progress), for its history chart; its current
// progress comes from the milestones' done flags.
var checkinFields = map[model.Kind]string{
	model.KindMetric:      "value",
	model.KindKeepAbove:   "value",
	model.KindKeepBelow:   "value",
	model.KindBoolean:     "done",
	model.KindQualitative: "progress",
	model.KindMilestones:  "progress",
}

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
	allowed := kindFields[kr.Kind]
	for _, f := range measureFields {
		if has(f) && !slices.Contains(allowed, f) {
			r.errorf(doc.Path, rk.Meta.LineOf(f), "wrong-kind-field", "field %q does not apply to a %s key result (it uses %s)", f, kr.Kind, describeFields(kr.Kind))
		}
	}
	r.checkinKinds(doc, kr, rk.checkins)
	switch kr.Kind {
	case model.KindMetric:
		kr.NoTarget = kr.Target == nil
		setBaseline(kr, rk)
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
	case has("done") || has("due") || kr.Done != nil:
		return model.KindBoolean
	case has("progress") || kr.Progress != nil:
		return model.KindQualitative
	case has("current") || has("series") || kr.Current != nil:
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

// checkinKinds reports check-in fields that the key result's kind does not
// use: they would be silently ignored. It looks at every check-in, those
// dated after the build date too: a content error does not depend on
// --today.
func (r *resolver) checkinKinds(doc *source.Document, kr *model.KeyResult, all []model.Checkin) {
	uses := checkinFields[kr.Kind]
	for _, c := range all {
		for _, f := range [...]struct {
			name string
			set  bool
		}{{"value", c.Value != nil}, {"done", c.Done != nil}, {"progress", c.Progress != nil}} {
			if f.set && f.name != uses {
				r.errorf(doc.Path, c.Line, "wrong-kind-field", "check-in field %q does not apply to a %s key result (%s)", f.name, kr.Kind, describeCheckin(kr.Kind))
			}
		}
	}
}

// describeCheckin says what the check-ins of a kind carry.
func describeCheckin(k model.Kind) string {
	if f := checkinFields[k]; f != "" {
		return "its check-ins use " + f + ", with status, note and confidence"
	}
	return "its check-ins take only status, note and confidence"
}

// setBaseline sets a metric's baseline: its start, else its first known
// value — the written `current:` (its value before the first check-in),
// else the first check-in's value. Without a start, a single known value
// is the baseline and nothing has been measured since (BaselineOnly).
func setBaseline(kr *model.KeyResult, rk *rawKeyResult) {
	if kr.Start != nil {
		kr.Baseline = kr.Start
		return
	}
	values := 0
	if rk.Current != nil {
		kr.Baseline, values = rk.Current, 1
	}
	for _, c := range kr.Checkins {
		if c.Value == nil {
			continue
		}
		if kr.Baseline == nil {
			kr.Baseline = c.Value
		}
		values++
	}
	kr.BaselineOnly = values == 1
}
