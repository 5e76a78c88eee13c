package export

import (
	"encoding/xml"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// The Atom feed of feed.xml.
type (
	atomFeed struct {
		XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
		Title   string      `xml:"title"`
		ID      string      `xml:"id"`
		Updated string      `xml:"updated"`
		Links   []atomLink  `xml:"link"`
		Author  atomAuthor  `xml:"author"`
		Entries []atomEntry `xml:"entry"`
	}
	atomLink struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
	}
	atomAuthor struct {
		Name string `xml:"name"`
	}
	atomEntry struct {
		Title   string      `xml:"title"`
		ID      string      `xml:"id"`
		Updated string      `xml:"updated"`
		Link    atomLink    `xml:"link"`
		Author  *atomAuthor `xml:"author,omitempty"`
		Summary atomText    `xml:"summary"`
	}
	atomText struct {
		Type string `xml:"type,attr"`
		Text string `xml:",chardata"`
	}
)

// maxFeed caps the entries of feed.xml.
const maxFeed = 50

// feed writes feed.xml: the latest check-ins as an Atom feed. Links are
// absolute with a base URL, else relative to the feed; updated is the
// newest check-in's date (the build date without check-ins).
func (s *Exporter) feed(buf Writer) error {
	org := s.p.Settings.Organisation
	if org == "" {
		org = pagedata.Title(s.p)
	}
	f := atomFeed{
		Title:   pagedata.Title(s.p) + " — updates",
		ID:      s.feedID(""),
		Updated: atomTime(s.p.Today),
		Links:   []atomLink{{Href: s.absURL("updates/")}, {Href: s.absURL("feed.xml"), Rel: "self"}},
		Author:  atomAuthor{Name: org},
	}
	if len(s.latest) > 0 {
		f.Updated = atomTime(s.latest[0].C.Date)
	}
	for _, r := range s.latest[:min(maxFeed, len(s.latest))] {
		f.Entries = append(f.Entries, s.feedEntry(r))
	}
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	buf.WriteByte('\n')
	return nil
}

func (s *Exporter) feedEntry(r pagedata.CheckinRef) atomEntry {
	k, c := r.KR, r.C
	o := k.Objective
	title := k.Title + ": " + pagedata.CheckinValue(k, c)
	if c.Status != model.StatusNone {
		title += " (" + c.Status.Label() + ")"
	}
	summary := o.Title
	if o.Team != nil {
		summary += " — " + o.Team.Name
	}
	if c.Note != "" {
		summary += "\n\n" + c.Note
	}
	e := atomEntry{
		Title:   title,
		ID:      s.feedID(k.Ref() + "@" + pagedata.ISODate(c.Date) + "/" + strconv.Itoa(c.Line)),
		Updated: atomTime(c.Date),
		Link:    atomLink{Href: s.absURL(pagedata.ObjPath(o) + "#" + pagedata.KRAnchor(k))},
		Summary: atomText{Type: "text", Text: summary},
	}
	if who := k.Owner; who != nil {
		e.Author = &atomAuthor{Name: who.Name}
	} else if o.Owner != nil {
		e.Author = &atomAuthor{Name: o.Owner.Name}
	}
	return e
}

