package compute

import "github.com/okrportal/okrportal/generator/model"

// keyResultScore is the score of kr at the end of its period: its score
// field if given, else min(progress, 1); clamped to 0–1 either way.
func keyResultScore(kr *model.KeyResult) float64 {
	if kr.Score != nil {
		return clamp01(*kr.Score)
	}
	return clamp01(kr.Computed.Progress)
}

// objectiveScore is the weighted mean of o's key-result scores by their
// weight (see mean); the scores must be computed. No key results give 0.
func objectiveScore(o *model.Objective) float64 {
	var m mean
	for _, kr := range o.KeyResults {
		if kr != nil {
			m.add(kr.Weight, kr.Computed.Score)
		}
	}
	return m.value()
}
