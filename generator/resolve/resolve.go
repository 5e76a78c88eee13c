// Package resolve turns parsed documents into the linked model: it decodes
// each file's front matter strictly, derives ids, resolves references
// (full id, unique trailing part, same-period preference for objectives,
// people by name), checks periods, cycles and value ranges, and links
// every entity to the ones that refer to it.
//
// All problems are collected into a diag.List; the returned portal is only
// fit for rendering when the list has no errors.
package resolve

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

const portalFile = source.PortalFile

// Options control resolution.
type Options struct {
	// Today is the build date; periods and statuses are relative to it.
	Today time.Time
	// Drafts keeps objectives marked draft: true.
	Drafts bool
}

// resolver holds the state of one Resolve call.
type resolver struct {
	opts       Options
	list       *diag.List
	portal     *model.Portal
	periods    *periods
	teams      *index[*model.Team]
	people     *index[*model.Person]
	peopleName map[string][]*model.Person
	priorities *index[*model.Priority]
	objectives *index[*model.Objective]
	drafts     *index[*model.Objective]

	rawTeams      map[*model.Team]*rawTeam
	rawPeople     map[*model.Person]*rawPerson
	rawPriorities map[*model.Priority]*rawPriority
	rawObjectives map[*model.Objective]*objectiveDoc

	series *seriesFiles // the key results' series files, read once a build
}

type objectiveDoc struct {
	raw *rawObjective
	doc *source.Document
}

// Resolve builds the portal from the documents of folder.
func Resolve(folder *source.Folder, opts Options, list *diag.List) *model.Portal {
	bySection := map[source.Section][]*source.Document{}
	for _, d := range folder.Documents {
		bySection[d.Section] = append(bySection[d.Section], d)
	}
	// The tables are made at their final size: growing them is most of
	// the cost of declaring 10,000 objectives.
	teams, people := len(bySection[source.SectionTeams]), len(bySection[source.SectionPeople])
	priorities, objectives := len(bySection[source.SectionPriorities]), len(bySection[source.SectionOKRs])
	r := &resolver{
		opts:          opts,
		list:          list,
		portal:        &model.Portal{Strategy: &model.Strategy{}, Today: opts.Today, StaticDir: folder.StaticDir, Settings: defaultSettings()},
		periods:       &periods{byID: map[string]*model.Period{}},
		teams:         newIndex[*model.Team](teams),
		people:        newIndex[*model.Person](people),
		peopleName:    make(map[string][]*model.Person, people),
		priorities:    newIndex[*model.Priority](priorities),
		objectives:    newIndex[*model.Objective](objectives),
		drafts:        newIndex[*model.Objective](0),
		rawTeams:      make(map[*model.Team]*rawTeam, teams),
		rawPeople:     make(map[*model.Person]*rawPerson, people),
		rawPriorities: make(map[*model.Priority]*rawPriority, priorities),
		rawObjectives: make(map[*model.Objective]*objectiveDoc, objectives),
		series:        &seriesFiles{root: folder.Root},
	}
	if ps := bySection[source.SectionPortal]; len(ps) == 1 {
		r.settings(ps[0], folder.Root)
	}
	if ss := bySection[source.SectionStrategy]; len(ss) == 1 {
		r.strategy(ss[0])
	}
	r.declareEntities(bySection)
	r.linkTeams()
	r.linkPeople()
	r.linkPriorities()
	r.linkObjectives()
	r.checkAlignmentCycles()
	r.finish()
	return r.portal
}

func (r *resolver) errorf(file string, line int, rule, format string, args ...any) {
	r.list.Errorf(file, line, rule, format, args...)
}

// raw returns the document's decoded front matter: decoded already while
// the folder was read (site.Load), or now.
func (r *resolver) raw(doc *source.Document) any {
	if doc.Decoded != nil {
		return doc.Decoded
	}
	return Decode(doc, r.list)
}

// Decode decodes a document's front matter strictly into the raw type of
// its section, reporting problems to list. It is a source.Decoder, so that
// the folder reader can decode each file as soon as it is parsed. The
// result is never modified afterwards, so a cached document's decoded
// value may serve several builds.
func Decode(doc *source.Document, list *diag.List) any {
	return decodeWith(doc, list, nil)
}

// NewDecode returns a Decode for one goroutine of the folder reader
// (source.ReadOptions.NewDecode): it decodes check-ins into memory that it
// reuses from file to file, since buildCheckins turns them into model
// check-ins and drops them before the next file.
func NewDecode() source.Decoder {
	scratch := decode.NewScratch(reflect.TypeFor[rawCheckin]())
	return func(doc *source.Document, list *diag.List) any {
		defer scratch.Reset()
		return decodeWith(doc, list, scratch)
	}
}

