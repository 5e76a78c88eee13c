package resolve

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

// A key result's `series:` names a CSV file under the source folder, as a
// BI tool exports it: columns date, value and optionally note, with or
// without a header line. Its rows are check-ins, read at every build (so
// that serve shows a changed file), merged by date with the written ones.

// seriesFiles reads each series file once per build, for every key result
// that names it. Safe for concurrent use.
type seriesFiles struct {
	root  string
	mu    sync.Mutex
	files map[string]*seriesFile
}

type seriesFile struct {
	once sync.Once
	rows []model.Checkin // sorted by date; Line is the row's line
	err  error           // why the file cannot be read
}

// get returns the rows of the series file rel, reporting its malformed
// rows (once) to list.
func (s *seriesFiles) get(rel string, list *diag.List) *seriesFile {
	s.mu.Lock()
	if s.files == nil {
		s.files = map[string]*seriesFile{}
	}
	f := s.files[rel]
	if f == nil {
		f = &seriesFile{}
		s.files[rel] = f
	}
	s.mu.Unlock()
	f.once.Do(func() {
		data, err := source.ReadData(s.root, rel)
		if err != nil {
			f.err = err
			return
		}
		var problems []SeriesError
		f.rows, problems = ParseSeries(data)
		for _, p := range problems {
			list.Errorf(rel, p.Line, "invalid-series", "%s", p.Msg)
		}
	})
	return f
}

// SeriesError is a malformed row of a series file.
type SeriesError struct {
	Line int
	Msg  string
}

// ParseSeries reads a series file: rows of date (YYYY-MM-DD, or an ISO
// date and time, of which the day counts), value and an optional note. A
// first row whose first cell is not a date is a header; blank lines are
// skipped. It returns the good rows, sorted by date, and the bad ones.
func ParseSeries(data []byte) ([]model.Checkin, []SeriesError) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	var rows []model.Checkin
	var bad []SeriesError
	for first := true; ; first = false {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			bad = append(bad, SeriesError{max(pe.Line, 1), "not valid CSV: " + pe.Err.Error()})
			break // the reader cannot go on after a quoting error
		}
		if err != nil {
			bad = append(bad, SeriesError{1, err.Error()})
			break
		}
		line, _ := r.FieldPos(0)
		if first && len(rec) > 0 && !looksLikeDate(rec[0]) {
			continue // a header
		}
		c, msg := seriesRow(rec)
		if msg != "" {
			bad = append(bad, SeriesError{line, msg})
			continue
		}
		c.Line = line
		rows = append(rows, c)
	}
	slices.SortStableFunc(rows, func(a, b model.Checkin) int { return a.Date.Compare(b.Date) })
	return rows, bad
}

func looksLikeDate(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 8 && s[0] >= '0' && s[0] <= '9'
}

// seriesRow parses one row, or says what is wrong with it.
func seriesRow(rec []string) (model.Checkin, string) {
	var c model.Checkin
	if len(rec) < 2 || len(rec) > 3 {
		return c, fmt.Sprintf("a row has 2 or 3 columns (date,value[,note]), not %d", len(rec))
	}
	d := strings.TrimSpace(rec[0])
	day, ok := seriesDate(d)
	if !ok {
		return c, fmt.Sprintf("date %q is not a date; write it as YYYY-MM-DD", d)
	}
	v := strings.TrimSpace(rec[1])
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
		return c, fmt.Sprintf("value %q is not a number; write it with a decimal point and no thousands separators, e.g. 1234.5", v)
	}
	c.Date, c.Value = day, &n
	if len(rec) == 3 {
		c.Note = strings.TrimSpace(rec[2])
	}
	return c, ""
}

// seriesDate parses YYYY-MM-DD, or the day of an RFC 3339 date and time.
func seriesDate(s string) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if _, err := time.Parse(time.RFC3339, strings.Replace(s, " ", "T", 1)); err == nil {
			t, err := time.Parse("2006-01-02", s[:10])
			return t, err == nil
		}
	}
	return time.Time{}, false
}

// withSeries returns the written check-ins of rk merged by date with the
// rows of its series file, if it names one; on the same day a written
// check-in comes after the file's row, so that it wins. The written ones
// are shared with other builds, so they are copied, never changed.
func (r *resolver) withSeries(doc *source.Document, rk *rawKeyResult) []model.Checkin {
	if rk.Series == "" {
		return rk.checkins
	}
	line := rk.Meta.LineOf("series")
	f := r.series.get(rk.Series, r.list)
	if f.err != nil {
		r.errorf(doc.Path, line, "invalid-series", "series %q cannot be read: %v", rk.Series, f.err)
		return rk.checkins
	}
	out := make([]model.Checkin, 0, len(rk.checkins)+len(f.rows))
	out = append(out, f.rows...)
	for i := range out {
		out[i].Line = line // the file's rows are found from the key result
	}
	out = append(out, rk.checkins...)
	slices.SortStableFunc(out, func(a, b model.Checkin) int { return a.Date.Compare(b.Date) })
	return out
}
