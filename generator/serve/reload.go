package serve

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// The paths of the live-reload endpoints. No page of a portal lives under
// /_okrportal/: the generator never writes names that start with "_".
const (
	eventsPath = "/_okrportal/events"
	scriptPath = "/_okrportal/reload.js"
)

// reloadScript reloads the page after every successful rebuild and
// whenever the errors change. The server greets each new connection with
// the current generation: a page built before that (a rebuild landed
// between loading the page and connecting, or the server restarted)
// reloads at once. EventSource reconnects by itself after a restart.
const reloadScript = `(function () {
  "use strict";
  var me = document.currentScript;
  var gen = me && me.getAttribute("data-gen");
  if (!window.EventSource) return;
  var es = new EventSource("` + eventsPath + `");
  es.addEventListener("hello", function (e) {
    if (gen && e.data !== gen) location.reload();
  });
  es.addEventListener("reload", function () {
    es.close();
    location.reload();
  });
})();
`

// heartbeat is how often an idle event stream gets a comment line, so
// that proxies and browsers keep the connection open.
const heartbeat = 25 * time.Second

// DefaultMaxReloadClients is how many live-reload streams are kept open
// at most: each holds a connection and a file descriptor.
const DefaultMaxReloadClients = 64

// hub fans reload events out to the connected event streams, at most max
// of them: a new stream beyond that closes the oldest (a browser
// reconnects a tab that is still open).
type hub struct {
	mu      sync.Mutex
	subs    []*sub // oldest first
	max     int
	evicted int // streams closed for being the oldest
	log     *logger
	closed  chan struct{} // closed on server shutdown
	once    sync.Once
}

// sub is one event stream.
type sub struct {
	ch     chan string   // generations to announce
	kicked chan struct{} // closed when the stream must end
}

func newHub(max int, log *logger) *hub {
	if max <= 0 {
		max = DefaultMaxReloadClients
	}
	return &hub{max: max, log: log, closed: make(chan struct{})}
}

// broadcast tells every stream that generation gen is served. A stream
// that has not sent the previous event yet gets only one of the two: one
// reload is enough.
func (h *hub) broadcast(gen string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.subs {
		select {
		case s.ch <- gen:
		default:
		}
	}
}

// subscribe adds a stream, closing the oldest when there are too many.
func (h *hub) subscribe() *sub {
	s := &sub{ch: make(chan string, 1), kicked: make(chan struct{})}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.subs = append(h.subs, s)
	if len(h.subs) > h.max {
		close(h.subs[0].kicked)
		h.subs = h.subs[1:]
		h.evicted++
		if h.evicted == 1 || h.evicted%1000 == 0 {
			h.log.errorf("okrportal: more than %d live-reload connections; closing the oldest (%d so far)\n", h.max, h.evicted)
		}
	}
	return s
}

func (h *hub) unsubscribe(s *sub) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i, x := range h.subs {
		if x == s {
			h.subs = append(h.subs[:i], h.subs[i+1:]...)
			return
		}
	}
}

// count is the number of open streams.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// close ends every stream (http.Server.Shutdown waits for handlers).
func (h *hub) close() { h.once.Do(func() { close(h.closed) }) }

// serveEvents streams "hello" with the current generation, then "reload"
// after every change, until the client leaves or the server shuts down.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no")
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	sub := s.hub.subscribe()
	defer s.hub.unsubscribe(sub)
	w.WriteHeader(http.StatusOK)
	if !sendEvent(w, rc, "retry: 1000\nevent: hello\ndata: %s\n\n", s.current().gen) {
		return
	}
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		select {
		case gen := <-sub.ch:
			if !sendEvent(w, rc, "event: reload\ndata: %s\n\n", gen) {
				return
			}
		case <-tick.C:
			if !sendEvent(w, rc, ": ping\n\n") {
				return
			}
		case <-r.Context().Done():
			return
		case <-s.hub.closed:
			return
		case <-sub.kicked:
			return
		}
	}
}

func sendEvent(w http.ResponseWriter, rc *http.ResponseController, format string, args ...any) bool {
	if _, err := fmt.Fprintf(w, format, args...); err != nil {
		return false
	}
	return rc.Flush() == nil
}

// serveScript answers scriptPath.
func serveScript(w http.ResponseWriter, r *http.Request) {
	writeBody(w, r, http.StatusOK, "text/javascript; charset=utf-8", []byte(reloadScript))
}

// injectReload returns page with overlay (if any) and the reload script
// tag inserted before its last </body>, or appended when there is none.
// page is not modified.
func injectReload(page []byte, gen string, overlay ...byte) []byte {
	tag := `<script src="` + scriptPath + `" data-gen="` + gen + `"></script>` + "\n"
	at := lastIndexFold(page, []byte("</body"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(overlay)+len(tag))
	out = append(out, page[:at]...)
	out = append(out, overlay...)
	out = append(out, tag...)
	return append(out, page[at:]...)
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case.
func lastIndexFold(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}
