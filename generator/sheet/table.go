package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// MaxSize is the largest sheet read, in bytes.
const MaxSize = 64 << 20

// Table is a sheet's cells: its header row and the rows below it.
type Table struct {
	File      string // as named in problems
	HeaderRow int    // the header's row number, from 1
	Header    []string
	Rows      []Row
	// Synthetic is set on a table a preset made: its columns are the
	// fields, not the file's, so problems name no column letter.
	Synthetic bool
}

// Row is one non-empty row below the header.
type Row struct {
	Num   int // the row number a spreadsheet shows, from 1
	Cells []string
}

// Problem is something wrong in a sheet, at a row and column.
type Problem struct {
	File    string
	Row     int    // from 1; 0 for the whole file
	Col     string // the column's letter (A, B…) and header, or ""
	Message string
}

func (p Problem) Error() string {
	switch {
	case p.Row == 0:
		return p.File + ": " + p.Message
	case p.Col == "":
		return fmt.Sprintf("%s:%d: %s", p.File, p.Row, p.Message)
	}
	return fmt.Sprintf("%s:%d:%s: %s", p.File, p.Row, p.Col, p.Message)
}

// problem is a Problem at row and column col (from 0; -1 for none).
func (t *Table) problem(row, col int, format string, args ...any) Problem {
	p := Problem{File: t.File, Row: row, Message: fmt.Sprintf(format, args...)}
	switch {
	case col >= 0 && t.Synthetic && col < len(t.Header):
		p.Col = t.Header[col]
	case col >= 0:
		p.Col = colName(col)
		if col < len(t.Header) && strings.TrimSpace(t.Header[col]) != "" {
			p.Col += fmt.Sprintf(" (%s)", strings.TrimSpace(t.Header[col]))
		}
	}
	return p
}

// colName is a spreadsheet's name of column i (from 0): A … Z, AA …
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// ReadTable reads a CSV or XLSX sheet (by content, else by extension):
// the header is its first non-empty row.
func ReadTable(name string, data []byte) (*Table, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%s: %d bytes is more than a sheet may have (%d)", name, len(data), MaxSize)
	}
	var rows [][]string
	var err error
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		rows, err = readXLSX(data)
	case strings.EqualFold(filepath.Ext(name), ".xlsx"):
		return nil, fmt.Errorf("%s: not an XLSX workbook (save it from your spreadsheet as .xlsx or .csv)", name)
	case bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return nil, fmt.Errorf("%s: an old .xls workbook; save it as .xlsx or .csv", name)
	default:
		rows, err = readCSV(data)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return tableOf(name, rows), nil
}

func tableOf(name string, rows [][]string) *Table {
	t := &Table{File: name}
	for i, r := range rows {
		if blank(r) {
			continue
		}
		if t.Header == nil {
			t.Header, t.HeaderRow = r, i+1
			continue
		}
		t.Rows = append(t.Rows, Row{Num: i + 1, Cells: r})
	}
	return t
}

func blank(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// readCSV reads comma-, semicolon- or tab-separated values (the separator
// that splits the first line most), in UTF-8 with or without a BOM.
func readCSV(data []byte) ([][]string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, errors.New("not UTF-8 text; save the sheet as \"CSV UTF-8\" or as .xlsx")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("a binary file, not CSV; save the sheet as .csv or .xlsx")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = separator(data)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		rows = append(rows, rec)
	}
}

func separator(data []byte) rune {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	best, n := ',', bytes.Count(line, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if k := bytes.Count(line, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}

// readXLSX reads the first worksheet's cells, raw (dates as serial
// numbers, which the date fields convert).
func readXLSX(data []byte) (rows [][]string, err error) {
	defer func() {
		if r := recover(); r != nil { // a malformed workbook must not crash import
			rows, err = nil, fmt.Errorf("not a readable XLSX workbook (%v)", r)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true,
		UnzipSizeLimit: 4 * MaxSize, UnzipXMLSizeLimit: 2 * MaxSize})
	if err != nil {
		return nil, fmt.Errorf("not a readable XLSX workbook: %v", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("the workbook has no worksheet")
	}
	rows, err = f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("worksheet %q: %v", sheets[0], err)
	}
	return rows, nil
}
