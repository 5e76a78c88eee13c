package browsertest

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
)

// collector gathers, from the browser's events and the test server's log,
// the problems of the page being visited: console errors, uncaught
// exceptions, failed requests and requests leaving the site. It is safe
// for concurrent use (events arrive on chromedp's goroutine, server hits on
// the server's).
type collector struct {
	inside func(url string) bool // whether a URL is part of the site

	mu       sync.Mutex
	problems []string
	urls     map[network.RequestID]string
	allowed  string // the one URL allowed to answer 404: the 404 page's address
	events   int    // events seen so far, to tell when the page went quiet
}

func newCollector(inside func(string) bool) *collector {
	return &collector{inside: inside, urls: map[network.RequestID]string{}}
}

// reset forgets the previous page's problems; allow404 is a URL whose 404
// status is expected (the 404 page's own address), or "".
func (c *collector) reset(allow404 string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.problems, c.allowed = nil, allow404
	clear(c.urls)
}

// take returns the problems gathered since the last reset or take, and
// forgets them.
func (c *collector) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.problems
	c.problems = nil
	return p
}

// seen returns a count that grows with every event.
func (c *collector) seen() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.events
}

// add records a problem once per page.
func (c *collector) add(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if !slices.Contains(c.problems, msg) {
		c.problems = append(c.problems, msg)
	}
}

// on handles one browser event; it must return fast (see chromedp.Listen).
func (c *collector) on(ev any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events++
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			c.add("console.%s: %s", e.Type, argsText(e.Args))
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		c.add("uncaught exception: %s (%s:%d)", msg, d.URL, d.LineNumber+1)
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError && (c.allowed == "" || e.Entry.URL != c.allowed) {
			c.add("console error (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		url := e.Request.URL
		c.urls[e.RequestID] = url
		if !c.inside(url) {
			c.add("request leaving the site: %s", url)
		}
	case *network.EventResponseReceived:
		if e.Response.Status >= 400 && e.Response.URL != c.allowed {
			c.add("failed request: HTTP %d %s", e.Response.Status, e.Response.URL)
		}
	case *network.EventLoadingFailed:
		if !e.Canceled {
			c.add("failed request: %s %s %s", e.ErrorText, e.BlockedReason, c.urls[e.RequestID])
		}
	}
}

// served records a request the test server answered, catching those that
// the browser itself makes outside the page (such as /favicon.ico).
func (c *collector) served(url string, status int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events++
	if !c.inside(url) {
		c.add("server: request outside the site: %s (HTTP %d)", url, status)
	} else if status >= 400 && url != c.allowed {
		c.add("server: HTTP %d for %s", status, url)
	}
}

// argsText joins console arguments as the console shows them.
func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Description != "":
			parts = append(parts, a.Description)
		case len(a.Value) > 0:
			parts = append(parts, strings.Trim(string(a.Value), `"`))
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}
