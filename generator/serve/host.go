package serve

import (
	"net"
	"net/http"
	"strings"
)

// hosts decides which Host headers the server answers. A web page on
// another site can make the browser send requests to this server under
// a name of its own that resolves to 127.0.0.1 (DNS rebinding); such
// requests carry that name in Host, so only names that mean this server
// are answered: localhost and its subdomains, loopback addresses, the
// address bound (any IP address when bound to all of them) and the names
// allowed explicitly.
type hosts struct {
	bound   string // the host of the listen address, lower case; "" for all
	anyIP   bool   // bound to all addresses: every IP literal is this server
	allowed map[string]bool
}

func newHosts(addr string, allow []string) hosts {
	h := hosts{allowed: map[string]bool{}}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	h.bound = normalHost(host)
	if ip := net.ParseIP(h.bound); h.bound == "" || ip != nil && ip.IsUnspecified() {
		h.anyIP = true
	}
	for _, a := range allow {
		if a = normalHost(a); a != "" {
			h.allowed[a] = true
		}
	}
	return h
}

// normalHost lower-cases a host name and drops a port, IPv6 brackets and
// a final dot.
func normalHost(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	return strings.ToLower(host)
}

// allows reports whether a request with the Host header host is for this
// server. An empty Host (HTTP/1.0) is allowed: browsers always send one.
func (h hosts) allows(host string) bool {
	name := normalHost(host)
	switch {
	case host == "", name == "localhost", strings.HasSuffix(name, ".localhost"):
		return true
	case name == h.bound, h.allowed[name]:
		return true
	}
	if ip := net.ParseIP(name); ip != nil {
		return ip.IsLoopback() || h.anyIP
	}
	return false
}

// refuseHost answers a request for a name that is not this server's.
func refuseHost(w http.ResponseWriter, host string) {
	http.Error(w, "okrportal serve answers only requests for localhost and the address it listens on, "+
		"not for "+quoteHost(host)+"; if that name is yours, restart with --allow-host "+quoteHost(normalHost(host)),
		http.StatusMisdirectedRequest)
}

// quoteHost quotes a header value for a plain-text message.
func quoteHost(s string) string {
	if len(s) > 100 {
		s = s[:100]
	}
	return "\"" + strings.Map(func(r rune) rune {
		if r < ' ' || r == '"' || r == 0x7f {
			return '?'
		}
		return r
	}, s) + "\""
}
