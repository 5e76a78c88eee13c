package main

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// The exit codes of every command (README, "Exit codes").
const (
	exitOK          = 0   // success
	exitContent     = 1   // the content has errors (check --strict: warnings too)
	exitUsage       = 2   // a mistake in the command line or its environment variables
	exitEnvironment = 3   // I/O or environment: unreadable source, unwritable destination…
	exitInterrupted = 130 // stopped by Ctrl-C or SIGTERM
)

// interruptedError says what an interrupted command left behind.
type interruptedError struct{ msg string }

func (e interruptedError) Error() string { return e.msg }

// failureCode prints an error that is neither a usage nor a content error
// and returns its exit code: exitInterrupted when the command was
// interrupted, else exitEnvironment.
func failureCode(err error, stderr io.Writer) int {
	var ie interruptedError
	switch {
	case errors.As(err, &ie):
		fmt.Fprintf(stderr, "okrportal: %s\n", ie.msg)
		return exitInterrupted
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "okrportal: interrupted")
		return exitInterrupted
	}
	fmt.Fprintf(stderr, "okrportal: %v\n", err)
	return exitEnvironment
}

// interrupted turns the error of a command stopped by ctx into its
// message, what (e.g. "build") naming the command.
func interrupted(ctx context.Context, err error, what string) error {
	if err != nil && ctx.Err() != nil {
		return interruptedError{what + " interrupted; nothing was written and the previous output is unchanged"}
	}
	return err
}
