package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestHelpHasExamplesAndCleanFlags(t *testing.T) {
	for _, name := range commands {
		t.Run(name, func(t *testing.T) {
			code, stdout, _ := runCommand(name, "--help")
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			if !strings.Contains(stdout, "\nExamples:\n") || !strings.Contains(stdout[strings.Index(stdout, "Examples:"):], "okrportal "+name) {
				t.Errorf("no Examples section:\n%s", stdout)
			}
			if strings.Contains(stdout, "[=true|false]") || strings.Contains(stdout, "Flags:\n\n") || strings.HasSuffix(stdout, "Flags:\n") {
				t.Errorf("noisy or empty flags:\n%s", stdout)
			}
			_, viaHelp, _ := runCommand("help", name)
			if viaHelp != stdout {
				t.Errorf("okrportal help %s differs from okrportal %s --help:\n%s", name, name, viaHelp)
			}
		})
	}
}

var helpFlag = regexp.MustCompile(`(?m)^\s+(?:-(\w), )?--([a-z-]+)`)

// The completion scripts know exactly the flags each command's help lists.
func TestCompletionTableMatchesHelp(t *testing.T) {
	for _, c := range completionTable() {
		if c.name == "help" {
			continue
		}
		_, stdout, _ := runCommand(c.name, "--help")
		var inHelp, inTable []string
		for _, m := range helpFlag.FindAllStringSubmatch(stdout, -1) {
			inHelp = append(inHelp, m[2]+"/"+m[1])
		}
		for _, f := range c.flags {
			inTable = append(inTable, f.long+"/"+f.short)
		}
		slices.Sort(inHelp)
		slices.Sort(inTable)
		if !slices.Equal(inHelp, inTable) {
			t.Errorf("%s: help lists %v, completion knows %v", c.name, inHelp, inTable)
		}
	}
}
