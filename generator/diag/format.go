package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats lists the output formats of WriteTo.
var Formats = []string{"text", "json", "github"}

// Write prints ds in format: "text" (file:line: severity: [rule] message),
// "json" (an object with a diagnostics array and counts) or "github"
// (workflow annotation commands). Suppressed findings are listed, with
// their reason, in json only.
func Write(w io.Writer, format string, ds []Diagnostic) error {
	switch format {
	case "", "text":
		for _, d := range ds {
			if d.Severity == Suppressed {
				continue
			}
			if _, err := fmt.Fprintln(w, d.String()); err != nil {
				return err
			}
		}
		return nil
	case "json":
		return writeJSON(w, ds)
	case "github":
		for _, d := range ds {
			if d.Severity == Suppressed {
				continue
			}
			if _, err := fmt.Fprintln(w, github(d)); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("unknown format %q (want text, json or github)", format)
}

func writeJSON(w io.Writer, ds []Diagnostic) error {
	out := struct {
		Errors      int          `json:"errors"`
		Warnings    int          `json:"warnings"`
		Suppressed  int          `json:"suppressed,omitempty"`
		Diagnostics []Diagnostic `json:"diagnostics"`
	}{Diagnostics: ds}
	if out.Diagnostics == nil {
		out.Diagnostics = []Diagnostic{}
	}
	for _, d := range ds {
		switch d.Severity {
		case Error:
			out.Errors++
		case Suppressed:
			out.Suppressed++
		default:
			out.Warnings++
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// github formats one workflow command:
// ::error file=F,line=L,col=C,title=[rule]::message
func github(d Diagnostic) string {
	var b strings.Builder
	b.WriteString("::")
	b.WriteString(string(d.Severity))
	b.WriteString(" file=")
	b.WriteString(escapeProperty(d.File))
	if d.Line > 0 {
		fmt.Fprintf(&b, ",line=%d", d.Line)
	}
	if d.Col > 0 {
		fmt.Fprintf(&b, ",col=%d", d.Col)
	}
	b.WriteString(",title=")
	b.WriteString(escapeProperty("okrportal " + d.Rule))
	b.WriteString("::")
	b.WriteString(escapeData(d.Message))
	return b.String()
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