// feedID is a stable IRI: under the base URL when set, else a tag URI-like
// URN of the portal.
func (s *Exporter) feedID(key string) string {
	if b := s.p.Settings.BaseURL; b != "" {
		if key == "" {
			return pagedata.TrimSlash(b) + "/"
		}
		return pagedata.TrimSlash(b) + "/updates/#" + url.PathEscape(key)
	}
	if key == "" {
		return "urn:okrportal:feed"
	}
	return "urn:okrportal:checkin:" + url.PathEscape(key)
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// searchEntry is one item of search-index.json.
type searchEntry struct {
	Title string `json:"title"`
	Type  string `json:"type"`
	URL   string `json:"url"`
	Team  string `json:"team,omitempty"`
	Text  string `json:"text,omitempty"`
}

// searchIndex writes search-index.json: objectives, key results, teams and
// people with their URLs relative to the site root.
func (s *Exporter) searchIndex(buf Writer) error {
	return writeEntries(buf, s.searchEntries())
}

// searchIndexScript writes the index as a script for file:// use, where
// browsers refuse to fetch JSON.
func (s *Exporter) searchIndexScript(buf Writer) error {
	buf.WriteString("window.OKR_SEARCH_INDEX = ")
	if err := writeEntries(buf, s.searchEntries()); err != nil {
		return err
	}
	buf.WriteString(";\n")
	return nil
}

// writeEntries writes entries as a JSON array and a newline, as
// json.Encoder does, one entry at a time (appendSearchEntryJSON).
func writeEntries(buf Writer, entries []searchEntry) error {
	size := 2
	for _, e := range entries {
		size += 48 + len(e.Title) + len(e.Type) + len(e.URL) + len(e.Team) + len(e.Text)
	}
	buf.Reserve(size + size/16)
	buf.WriteByte('[')
	scratch := make([]byte, 0, 1024)
	for i := range entries {
		scratch = scratch[:0]
		if i > 0 {
			scratch = append(scratch, ',')
		}
		scratch = appendSearchEntryJSON(scratch, &entries[i])
		if _, err := buf.Write(scratch); err != nil {
			return err
		}
	}
	buf.WriteString("]\n")
	return nil
}

// searchEntries lists what search finds, in the order ties are shown:
// the current period's objectives and key results, teams, people, then
// the objectives of other periods.
func (s *Exporter) searchEntries() []searchEntry {
	p := s.p
	out := make([]searchEntry, 0, len(p.Objectives)*4+len(p.Teams)+len(p.People))
	if s.p.Current != nil {
		out = s.objectiveEntries(out, s.p.Current.Objectives)
	}
	for _, t := range p.Teams {
		parent := ""
		if t.Parent != nil {
			parent = t.Parent.Name
		}
		out = append(out, searchEntry{Title: t.Name, Type: "team", URL: pagedata.TeamPath(t), Team: parent,
			Text: joinNonEmpty(ownerName(t.Lead), t.Mission)})
	}
	for _, x := range p.People {
		team := ""
		if x.Team != nil {
			team = x.Team.Name
		}
		out = append(out, searchEntry{Title: x.Name, Type: "person", URL: pagedata.PersonPath(x), Team: team, Text: x.Title})
	}
	for _, pe := range p.Periods {
		if pe != s.p.Current {
			out = s.objectiveEntries(out, pe.Objectives)
		}
	}
	return out
}

// objectiveEntries appends objs and their key results to out.
func (s *Exporter) objectiveEntries(out []searchEntry, objs []*model.Objective) []searchEntry {
	for _, o := range objs {
		team, period := "", ""
		if o.Team != nil {
			team = o.Team.Name
		}
		if o.Period != nil {
			period = o.Period.Name
		}
		out = append(out, searchEntry{Title: o.Title, Type: "objective", URL: pagedata.ObjPath(o), Team: team,
			Text: joinNonEmpty(period, ownerName(o.Owner), strings.Join(o.Tags, " "), excerpt(o.Body.Text))})
		for _, k := range o.KeyResults {
			out = append(out, searchEntry{Title: k.Title, Type: "key result", URL: pagedata.ObjPath(o) + "#" + pagedata.KRAnchor(k),
				Team: team, Text: joinNonEmpty(period, o.Title, ownerName(k.Owner))})
		}
	}
	return out
}

func ownerName(x *model.Person) string {
	if x == nil {
		return ""
	}
	return x.Name
}

func joinNonEmpty(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, " · ")
}

// excerptLen is how much of an objective's body the search index holds.
const excerptLen = 160

// excerpt is the start of a Markdown text as plain words.
func excerpt(md string) string {
	if !utf8.ValidString(md) {
		return excerptOf(strings.Fields(strings.Map(excerptSpace, md)))
	}
	var b strings.Builder
	for rest := md; ; {
		i := strings.IndexFunc(rest, isExcerptWord)
		if i < 0 {
			break
		}
		rest = rest[i:]
		end := strings.IndexFunc(rest, isExcerptSpace)
		if end < 0 {
			end = len(rest)
		}
		if !appendWord(&b, rest[:end]) {
			break
		}
		rest = rest[end:]
	}
	return b.String()
}

// excerptOf joins the first words up to excerptLen bytes.
func excerptOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !appendWord(&b, w) {
			break
		}
	}
	return b.String()
}

// appendWord adds w to an excerpt, or " …" and false when it is full.
func appendWord(b *strings.Builder, w string) bool {
	if b.Len()+len(w) > excerptLen {
		b.WriteString(" …")
		return false
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
	return true
}

// excerptSpace maps the Markdown marks an excerpt leaves out to spaces.
func excerptSpace(r rune) rune {
	switch r {
	case '#', '*', '_', '`', '>', '[', ']', '|':
		return ' '
	}
	return r
}

func isExcerptSpace(r rune) bool { return unicode.IsSpace(excerptSpace(r)) }
func isExcerptWord(r rune) bool  { return !isExcerptSpace(r) }