// decodeWith is Decode with the lists of scratch's item types lent by
// scratch (nil for none).
func decodeWith(doc *source.Document, list *diag.List, scratch *decode.Scratch) any {
	var v any
	switch doc.Section {
	case source.SectionPortal:
		v = &rawPortal{}
	case source.SectionStrategy:
		v = &rawStrategy{}
	case source.SectionPriorities:
		v = &rawPriority{}
	case source.SectionTeams:
		v = &rawTeam{}
	case source.SectionPeople:
		v = &rawPerson{}
	default:
		v = &rawObjective{}
	}
	if doc.Front != nil {
		d := decode.Decoder{File: doc.Path, List: list, Scratch: scratch}
		d.Decode(doc.Front, v)
	}
	if o, ok := v.(*rawObjective); ok {
		buildCheckins(doc, o, list) // drops the raw check-ins
	}
	return v
}

func (r *resolver) settings(doc *source.Document, root string) {
	raw := r.raw(doc).(*rawPortal)
	s := defaultSettings()
	s.Title, s.Organisation, s.BaseURL = raw.Title, raw.Organisation, strings.TrimRight(raw.BaseURL, "/")
	s.CurrentPeriod, s.FileLinks, s.Theme, s.UnsafeHTML = raw.CurrentPeriod, raw.FileLinks, raw.Theme, raw.UnsafeHTML
	if s.Title == "" {
		s.Title = "OKRs"
	}
	if s.BaseURL != "" && !strings.HasPrefix(s.BaseURL, "http://") && !strings.HasPrefix(s.BaseURL, "https://") {
		r.errorf(portalFile, raw.Meta.LineOf("base_url"), "invalid-url", "base_url %q must be an absolute http(s) URL, e.g. https://okrs.example.com", raw.BaseURL)
	}
	r.branding(&s, raw)
	r.checkSettings(&s.Check, raw.Check)
	r.statusSettings(&s.Statuses, raw.Statuses)
	r.scoreBands(&s.Scores, raw.Scores)
	r.portal.Settings = s
	if s.Theme != "" {
		r.portal.ThemeDir = joinPath(root, s.Theme)
	}
	r.declarePeriods(raw.Periods)
	if raw.CurrentPeriod != "" {
		if _, err := r.periods.lookup(raw.CurrentPeriod); err != nil {
			r.errorf(portalFile, raw.Meta.LineOf("current_period"), "unknown-period", "current_period: %s", r.periodMessage(raw.CurrentPeriod, err))
		}
	}
}

func (r *resolver) checkSettings(c *model.CheckSettings, raw rawCheck) {
	set := func(dst *int, v *int, name string) {
		if v == nil {
			return
		}
		if *v < 0 {
			r.errorf(portalFile, raw.Meta.LineOf(name), "invalid-value", "check.%s must not be negative", name)
			return
		}
		*dst = *v
	}
	set(&c.MaxObjectivesPerTeam, raw.MaxObjectivesPerTeam, "max_objectives_per_team")
	set(&c.MaxObjectivesPerOwner, raw.MaxObjectivesPerOwner, "max_objectives_per_owner")
	set(&c.MinKeyResults, raw.MinKeyResults, "min_key_results")
	set(&c.MaxKeyResults, raw.MaxKeyResults, "max_key_results")
	set(&c.MinPriorities, raw.MinPriorities, "min_priorities")
	set(&c.MaxPriorities, raw.MaxPriorities, "max_priorities")
	set(&c.StaleAfterDays, raw.StaleAfterDays, "stale_after_days")
	set(&c.UnscoredWindowDays, raw.UnscoredWindowDays, "unscored_window_days")
	set(&c.StrategyReviewDays, raw.StrategyReviewDays, "strategy_review_days")
	percent := func(dst *int, v *int, name string) {
		if v != nil && *v > 100 {
			r.errorf(portalFile, raw.Meta.LineOf(name), "invalid-value", "check.%s is a percentage; write 0 to 100", name)
			return
		}
		set(dst, v, name)
	}
	percent(&c.TargetOutcomes, raw.TargetOutcomes, "target_outcomes")
	percent(&c.TargetKRAlignment, raw.TargetKRAlignment, "target_kr_alignment")
	percent(&c.TargetInvolved, raw.TargetInvolved, "target_involved")
	percent(&c.TargetCheckinNotes, raw.TargetCheckinNotes, "target_checkin_notes")
	percent(&c.MaxDependenciesAtRisk, raw.MaxDependenciesAtRisk, "max_dependencies_at_risk")
	for _, p := range raw.Rules {
		switch p.Value {
		case "error", "warning", "off":
			if c.Rules == nil {
				c.Rules, c.RulesLines = map[string]string{}, map[string]int{}
			}
			c.Rules[p.Key], c.RulesLines[p.Key] = p.Value, p.Line
		default:
			r.errorf(portalFile, p.Line, "invalid-value", "check.rules.%s is %q; write error, warning or off", p.Key, p.Value)
		}
	}
}

