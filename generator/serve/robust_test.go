package serve

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostHeader(t *testing.T) {
	ts := startServer(t, testPortal, func(o *Options) { o.AllowHosts = []string{"okrs.example.test"} })
	tests := []struct {
		host string
		ok   bool
	}{
		{"", true}, // the URL's own host:port
		{"localhost", true},
		{"LOCALHOST.:8080", true},
		{"app.localhost:8080", true},
		{"127.0.0.1", true},
		{"127.1.2.3:9", true},
		{"[::1]:8080", true},
		{"okrs.example.test", true},
		{"attacker.example", false},
		{"localhost.attacker.example", false},
		{"10.0.0.7", false},
		{"example.test", false},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(http.MethodGet, ts.srv.URL(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if tt.host != "" {
			req.Host = tt.host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if got := resp.StatusCode == http.StatusOK; got != tt.ok {
			t.Errorf("Host %q: status %d, want allowed=%v\n%s", tt.host, resp.StatusCode, tt.ok, body)
		}
		if !tt.ok && (resp.StatusCode != http.StatusMisdirectedRequest || !strings.Contains(string(body), "--allow-host")) {
			t.Errorf("Host %q: status %d, want 421 with a hint: %s", tt.host, resp.StatusCode, body)
		}
	}
}

func TestHostsBoundToAllAddresses(t *testing.T) {
	h := newHosts("0.0.0.0:8080", nil)
	for host, want := range map[string]bool{"192.168.1.20:8080": true, "myhost.lan": false, "localhost": true} {
		if got := h.allows(host); got != want {
			t.Errorf("bound to 0.0.0.0: allows(%q) = %v, want %v", host, got, want)
		}
	}
	if !newHosts("myhost.lan:8080", nil).allows("MyHost.lan:8080") {
		t.Error("the name bound to is not allowed")
	}
}

// Past the cap, a new live-reload stream closes the oldest, with a log line.
func TestReloadConnectionsAreCapped(t *testing.T) {
	ts := startServer(t, testPortal, func(o *Options) { o.MaxReloadClients = 2 })
	first := ts.events()
	ts.events()
	ts.events()
	for range first { // ends when the server closes the stream
	}
	if n := ts.srv.hub.count(); n != 2 {
		t.Errorf("%d streams open, want 2", n)
	}
	if !strings.Contains(ts.log.String(), "closing the oldest") {
		t.Errorf("no log line about the closed stream:\n%s", ts.log.String())
	}
}

// The source folder deleted or renamed away under serve, then back: the
// server recovers by itself, without polling.
func TestSourceFolderComesBack(t *testing.T) {
	for _, how := range []string{"renamed away and back", "deleted and created again"} {
		t.Run(how, func(t *testing.T) {
			ts := startServer(t, testPortal)
			ev := ts.events()
			aside := ts.dir + ".aside"
			rename(t, ts.dir, aside)
			if how == "deleted and created again" {
				copyTree(t, aside, aside+".copy")
				if err := os.RemoveAll(aside); err != nil {
					t.Fatal(err)
				}
				aside += ".copy"
			}
			ts.waitFor(ev, "the failed build", func() bool { return strings.Contains(ts.log.String(), "there is no source folder") })
			if how == "deleted and created again" {
				copyTree(t, aside, ts.dir)
			} else {
				rename(t, aside, ts.dir)
			}
			ts.write(objFile, objective("Back again"))
			ts.waitFor(ev, "the portal back", ts.pageHas(objPage, http.StatusOK, "Back again"))
			if _, body := ts.get(objPage); strings.Contains(body, "okrportal-errors") {
				t.Error("the error overlay is still there")
			}
		})
	}
}

// A symlinked source folder is served, and its edits are seen.
func TestServeSymlinkedSource(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "src")
	copyTree(t, testPortal, dir)
	link := filepath.Join(t.TempDir(), "clink")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip(err)
	}
	ts := serveDir(t, link)
	ev := ts.events()
	ts.write(objFile, objective("Through the link"))
	ts.waitFor(ev, "the edit", ts.pageHas(objPage, http.StatusOK, "Through the link"))
}
