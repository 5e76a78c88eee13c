package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/okrportal/okrportal/generator/sheet"
)

const completionSynopsis = `Usage: okrportal completion bash|zsh|fish

Print a script that completes okrportal's commands, flags, formats and
folders in your shell. Load it from your shell's start-up file.`

const completionExamples = `  source <(okrportal completion bash)       # in ~/.bashrc
  source <(okrportal completion zsh)        # in ~/.zshrc
  okrportal completion fish > ~/.config/fish/completions/okrportal.fish`

// complFlag is a flag as the completion scripts know it. values lists its
// choices; "DIR" completes folders; "" marks a flag without a value.
type complFlag struct{ long, short, values, help string }

// complCommand is a command with its flags and its first argument's choices.
type complCommand struct {
	name, help, args string
	flags            []complFlag
}

// completionTable is what the scripts complete; a test compares it with
// each command's --help.
func completionTable() []complCommand {
	source := complFlag{"source", "s", "DIR", "the portal's source folder"}
	today := complFlag{"today", "", "DATE", "build as if today were DATE"}
	drafts := complFlag{"drafts", "", "", "include drafts"}
	return []complCommand{
		{"build", "build the portal into a folder", "", []complFlag{source, {"destination", "d", "DIR", "the output folder"}, today, drafts,
			{"force", "", "", "replace a folder okrportal did not create"}, {"quiet", "q", "", "print nothing but errors"},
			{"cpuprofile", "", "FILE", "write a CPU profile"}}},
		{"serve", "preview with live reload", "", []complFlag{source, {"bind", "", "ADDR", "the address to listen on"},
			{"port", "p", "PORT", "the port to listen on"}, today, drafts, {"poll", "", "INTERVAL", "poll for changes"},
			{"allow-host", "", "HOST", "also answer requests for this host name"}}},
		{"check", "review the content", "", []complFlag{source, {"format", "", "text json github", "output format"},
			{"strict", "", "", "exit 1 on warnings too"}, today}},
		{"new", "add an entity from a template", "team objective priority person", []complFlag{source}},
		{"init", "start a new portal", "", []complFlag{{"ci", "", "github gitlab", "also write a CI pipeline"}}},
		{"checkin", "add a check-in to a key result", "", []complFlag{source, {"note", "", "TEXT", "what happened"},
			{"confidence", "", "N", "confidence, 0-10"}, {"status", "", "on-track at-risk off-track achieved missed dropped", "the owner's call"},
			{"date", "", "DATE", "the check-in's date"}, {"from", "", "FILE", "add the check-ins of a CSV file"},
			{"dry-run", "", "", "show the diff, write nothing"}}},
		{"import", "turn a spreadsheet into portal files", "", []complFlag{source, today,
			{"from", "", strings.Join(sheet.PresetNames(), " "), "the tool the sheet was exported from"},
			{"map", "", "TITLE=FIELD", "read a column as a field"}, {"date", "", "DATE", "make undated rows check-ins of DATE"},
			{"dry-run", "", "", "print what it would write"},
			{"force", "", "", "replace files that exist"}}},
		{"export", "write the portal as a spreadsheet", "", []complFlag{source, {"format", "", "csv xlsx", "output format"},
			{"output", "o", "FILE", "the file to write"}}},
		{"version", "print the version", "", nil},
		{"theme", "write the default theme to a folder", "eject", nil},
		{"completion", "print a shell completion script", "bash zsh fish", nil},
		{"help", "help on a command", strings.Join(commands, " "), nil},
	}
}

type completionCommand struct{ env env }

func (c *completionCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "completion", completionSynopsis)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"usage: okrportal completion bash|zsh|fish"}
	}
	switch fs.Arg(0) {
	case "bash":
		writeBash(c.env.stdout, completionTable())
	case "zsh":
		fmt.Fprint(c.env.stdout, "#compdef okrportal\nautoload -U +X bashcompinit && bashcompinit\n")
		writeBash(c.env.stdout, completionTable())
	case "fish":
		writeFish(c.env.stdout, completionTable())
	default:
		return usageError{fmt.Sprintf("completion: unknown shell %q; choose bash, zsh or fish", fs.Arg(0))}
	}
	return nil
}

func writeBash(w io.Writer, cmds []complCommand) {
	var names []string
	for _, c := range cmds {
		names = append(names, c.name)
	}
	fmt.Fprintf(w, `# bash completion for okrportal
_okrportal() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "%s" -- "$cur")); return
  fi
  case "${COMP_WORDS[1]} $prev" in
`, strings.Join(names, " "))
	for _, c := range cmds {
		for _, f := range c.flags {
			if f.values == "" {
				continue
			}
			pat := `"` + c.name + " --" + f.long + `"`
			if f.short != "" {
				pat += `|"` + c.name + " -" + f.short + `"`
			}
			action := `COMPREPLY=(); return`
			switch {
			case f.values == "DIR":
				action = `COMPREPLY=($(compgen -d -- "$cur")); return`
			case strings.ToLower(f.values) == f.values:
				action = fmt.Sprintf(`COMPREPLY=($(compgen -W "%s" -- "$cur")); return`, f.values)
			}
			fmt.Fprintf(w, "    %s) %s;;\n", pat, action)
		}
	}
	fmt.Fprint(w, "  esac\n  case \"${COMP_WORDS[1]}\" in\n")
	for _, c := range cmds {
		var opts []string
		for _, f := range c.flags {
			opts = append(opts, "--"+f.long)
		}
		args := ""
		if c.args != "" {
			args = fmt.Sprintf(`[ "$COMP_CWORD" -eq 2 ] && words="%s "; `, c.args)
		}
		fmt.Fprintf(w, "    %s) %swords+=\"%s\";;\n", c.name, args, strings.Join(opts, " "))
	}
	fmt.Fprint(w, `  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _okrportal okrportal
`)
}

func writeFish(w io.Writer, cmds []complCommand) {
	fmt.Fprintln(w, "# fish completion for okrportal\ncomplete -c okrportal -f")
	for _, c := range cmds {
		fmt.Fprintf(w, "complete -c okrportal -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.help))
		cond := "__fish_seen_subcommand_from " + c.name
		if c.args != "" {
			fmt.Fprintf(w, "complete -c okrportal -n '%s' -a '%s'\n", cond, c.args)
		}
		for _, f := range c.flags {
			line := fmt.Sprintf("complete -c okrportal -n '%s' -l %s", cond, f.long)
			if f.short != "" {
				line += " -s " + f.short
			}
			switch {
			case f.values == "DIR":
				line += " -r -F"
			case f.values != "" && strings.ToLower(f.values) == f.values:
				line += fmt.Sprintf(" -x -a '%s'", f.values)
			case f.values != "":
				line += " -x"
			}
			fmt.Fprintf(w, "%s -d %s\n", line, fishQuote(f.help))
		}
	}
}

// fishQuote quotes s for fish: in single quotes, where only \\ and \' are
// escapes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
