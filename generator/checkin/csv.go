package checkin

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// csvColumns are the columns ReadCSV knows; ref and value are required.
var csvColumns = []string{"date", "ref", "value", "note", "confidence", "status"}

// ReadCSV reads check-ins from a CSV file whose header names its columns
// (date, ref, value, note, confidence, status, in any order and case;
// a UTF-8 byte-order mark is fine). A row without a date takes day. Rows
// are numbered by their line in the file; blank rows are skipped.
func ReadCSV(r io.Reader, day time.Time) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("the file is empty; its first line names the columns: date,ref,value,note")
		}
		return nil, err
	}
	col, err := columns(header)
	if err != nil {
		return nil, err
	}
	var rows []Row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue
		}
		row, err := csvRow(rec, col, day, line)
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
}

// columns maps each known column name to its index in header.
func columns(header []string) (map[string]int, error) {
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(csvColumns, name) {
			return nil, fmt.Errorf("line 1: unknown column %q; the columns are %s", h, strings.Join(csvColumns, ", "))
		}
		if _, dup := col[name]; dup {
			return nil, fmt.Errorf("line 1: column %q appears twice", name)
		}
		col[name] = i
	}
	for _, need := range []string{"ref", "value"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("line 1: no %q column; the header needs at least ref and value (date, note, confidence and status are optional)", need)
		}
	}
	return col, nil
}

func csvRow(rec []string, col map[string]int, day time.Time, line int) (Row, error) {
	get := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	row := Row{Ref: get("ref"), Line: line, In: Input{Date: day, Value: get("value"), Note: get("note"),
		Confidence: get("confidence"), Status: get("status")}}
	if d := get("date"); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return row, RowError{line, fmt.Errorf("date %q is not a date; write it as YYYY-MM-DD", d)}
		}
		row.In.Date = t
	}
	if row.Ref == "" {
		return row, RowError{line, errors.New("no ref: name the key result as <objective>#kr1 or by words of its title")}
	}
	if row.In.Value == "" {
		return row, RowError{line, errors.New("no value: write the value, or - for a check-in of status and note only")}
	}
	return row, nil
}
