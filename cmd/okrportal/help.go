package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// printHelp writes a command's --help: its synopsis, its flags (if it has
// any) and its examples.
func printHelp(w io.Writer, name, synopsis string, fs *pflag.FlagSet) {
	fmt.Fprintln(w, synopsis)
	if flags := flagUsages(fs); flags != "" {
		fmt.Fprintf(w, "\nFlags:\n%s", flags)
	}
	if ex := examples(name); ex != "" {
		fmt.Fprintf(w, "\nExamples:\n%s\n", ex)
	}
}

// flagUsages lists the flags one a line, aligned: boolean flags without
// pflag's "[=true|false]", a value's name in capitals, the default when it
// says something.
func flagUsages(fs *pflag.FlagSet) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		varname, usage := pflag.UnquoteUsage(f)
		if f.Value.Type() != "bool" {
			left += " " + valueName(f.Name, varname)
			if f.DefValue != "" && f.DefValue != "0s" {
				usage += fmt.Sprintf(" (default %s)", f.DefValue)
			}
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s   %s\n", width, r.left, r.usage)
	}
	return b.String()
}

// valueName is how a flag's value is shown: its back-quoted name from the
// usage in capitals, else DIR for folders, else VALUE.
func valueName(flag, varname string) string {
	switch {
	case varname == "folder" || flag == "source" || flag == "destination":
		return "DIR"
	case varname == "" || varname == "string" || varname == "int" || varname == "duration":
		return "VALUE"
	}
	return strings.ToUpper(varname)
}

// examples are the Examples sections of the commands' help.
func examples(name string) string {
	switch name {
	case "build":
		return `  okrportal build                          # content/ → public/
  okrportal build -s okrs -d /srv/www/okrs --quiet
  okrportal build --today 2026-11-20       # reproducible: the same bytes every time
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) okrportal build`
	case "serve":
		return `  okrportal serve                          # http://127.0.0.1:8080, reloads on save
  okrportal serve -s okrs -p 0             # a free port
  okrportal serve --bind 0.0.0.0 --drafts  # show drafts to colleagues on your network
  okrportal serve --poll 1s                # on a network drive or WSL`
	case "check":
		return `  okrportal check                          # errors and warnings, as path:line:col
  okrportal check --strict                 # fail on warnings too
  okrportal check --format github -s content   # annotations in a GitHub workflow
  okrportal check --format json | jq '.diagnostics[] | select(.severity=="error")'`
	case "new":
		return newExamples
	case "init":
		return initExamples
	case "checkin":
		return checkinExamples
	case "import":
		return importExamples
	case "export":
		return exportExamples
	case "completion":
		return completionExamples
	case "version":
		return "  okrportal version"
	case "theme":
		return themeExamples
	}
	return ""
}
