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
	// StatusNoData is the status of a key result without a value as of the
	// build date, and of an objective none of whose key results has one.
	// Content cannot set it.
	StatusNoData Status = "no-data"
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
	case StatusNoData:
		return "no data yet"
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
	case StatusNoData:
		return "○"
	}
	return "–"
}

// Band is the colour band of a closed score with the default bands: red
// below 0.4, amber below 0.7, else green. ScoreBands.Band uses a portal's
// own bands.
func Band(score float64) string { return DefaultScoreBands().Band(score) }

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
