// Package export writes the portal's data files: okrs.json (the whole
// portal with its computed values, for other tools), feed.xml (an Atom
// feed of the latest check-ins) and search-index.json (what the search
// page searches, also as assets/search-index.js for file:// sites).
//
// An Exporter reads a resolved, computed portal and writes each file to a
// Writer; it keeps no state between files, so its methods may run at the
// same time. Statuses, paths and numbers come from package pagedata, as
// the pages show them. okrs.json and the search index are appended by
// hand, without reflection: a differential test holds okrs.json to
// encoding/json's bytes for the same values. The search index is the
// search page's own compact format (searchFormat), which
// ReadSearchIndex expands back into entries; a test holds those to the
// flat list of entries the index was before.
package export

import (
	"io"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// Writer is where an Exporter writes a file.
type Writer interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
	// Reserve makes room for about n more bytes: a hint.
	Reserve(n int)
}

// Exporter writes the data files of one portal.
type Exporter struct {
	p      *model.Portal
	latest []pagedata.CheckinRef // newest first
}

// New returns an Exporter of p whose feed shows latest, newest first.
func New(p *model.Portal, latest []pagedata.CheckinRef) *Exporter {
	return &Exporter{p: p, latest: latest}
}

// JSON writes okrs.json.
func (s *Exporter) JSON(w Writer) error { return s.exportJSON(w) }

// Feed writes feed.xml.
func (s *Exporter) Feed(w Writer) error { return s.feed(w) }

// SearchIndex writes search-index.json.
func (s *Exporter) SearchIndex(w Writer) error { return s.searchIndex(w) }

// SearchIndexScript writes assets/search-index.js, the index as a script
// for sites opened from file://.
func (s *Exporter) SearchIndexScript(w Writer) error { return s.searchIndexScript(w) }
