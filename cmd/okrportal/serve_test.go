package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

const serveTestPortal = "../../generator/serve/testdata/portal"

func TestServeUsageErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-s", serveTestPortal, "-p", taken}, 2, "already in use"},
		{[]string{"-s", serveTestPortal, "-p", "70000"}, 2, "is not a port"},
		{[]string{"-s", serveTestPortal, "--poll", "soon"}, 2, "poll"},
		{[]string{"-s", serveTestPortal, "--poll", "-1s"}, 2, "must be positive"},
		{[]string{"-s", serveTestPortal, "--today", "tomorrow"}, 2, "not a date"},
		{[]string{"extra"}, 2, "no arguments"},
		{[]string{"-s", t.TempDir() + "/missing", "-p", "0"}, 3, "cannot read the source folder"},
		{[]string{"--help"}, 0, "--poll INTERVAL"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"serve"}, tt.args...), env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }})
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if out := stderr.String() + stdout.String(); !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

// TestServeRuns serves until the context is cancelled, as on Ctrl-C.
func TestServeRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := newServeLines()
	var stderr bytes.Buffer
	codes := make(chan int, 1)
	go func() {
		codes <- run(ctx, []string{"serve", "-s", serveTestPortal, "-p", "0", "--today", "2026-11-27"}, env{stdout: out, stderr: &stderr, getenv: func(string) string { return "" }})
	}()
	line := out.wait(t, "Serving ", codes)
	m := regexp.MustCompile(`^Serving .*portal/ at (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("unexpected line %q", line)
	}
	resp, err := http.Get(m[1])
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Test OKRs") {
		t.Errorf("GET %s: %d", m[1], resp.StatusCode)
	}
	cancel()
	if code := <-codes; code != 0 {
		t.Errorf("exit %d after Ctrl-C; stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(out.String(), "Built ") {
		t.Errorf("no build line:\n%s", out.String())
	}
}

// serveLines is a stdout that lets a test wait for a line.
type serveLines struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	written chan struct{}
}

func newServeLines() *serveLines { return &serveLines{written: make(chan struct{}, 1)} }

func (s *serveLines) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case s.written <- struct{}{}:
	default:
	}
	return s.buf.Write(p)
}

func (s *serveLines) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// wait returns the first line starting with prefix, failing if the
// command exits first.
func (s *serveLines) wait(t *testing.T, prefix string, exited <-chan int) string {
	t.Helper()
	for {
		for _, line := range strings.Split(s.String(), "\n") {
			if strings.HasPrefix(line, prefix) {
				return line
			}
		}
		select {
		case <-s.written:
		case code := <-exited:
			t.Fatalf("serve exited with %d before printing %q:\n%s", code, prefix, s.String())
		}
	}
}

// Only an address others can reach gets the "anyone can read" warning.
func TestServeWarnsOnlyWhenShared(t *testing.T) {
	tests := []struct {
		bind string
		warn bool
	}{
		{"127.0.0.1", false},
		{"localhost", false},
		{"LocalHost.", false},
		{"portal.localhost", false},
		{"::1", false},
		{"0.0.0.0", true},
		{"192.168.1.20", true},
		{"myhost.lan", true},
	}
	for _, tt := range tests {
		if got := !isLoopbackName(tt.bind); got != tt.warn {
			t.Errorf("--bind %s: warning %v, want %v", tt.bind, got, tt.warn)
		}
	}
	// And through the command: --bind localhost serves without the warning.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := newServeLines()
	var stderr syncWriter
	codes := make(chan int, 1)
	go func() {
		codes <- run(ctx, []string{"serve", "-s", serveTestPortal, "--bind", "localhost", "-p", "0", "--allow-host", "okrs.example.test"}, env{stdout: out, stderr: &stderr, getenv: func(string) string { return "" }})
	}()
	out.wait(t, "Serving ", codes)
	cancel()
	<-codes
	if strings.Contains(stderr.String(), "anyone") {
		t.Errorf("--bind localhost warned:\n%s", stderr.String())
	}
}

// syncWriter is a buffer safe for concurrent writes.
type syncWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}
