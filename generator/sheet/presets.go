package sheet

import (
	"maps"
	"slices"
)

// Preset reads the export of a hosted OKR tool: its column titles mapped
// to fields ("" ignores the column), and the public pages that document
// them.
type Preset struct {
	Tool    string
	Columns map[string]string
	Sources []string
}

// Mapping is the preset's columns as a Mapping.
func (p Preset) Mapping() Mapping {
	m := Mapping{}
	for col, f := range p.Columns {
		m[normalize(col)] = f
	}
	return m
}

// Presets are the presets by --from name.
var Presets = map[string]Preset{}

// PresetNames lists the presets' names, sorted.
func PresetNames() []string {
	return slices.Sorted(maps.Keys(Presets))
}
