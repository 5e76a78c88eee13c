package model

import "time"

// Objective is one objective with its key results.
type Objective struct {
	ID                string
	Title             string
	Team              *Team
	Period            *Period
	Owner             *Person
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
	Body              Markdown
	Source            Source

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
type ObjectiveValues struct {
	Progress float64 // weighted mean of the KRs' progress, 0–1
	Expected float64 // fraction of the period elapsed
	Status   Status  // on-track … or not-started / the override
	Phase    Phase
	Score    float64 // when Phase is PhaseClosed
	Band     string  // score band when closed
}

// KeyResult is one key result of an objective.
type KeyResult struct {
	ID          string
	Title       string
	Objective   *Objective
	Owner       *Person
	Weight      float64
	Unit        string
	Kind        Kind
	Start       *float64
	Target      *float64
	Current     *float64 // as written, or the latest check-in's value
	Threshold   *float64
	Done        *bool
	Milestones  []Milestone
	Progress    *float64 // qualitative progress as entered, 0–100
	Score       *float64
	Checkins    []Checkin // oldest first
	Initiatives []Initiative
	Line        int
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
type KeyResultValues struct {
	Progress float64 // 0–1
	Status   Status
	Score    float64 // when closed: score if given, else min(progress, 1)
	Band     string
}

// Milestone is one step of a milestones key result.
type Milestone struct {
	Title string
	Done  bool
}

// Initiative is work that moves a key result.
type Initiative struct {
	Title string
	URL   string
	Done  bool
}

// Checkin is one update of a key result.
type Checkin struct {
	Date     time.Time
	Value    *float64
	Done     *bool
	Progress *float64 // 0–100
	Status   Status
	Note     string
	Line     int
}
