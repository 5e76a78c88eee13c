package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// signalChildEnv makes the test binary a build that waits, in the middle
// of loading, to be sent SIGTERM; its value is the destination.
const signalChildEnv = "OKRPORTAL_TEST_SIGTERM_BUILD"

// TestHelperSignaledBuild is the child of TestSIGTERMEndsABuild: main's
// signal handling around run, with a build held up once the source folder
// is listed until the signal arrives.
func TestHelperSignaledBuild(t *testing.T) {
	dest := os.Getenv(signalChildEnv)
	if dest == "" {
		t.Skip("only run as a child of TestSIGTERMEndsABuild")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var stderr bytes.Buffer
	listed := func([]string) { // where main sets the memory limit
		fmt.Println("ready")
		<-ctx.Done()
	}
	e := env{stdout: &bytes.Buffer{}, stderr: &stderr, getenv: func(string) string { return "" }, memory: memoryHooks{listed: listed}}
	code := run(ctx, []string{"build", "-s", demoPortal, "-d", dest}, e)
	fmt.Printf("exit %d\n%s", code, stderr.String())
}

func TestSIGTERMEndsABuild(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM to send on Windows")
	}
	parent := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSignaledBuild$")
	cmd.Env = append(os.Environ(), signalChildEnv+"="+filepath.Join(parent, "public"))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	if line, _ := r.ReadString('\n'); line != "ready\n" {
		_ = cmd.Process.Kill()
		t.Fatalf("the child build did not start: %q", line)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest strings.Builder
	_, _ = r.WriteTo(&rest)
	_ = cmd.Wait()
	got := rest.String()
	if !strings.Contains(got, fmt.Sprintf("exit %d", exitInterrupted)) || !strings.Contains(got, "build interrupted") || strings.Contains(got, "context canceled") {
		t.Errorf("after SIGTERM the build said:\n%s\nwant exit %d and 'build interrupted'", got, exitInterrupted)
	}
	if entries, _ := os.ReadDir(parent); len(entries) > 0 {
		t.Errorf("the interrupted build left %s", entries[0].Name())
	}
}
