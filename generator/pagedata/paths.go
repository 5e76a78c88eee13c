package pagedata

import "github.com/okrportal/okrportal/generator/model"

// The site paths of the entities' pages, relative to the site root: a
// folder ending in "/", or with KRPath an anchor on one.

func ObjPath(o *model.Objective) string     { return "objectives/" + o.ID + "/" }
func TeamPath(t *model.Team) string         { return "teams/" + t.ID + "/" }
func PersonPath(x *model.Person) string     { return "people/" + x.ID + "/" }
func PeriodPath(x *model.Period) string     { return "periods/" + x.ID + "/" }
func PriorityPath(x *model.Priority) string { return "priorities/" + x.ID + "/" }
func KRAnchor(k *model.KeyResult) string    { return "kr-" + k.ID }
func KRPath(k *model.KeyResult) string      { return ObjPath(k.Objective) + "#" + KRAnchor(k) }

// TrimSlash is s without its trailing slashes.
func TrimSlash(s string) string {
	for len(s) > 0 && s[len(s)-1] == '/' {
		s = s[:len(s)-1]
	}
	return s
}