// checkIgnore builds a file's `check_ignore:` exemptions; each needs a
// reason, so that whoever reads the file later knows why.
func (r *resolver) checkIgnore(doc *source.Document, raw decode.Pairs) map[string]string {
	if len(raw) == 0 {
		return nil
	}
	out := make(map[string]string, len(raw))
	for _, p := range raw {
		if strings.TrimSpace(p.Value) == "" {
			r.errorf(doc.Path, p.Line, "missing-field", "check_ignore.%s gives no reason; write why the finding does not apply, e.g. %s: \"agreed with the owner on 2026-11-10\"", p.Key, p.Key)
			continue
		}
		out[p.Key] = strings.TrimSpace(p.Value)
	}
	return out
}

func (r *resolver) strategy(doc *source.Document) {
	raw := r.raw(doc).(*rawStrategy)
	r.portal.Strategy = &model.Strategy{
		Mission: raw.Mission, Vision: raw.Vision, Values: raw.Values, Horizon: raw.Horizon,
		Diagnosis: raw.Diagnosis, GuidingPolicy: raw.GuidingPolicy, NotDoing: raw.NotDoing,
		HorizonLine: raw.Meta.LineOf("horizon"), ReviewedLine: raw.Meta.LineOf("reviewed"),
		Body:   model.Markdown{Text: doc.Body, Line: doc.BodyLine},
		Source: model.Source{File: doc.Path, Line: doc.Line()},
	}
	r.portal.Strategy.CheckIgnore = r.checkIgnore(doc, raw.CheckIgnore)
	if raw.Reviewed != nil {
		t := raw.Reviewed.Time
		r.portal.Strategy.Reviewed = &t
	}
}

// entityID derives the id of a file in a section folder, or takes the
// explicit `id:`; it reports an error and returns "" for a bad id.
func (r *resolver) entityID(doc *source.Document, section source.Section, explicit string, meta decode.Meta) string {
	if explicit != "" {
		if !ValidID(explicit) {
			r.errorf(doc.Path, meta.LineOf("id"), "invalid-id", "id %q may only use lower-case letters, digits, '-' and '_', in segments separated by '/' (try %q)", explicit, PathID(explicit))
			return ""
		}
		return explicit
	}
	rel := strings.TrimPrefix(doc.Path, string(section)+"/")
	id := PathID(rel)
	if id == "" {
		r.errorf(doc.Path, 1, "invalid-id", "the file name gives no id; rename it with letters or digits, or set `id:`")
	}
	return id
}

func (r *resolver) required(doc *source.Document, meta decode.Meta, field, value, example string) bool {
	if strings.TrimSpace(value) != "" {
		return true
	}
	if meta.IsInvalid(field) { // given, but not as text: reported already
		return false
	}
	line := meta.Line
	if line == 0 {
		line = 1
	}
	if doc.Format == "" {
		r.errorf(doc.Path, line, "missing-field", "the file has no front matter; start it with a `---` line, `%s: %s`, and a closing `---`", field, example)
		return false
	}
	r.errorf(doc.Path, line, "missing-field", "missing required field %q; add e.g. `%s: %s`", field, field, example)
	return false
}

func joinPath(root, rel string) string {
	if strings.HasPrefix(rel, "/") {
		return rel
	}
	return root + "/" + rel
}

func sourceOf(doc *source.Document) model.Source {
	return model.Source{File: doc.Path, Line: doc.Line()}
}

// candidates formats a list of ids for an ambiguity message.
func candidates(ids []string) string {
	if len(ids) > 6 {
		return strings.Join(ids[:6], ", ") + fmt.Sprintf(" and %d more", len(ids)-6)
	}
	return strings.Join(ids, ", ")
}

func errAt(doc *source.Document, ref decode.Ref, rule, msg string) diag.Diagnostic {
	return diag.Diagnostic{File: doc.Path, Line: ref.Line, Col: ref.Col, Severity: diag.Error, Rule: rule, Message: msg}
}
