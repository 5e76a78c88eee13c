package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes the test binary okrportal itself when a script runs it:
// testscript puts it on the scripts' PATH under that name, and called so
// it runs main, as the installed command would.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"okrportal": main})
}

// TestScripts runs the scripts in testdata/script: each is a txtar archive
// whose comment is the script and whose files are laid out in a fresh
// folder before it runs. `go test ./cmd/okrportal -run TestScripts/NAME`
// runs one; -update rewrites the files that a failing cmp compares with.
// Besides testscript's commands (go doc github.com/rogpeppe/go-internal/testscript)
// the scripts have exits, freeport and fetch (below).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *updateGolden,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":    cmdExits,
			"freeport": cmdFreePort,
			"fetch":    cmdFetch,
		},
	})
}

// cmdExits runs a program as exec does and checks its exit code:
//
//	exits 2 okrportal build --nope
//
// Its standard output and error are then there for stdout and stderr.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %q is not an exit code", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", strings.Join(args[1:], " "), got, want)
	}
}

// cmdFreePort sets an environment variable to a TCP port of 127.0.0.1
// that was free a moment ago, for a server the script starts:
//
//	freeport PORT
//	exec okrportal serve -p $PORT &serve&
func cmdFreePort(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freeport NAME")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := ln.Addr().(*net.TCPAddr).Port
	ts.Check(ln.Close())
	ts.Setenv(args[0], strconv.Itoa(port))
}

// fetchWait is how long fetch waits for a server to listen, or for a page
// to change.
const fetchWait = 30 * time.Second

// cmdFetch gets a URL, waiting for the server to start listening, and
// writes the body to stdout and the status line and content type to
// stderr. It fails on a status other than 200, and with ! on 200. With
// -until it asks again until the body matches the regular expression, with
// -while as long as it does, as after an edit serve rebuilds the site for:
//
//	fetch http://127.0.0.1:$PORT/
//	stdout '<title>OKRs</title>'
//	! fetch http://127.0.0.1:$PORT/no/such/page/
//	stderr '^404 '
//	fetch -until '<title>New title' http://127.0.0.1:$PORT/
//	fetch -while 'okrportal-errors' http://127.0.0.1:$PORT/
func cmdFetch(ts *testscript.TestScript, neg bool, args []string) {
	var pattern *regexp.Regexp
	wantMatch := false
	if len(args) == 3 && (args[0] == "-until" || args[0] == "-while") {
		var err error
		pattern, err = regexp.Compile(args[1])
		ts.Check(err)
		wantMatch = args[0] == "-until"
		args = args[2:]
	}
	if len(args) != 1 {
		ts.Fatalf("usage: fetch [-until|-while REGEXP] URL")
	}
	waiting := func(body []byte) bool { return pattern != nil && pattern.Match(body) != wantMatch }
	client := &http.Client{Timeout: fetchWait}
	deadline := time.Now().Add(fetchWait)
	for {
		resp, err := client.Get(args[0])
		if errors.Is(err, syscall.ECONNREFUSED) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond) // not listening yet
			continue
		}
		ts.Check(err)
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		ts.Check(err)
		if waiting(body) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		_, _ = ts.Stdout().Write(body)
		fmt.Fprintf(ts.Stderr(), "%s\ncontent-type: %s\n", resp.Status, resp.Header.Get("Content-Type"))
		if waiting(body) && wantMatch {
			ts.Fatalf("GET %s: no match for %q after %s", args[0], pattern, fetchWait)
		} else if waiting(body) {
			ts.Fatalf("GET %s: still a match for %q after %s", args[0], pattern, fetchWait)
		}
		switch ok := resp.StatusCode == http.StatusOK; {
		case ok && neg:
			ts.Fatalf("GET %s: %s, want another status", args[0], resp.Status)
		case !ok && !neg:
			ts.Fatalf("GET %s: %s", args[0], resp.Status)
		}
		return
	}
}
