package pagedata

import "github.com/okrportal/okrportal/generator/model"

// Judged reports whether st is a judgement of progress against expected,
// which a key result or objective without data cannot have.
func Judged(st model.Status) bool {
	return st == model.StatusOnTrack || st == model.StatusAtRisk || st == model.StatusOffTrack
}

// ObjectiveStatus is o's status as pages show it: no-data when none of its
// key results has data, unless an override or the phase says otherwise.
func ObjectiveStatus(o *model.Objective) model.Status {
	if st := o.Computed.Status; o.Computed.HasData || !Judged(st) {
		return st
	}
	return model.StatusNoData
}

// KeyResultStatus is k's status as pages show it: no-data without data.
func KeyResultStatus(k *model.KeyResult) model.Status {
	if st := k.Computed.Status; k.Computed.HasData || !Judged(st) {
		return st
	}
	return model.StatusNoData
}
