package sheet

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Formats are the formats export writes.
var Formats = []string{"csv", "xlsx"}

// Write writes the header and rows as CSV or XLSX.
func Write(w io.Writer, format string, header []string, rows [][]string) error {
	switch format {
	case "csv":
		return WriteCSV(w, header, rows)
	case "xlsx":
		return WriteXLSX(w, header, rows)
	}
	return fmt.Errorf("format %q is not csv or xlsx", format)
}

// WriteCSV writes comma-separated UTF-8, quoted where needed, lines ending
// in \n.
func WriteCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// WriteXLSX writes a workbook of one worksheet, "OKRs": the header in
// bold and frozen, numbers of number columns as numbers, the rest as text.
func WriteXLSX(w io.Writer, header []string, rows [][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "OKRs"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	if err := setRow(f, sheet, 1, header, header); err != nil {
		return err
	}
	for i, r := range rows {
		if err := setRow(f, sheet, i+2, header, r); err != nil {
			return err
		}
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(max(len(header), 1))
	if err := f.SetCellStyle(sheet, "A1", last+"1", bold); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", last, 16); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return f.Write(w)
}

func setRow(f *excelize.File, sheet string, n int, header, cells []string) error {
	vals := make([]any, len(cells))
	for i, c := range cells {
		vals[i] = c
		if i < len(header) && n > 1 {
			if fd := field(fieldByHeader(header[i], nil)); fd != nil && fd.Type == Number {
				if v, err := strconv.ParseFloat(c, 64); err == nil {
					vals[i] = v
				}
			}
		}
	}
	return f.SetSheetRow(sheet, "A"+strconv.Itoa(n), &vals)
}
