package export

import (
	"encoding/xml"
	"net/url"
	"strconv"
	"time"

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
