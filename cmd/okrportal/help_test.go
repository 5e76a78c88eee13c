package main

import (
	"os"
	"os/exec"
	"path/filepath"
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

func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, stdout, _ := runCommand("completion", shell)
		if code != 0 || !strings.Contains(stdout, "okrportal") || !strings.Contains(stdout, "github") {
			t.Errorf("completion %s: exit %d\n%s", shell, code, stdout)
		}
	}
	if code, _, stderr := runCommand("completion", "tcsh"); code != 2 || !strings.Contains(stderr, "choose bash, zsh or fish") {
		t.Errorf("completion tcsh: exit %d, %s", code, stderr)
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the script with")
	}
	_, script, _ := runCommand("completion", "bash")
	file := filepath.Join(t.TempDir(), "c.bash")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	for words, want := range map[string]string{
		"okrportal ch":               "check checkin",
		"okrportal check --format g": "github",
		"okrportal build --dr":       "--drafts",
		"okrportal new ob":           "objective",
		"okrportal init --ci gi":     "github gitlab",
	} {
		ws := strings.Fields(words)
		cmd := exec.Command(bash, "-c", `source "$0"; COMP_WORDS=(`+words+`); COMP_CWORD=`+string(rune('0'+len(ws)-1))+`; _okrportal; echo "${COMPREPLY[@]}"`, file)
		out, err := cmd.Output()
		if err != nil || strings.TrimSpace(string(out)) != want {
			t.Errorf("completing %q: %q (%v), want %q", words, out, err, want)
		}
	}
}

func TestNewAndInitExitCodes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "portal")
	t.Chdir(filepath.Dir(dir))
	tests := []struct {
		args   []string
		code   int
		output string
	}{
		{[]string{"init", "portal", "--ci", "github"}, 0, "Created .github/workflows/okrportal.yml: it checks portal on pull requests"},
		{[]string{"init", "portal"}, 2, "portal is not empty; choose a new folder"},
		{[]string{"init", "other", "--ci", "jenkins"}, 2, `--ci "jenkins" is not one of github, gitlab`},
		{[]string{"new", "person", "Inés García", "-s", "portal"}, 0, "Created portal/people/ines-garcia.md"},
		{[]string{"new", "person", "ines-garcia", "-s", "portal"}, 2, "people/ines-garcia.md already exists"},
		{[]string{"new", "objective", "compnay/x", "-s", "portal"}, 2, `team "compnay" does not exist; did you mean "company"?`},
		{[]string{"new", "objective", "Q4-2026/company/x", "-s", "portal"}, 2, `did you mean "2026-Q4"?`},
		{[]string{"new", "robot", "x"}, 2, "usage: okrportal new team|objective|priority|person ID"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCommand(tt.args...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.output) {
			t.Errorf("okrportal %s: exit %d\n%s%s\nwant exit %d and …%s", strings.Join(tt.args, " "), code, stdout, stderr, tt.code, tt.output)
		}
	}
	data, err := os.ReadFile(filepath.Join(".github", "workflows", "okrportal.yml"))
	if err != nil || !strings.Contains(string(data), "okrportal check --format github -s portal") {
		t.Errorf("the workflow does not check the portal: %v\n%s", err, data)
	}
}
