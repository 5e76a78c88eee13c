package render

import "github.com/okrportal/okrportal/generator/model"

// Owners and the links between key results, on the cards of objective
// pages.

// owners appends " · Owner " and the owner, or " · Owners " and every
// owner, each linked; with none, " · Owner no owner" when always is set,
// else nothing. first stands in for an empty list.
func (m *markup) owners(list []*model.Person, first *model.Person, always bool) {
	if len(list) == 0 && first != nil {
		list = []*model.Person{first}
	}
	switch len(list) {
	case 0:
		if always {
			m.Raw(` · <span class="owners">Owner `)
			m.person(nil)
			m.Raw(`</span>`)
		}
		return
	case 1:
		m.Raw(` · <span class="owners">Owner `)
	default:
		m.Raw(` · <span class="owners">Owners `)
	}
	for i, x := range list {
		if i > 0 {
			m.Raw(`, `)
		}
		m.person(x)
	}
	m.Raw(`</span>`)
}

// people appends every owner in list, linked and separated by commas, or
// first (the "person" partial, "no owner" for nil) when list is empty.
func (m *markup) people(list []*model.Person, first *model.Person) {
	if len(list) == 0 {
		m.person(first)
		return
	}
	for i, x := range list {
		if i > 0 {
			m.Raw(`, `)
		}
		m.person(x)
	}
}

// krLinks appends, after a newline, the key results k contributes to and
// those that feed it, each as "objective · key result"; nothing without
// any.
func (m *markup) krLinks(k *model.KeyResult) {
	if len(k.AlignsTo)+len(k.AlignedFrom) == 0 {
		return
	}
	m.Raw("\n" + `<p class="meta kr-links">`)
	if len(k.AlignsTo) > 0 {
		m.Raw(`Contributes to: `)
		m.krRefs(k.AlignsTo)
	}
	if len(k.AlignedFrom) > 0 {
		if len(k.AlignsTo) > 0 {
			m.Raw(`<br>`)
		}
		m.Raw(`Fed by: `)
		m.krRefs(k.AlignedFrom)
	}
	m.Raw(`</p>`)
}

// krRefs appends key results as "objective · key result" links, with the
// objective's period when it is not the page's.
func (m *markup) krRefs(ks []*model.KeyResult) {
	for i, x := range ks {
		if i > 0 {
			m.Raw(`; `)
		}
		m.Raw(`<a href="`)
		m.linkObj(x.Objective, nil)
		m.Raw(`">`)
		m.Text(x.Objective.Title)
		m.Raw(`</a> · <a href="`)
		m.linkObj(x.Objective, x)
		m.Raw(`">`)
		m.Text(x.Title)
		m.Raw(`</a>`)
	}
}
