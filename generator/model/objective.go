package model

import "time"

// Objective is one objective with its key results.
type Objective struct {
	ID     string
	Title  string
	Team   *Team
	Period *Period
	// Owner is the first of Owners, or nil: the person who answers for
	// the objective. Owners lists everyone `owner:` names, in order.
	Owner             *Person
	Owners            []*Person
	Contributors      []*Person
	Priorities        []*Priority
	AlignsTo          []Alignment
	DependsOn         []*Objective
	ContributingTeams []*Team
	Weight            float64
	Draft             bool
	StatusOverride    Status
	Tags              []string
	KeyResults        []*KeyResult
	Retrospective     string
	// CheckIgnore are the review rules this objective's file is exempt
	// from, each with the reason given (`check_ignore:`).
	CheckIgnore map[string]string
	Body        Markdown
	Source      Source

	// Children are the objectives that align to this objective or to one
	// of its key results, in portal order, each once.
	Children []*Objective
	// DependedOnBy are the objectives whose depends_on names this one.
	DependedOnBy []*Objective

	Computed ObjectiveValues
}

// Alignment is a vertical link to a parent objective, or to one of its key
// results when KeyResult is set.
type Alignment struct {
	Objective *Objective
	KeyResult *KeyResult
	Line      int
}

// ObjectiveValues are the values of §3, filled in by package compute.
//
// Unknown is its own state: an objective none of whose key results has
// data as of the build date has HasData false and status no-data; its
// Progress (0) means nothing and is never shown. Likewise a closed
// objective none of whose key results was scored has Scored false.
type ObjectiveValues struct {
	Progress float64 // weighted mean progress of the KRs with data, 0–1
	HasData  bool    // at least one key result has data
	// WithoutData is the number of key results without data ("2 of 5
	// key results without data").
	WithoutData int
	// Expected is the weighted mean expected progress of the key results
	// with data (see KeyResultValues.Expected); without any, the fraction
	// of the period elapsed.
	Expected float64
	Status   Status // on-track … no-data, not-started, closed or the override
	Phase    Phase
	Score    float64 // weighted mean score of the scored KRs, when Scored
	Scored   bool    // closed and at least one key result has a score
	Band     string  // score band when Scored
}

// KeyResult is one key result of an objective.
type KeyResult struct {
	ID        string
	Title     string
	Objective *Objective
	// Owner is the first of Owners, or nil; Owners lists everyone the key
	// result's `owner:` names.
	Owner  *Person
	Owners []*Person
	Weight float64
	Unit   string
	Kind   Kind
	Start  *float64 // as written; nil when not given (never invented)
	// Baseline is what a metric's progress is measured from: Start, else
	// the first value known (the written `current:`, else the first
	// check-in's value). Nil until there is one.
	Baseline *float64
	// BaselineOnly is set on a metric without start whose only known
	// value is its baseline: no progress has been measured yet.
	BaselineOnly bool
	Target       *float64
	Stretch      *float64 // a metric's stretch target, shown beside Target
	// Current, Done and Progress are the key result's state as of the
	// build date: the latest dated check-in that gives one wins; the
	// values written on the key result itself are its state before its
	// first check-in.
	Current     *float64
	Threshold   *float64
	Done        *bool
	Milestones  []Milestone
	Progress    *float64 // qualitative progress, 0–100
	Score       *float64
	Due         *time.Time // boolean and milestones: when it is due; nil = the period's end
	Tags        []string
	Checkins    []Checkin // oldest first; none dated after the build date
	Initiatives []Initiative
	Line        int
	// AlignsTo are the key results (of other objectives) that this key
	// result contributes to; AlignedFrom the key results that align to
	// this one. A rollup key result aggregates AlignedFrom as well as
	// Children.
	AlignsTo    []*KeyResult
	AlignedFrom []*KeyResult
	// NoTarget is set when nothing measurable was given (no target, no
	// threshold, no milestones): the review flags it.
	NoTarget bool

	// Children are the objectives aligned to this KR; a rollup KR's
	// progress comes from them.
	Children []*Objective

	Computed KeyResultValues
}

// Ref is the key result's reference: "<objective-id>#<kr-id>".
func (k *KeyResult) Ref() string { return k.Objective.ID + "#" + k.ID }

// Latest returns the most recent check-in, or nil.
func (k *KeyResult) Latest() *Checkin {
	if len(k.Checkins) == 0 {
		return nil
	}
	return &k.Checkins[len(k.Checkins)-1]
}

// KeyResultValues are the computed values of one key result.
//
// A key result without a value as of the build date has HasData false and
// status no-data: never a percentage, never off track. It is left out of
// its objective's progress and status.
type KeyResultValues struct {
	Progress float64 // 0–1, meaningful when HasData
	HasData  bool
	// Expected is the progress expected on the build date: the fraction
	// of the period elapsed, or for milestones the share of milestones
	// due by then; for a boolean key result 0 until its due date, then 1.
	Expected float64
	Status   Status
	Score    float64 // when Scored: score if given, else min(progress, 1)
	Scored   bool    // closed and either scored or with data
	Band     string  // score band when Scored
	// Confidence is the latest check-in's confidence (0–10) and
	// PreviousConfidence the one before it, for the trend; nil when none.
	Confidence         *float64
	PreviousConfidence *float64
}

// Milestone is one step of a milestones key result.
type Milestone struct {
	Title string
	Done  bool
	Due   *time.Time // nil: due at the end of the key result (its Due, else the period's end)
}

// Initiative is work that moves a key result.
type Initiative struct {
	Title  string
	URL    string
	Done   bool
	Owners []*Person // who does it: the people `owner:` names, in order
}

// Checkin is one update of a key result.
type Checkin struct {
	Date     time.Time
	Value    *float64
	Done     *bool
	Progress *float64 // 0–100
	Status   Status
	Note     string
	// Confidence is how likely the owner thinks the key result is to be
	// met, 0–10; nil when not given.
	Confidence *float64
	Line       int
}
