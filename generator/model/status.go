package model

// Status is the state of a key result or an objective.
type Status string

// The statuses, from the spec (§2 and §3).
const (
	StatusNone       Status = ""
	StatusOnTrack    Status = "on-track"
	StatusAtRisk     Status = "at-risk"
	StatusOffTrack   Status = "off-track"
	StatusAchieved   Status = "achieved"
	StatusMissed     Status = "missed"
	StatusDropped    Status = "dropped"
	StatusNotStarted Status = "not-started"
	StatusClosed     Status = "closed"
)

// ParseStatus reports whether s names a status that content may set.
func ParseStatus(s string) (Status, bool) {
	switch st := Status(s); st {
	case StatusOnTrack, StatusAtRisk, StatusOffTrack, StatusAchieved, StatusMissed, StatusDropped:
		return st, true
	}
	return StatusNone, false
}

// StatusNames lists the statuses that content may set, for messages.
var StatusNames = []string{"on-track", "at-risk", "off-track", "achieved", "missed", "dropped"}

// Rank orders statuses from weakest (0) to strongest; the weakest KR status
// becomes the objective status.
func (s Status) Rank() int {
	switch s {
	case StatusOffTrack, StatusMissed:
		return 0
	case StatusAtRisk:
		return 1
	case StatusOnTrack:
		return 2
	case StatusAchieved:
		return 3
	case StatusDropped:
		return 4
	}
	return 5
}

// Label is the human word for the status.
func (s Status) Label() string {
	switch s {
	case StatusOnTrack:
		return "on track"
	case StatusAtRisk:
		return "at risk"
	case StatusOffTrack:
		return "off track"
	case StatusNotStarted:
		return "not started"
	case StatusNone:
		return "no status"
	}
	return string(s)
}

// Icon is the symbol shown beside the status word, so status never relies
// on colour alone.
func (s Status) Icon() string {
	switch s {
	case StatusOnTrack, StatusAchieved:
		return "✓"
	case StatusAtRisk:
		return "!"
	case StatusOffTrack, StatusMissed:
		return "✕"
	case StatusDropped:
		return "⊘"
	case StatusClosed:
		return "■"
	}
	return "–"
}

// Band is the colour band of a closed score: red, amber or green.
func Band(score float64) string {
	switch {
	case score < 0.4:
		return "red"
	case score < 0.7:
		return "amber"
	}
	return "green"
}

// Kind is a key result's way of measuring progress.
type Kind string

// The key-result kinds of the spec (§2).
const (
	KindMetric      Kind = "metric"
	KindKeepAbove   Kind = "keep-above"
	KindKeepBelow   Kind = "keep-below"
	KindBoolean     Kind = "boolean"
	KindMilestones  Kind = "milestones"
	KindQualitative Kind = "qualitative"
	KindRollup      Kind = "rollup"
)

// KindNames lists every kind, for messages.
var KindNames = []string{"metric", "keep-above", "keep-below", "boolean", "milestones", "qualitative", "rollup"}

// ParseKind reports whether s names a kind.
func ParseKind(s string) (Kind, bool) {
	for _, k := range KindNames {
		if k == s {
			return Kind(k), true
		}
	}
	return "", false
}
