// Command okrportal builds a static OKR portal from a folder of Markdown
// files: `okrportal build`, `serve`, `check`, `new`, `init`, `version`.
//
// Each subcommand is a struct in a file of its own with a Run method; main
// only dispatches and turns errors into exit codes (exitcodes.go: 0 ok,
// 1 content errors, 2 usage, 3 I/O or environment, 130 interrupted).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/spf13/pflag"
)

// command is one subcommand.
type command interface {
	Run(ctx context.Context, args []string) error
}

// env is what every command may use instead of globals.
type env struct {
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// memory, set only by main, manages the process's memory while a
	// portal loads (memlimit.go); zero elsewhere, so tests that call run
	// keep the runtime's settings.
	memory memoryHooks
}

const usage = `okrportal turns a folder of OKRs in Markdown into a static intranet portal.

Usage:
  okrportal <command> [flags]

Commands:
  build     build the portal into a folder (default public/)
  serve     preview the portal with live reload while you edit
  check     review the content: errors and OKR coaching warnings
  new       add a team, objective, priority or person from a template
  init      start a new portal source folder
  checkin   add a check-in to a key result (or many, from a CSV file)
  import    turn a spreadsheet (CSV, XLSX) into objectives and key results
  export    write the objectives as a spreadsheet (CSV, XLSX)
  version   print the version
  theme     write the default theme to a folder (theme eject DIR)
  completion  print a shell completion script (bash, zsh, fish)

Run 'okrportal help <command>' for the flags and examples of a command.
`

var commands = []string{"build", "serve", "check", "new", "init", "checkin", "import", "export", "theme", "version", "completion"}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, memory: memoryFor(os.Getenv)}
	code := run(ctx, os.Args[1:], e)
	stop()
	os.Exit(code)
}

// run dispatches args and returns the exit code.
func run(ctx context.Context, args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return 2
	}
	var cmd command
	switch args[0] {
	case "build":
		cmd = &buildCommand{env: e}
	case "serve", "server":
		cmd = &serveCommand{env: e}
	case "check":
		cmd = &checkCommand{env: e}
	case "new":
		cmd = &newCommand{env: e}
	case "init":
		cmd = &initCommand{env: e}
	case "checkin":
		cmd = &checkinCommand{env: e}
	case "import":
		cmd = &importCommand{env: e}
	case "export":
		cmd = &exportCommand{env: e}
	case "version", "--version":
		cmd = &versionCommand{env: e}
	case "theme":
		cmd = &themeCommand{env: e}
	case "completion":
		cmd = &completionCommand{env: e}
	case "help", "-h", "--help":
		if len(args) > 1 {
			if !slices.Contains(commands, args[1]) {
				return run(ctx, args[1:], e) // an unknown command: its error, exit 2
			}
			return run(ctx, []string{args[1], "--help"}, e)
		}
		fmt.Fprint(e.stdout, usage)
		return 0
	default:
		hint := ""
		if s := decode.Suggest(args[0], commands); s != "" {
			hint = fmt.Sprintf("; did you mean %q?", s)
		}
		fmt.Fprintf(e.stderr, "okrportal: unknown command %q%s\n\n%s", args[0], hint, usage)
		return 2
	}
	return exitCode(cmd.Run(ctx, args[1:]), e.stderr)
}

// usageError is a mistake in the command line: exit 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// contentError means the content has errors, already printed: exit 1.
type contentError struct{ msg string }

func (c contentError) Error() string { return c.msg }

func exitCode(err error, stderr io.Writer) int {
	var u usageError
	var c contentError
	switch {
	case err == nil, errors.Is(err, pflag.ErrHelp):
		return 0
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "okrportal: %s\n", u.msg)
		return 2
	case errors.As(err, &c):
		if c.msg != "" {
			fmt.Fprintf(stderr, "okrportal: %s\n", c.msg)
		}
		return 1
	}
	return failureCode(err, stderr)
}

// newFlags returns a flag set that prints its usage to e.stderr and reports
// errors as usage errors.
func newFlags(e env, name, synopsis string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { printHelp(e.stdout, name, synopsis, fs) } // only for --help, so to stdout
	return fs
}

// parse parses args, turning flag mistakes into usage errors.
func parse(fs *pflag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) { // pflag has printed the usage
		return err
	}
	if err != nil {
		return usageError{fmt.Sprintf("%s: %v%s (see 'okrportal %s --help')", fs.Name(), err, flagHint(fs, err), fs.Name())}
	}
	sourceHere(fs)
	return nil
}

// flagHint suggests the flag an unknown --flag was probably meant to be.
func flagHint(fs *pflag.FlagSet, err error) string {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return ""
	}
	var names []string
	fs.VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
	if s := decode.Suggest(name, names); s != "" {
		return fmt.Sprintf("; did you mean --%s?", s)
	}
	return ""
}
