package resolve

import (
	"reflect"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/source"
)

// Entity is a kind of source file and the type its front matter decodes
// into, for documentation generated from the decoder's field table.
type Entity struct {
	Name  string // "objective"
	Where string // "okrs/<period>/<team>/<slug>.md"
	Type  reflect.Type
}

// Entities lists the kinds of source file in the order a portal is
// written, each with the type Decode fills for it.
func Entities() []Entity {
	out := []Entity{
		{Name: "settings", Where: "portal.yaml"},
		{Name: "strategy", Where: "strategy.md"},
		{Name: "priority", Where: "priorities/<id>.md"},
		{Name: "team", Where: "teams/<id>.md"},
		{Name: "person", Where: "people/<id>.md"},
		{Name: "objective", Where: "okrs/<period>/<team>/<slug>.md"},
	}
	sections := []source.Section{source.SectionPortal, source.SectionStrategy, source.SectionPriorities,
		source.SectionTeams, source.SectionPeople, source.SectionOKRs}
	for i, s := range sections {
		out[i].Type = reflect.TypeOf(Decode(&source.Document{Section: s}, &diag.List{}))
	}
	return out
}
