package compute

import "github.com/okrportal/okrportal/generator/model"

// keyResultScore is the score of kr at the end of its period: its score
// field if given, else min(progress, 1) when it has data; clamped to 0–1.
// scored is false when it has neither: closed and never graded is "not
// scored", never 0.
func keyResultScore(kr *model.KeyResult) (score float64, scored bool) {
	switch {
	case kr.Score != nil:
		return clamp01(*kr.Score), true
	case kr.Computed.HasData:
		return clamp01(kr.Computed.Progress), true
	}
	return 0, false
}

// objectiveScore is the weighted mean of o's scored key results' scores by
// their weight (see mean); scored is false when none is scored.
func objectiveScore(o *model.Objective) (score float64, scored bool) {
	var m mean
	for _, kr := range o.KeyResults {
		if kr != nil && kr.Computed.Scored {
			m.add(kr.Weight, kr.Computed.Score)
		}
	}
	return m.value(), m.n > 0
}
