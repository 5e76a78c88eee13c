package serve

import (
	"errors"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"syscall"

	"github.com/okrportal/okrportal/generator/diag"
)

// ServeHTTP serves the current site. Paths are cleaned before the lookup
// in the in-memory site, so ".." cannot leave it; folders have no
// listings; a folder page asked for without its trailing slash redirects;
// unknown paths get the portal's 404.html with status 404. While the
// content has errors, the pages of the last good site are served with the
// errors laid over them (the error page itself before the first good
// build). Requests for another host than this server's are refused (see
// hosts). Every response says Cache-Control: no-store.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if !s.hosts.allows(r.Host) {
		refuseHost(w, r.Host)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.serveEvents(w, r)
		return
	case scriptPath:
		serveScript(w, r)
		return
	}
	st := s.current()
	rel, folder := sitePath(r.URL.Path)
	if len(st.errors) > 0 && isPage(rel) && st.site == nil {
		writeBody(w, r, http.StatusInternalServerError, htmlType, injectReload(st.errorPage, st.gen))
		return
	}
	static, ok := st.site.lookup(rel)
	switch {
	case ok && static != nil:
		serveStatic(w, r, rel, static)
	case ok:
		s.serveFile(w, r, st, http.StatusOK, rel)
	case !folder && st.site.has(rel+"/index.html"):
		target := "/" + rel + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusFound)
	default:
		s.notFound(w, r, st)
	}
}

// sitePath turns a URL path into the path of a file of the site: cleaned
// (so that it cannot climb above the root), without the leading slash,
// with index.html for a folder. folder reports a trailing slash.
func sitePath(urlPath string) (rel string, folder bool) {
	folder = strings.HasSuffix(urlPath, "/")
	rel = strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	switch {
	case rel == "":
		return "index.html", true
	case folder:
		return rel + "/index.html", true
	}
	return rel, false
}

// isPage reports whether rel names an HTML page rather than an asset:
// an .html file, or a path without an extension (a page that may not
// exist yet).
func isPage(rel string) bool {
	ext := path.Ext(rel)
	return ext == ".html" || ext == ""
}

// serveFile serves the file rel of the site of st, rendering it unless
// this build rendered it before. A page gets the reload script. A file
// that fails to render is answered with the error page (and the error
// goes to the terminal the first time).
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, st *state, status int, rel string) {
	data, fresh, err := st.site.file(rel)
	if err != nil {
		d := diag.Diagnostic{Severity: diag.Error, Rule: "render", Message: err.Error()}
		if fresh {
			s.log.errorf("%s\n", d.String())
		}
		writeBody(w, r, http.StatusInternalServerError, htmlType, injectReload(errorPage(s.sourceDir, []diag.Diagnostic{d}), st.gen))
		return
	}
	ctype := contentType(rel)
	if ctype == htmlType {
		data = injectReload(data, st.gen, st.overlay...)
	}
	writeBody(w, r, status, ctype, data)
}

// notFound answers with the portal's 404 page, or plain text before the
// first good build.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, st *state) {
	if st.site != nil && st.site.plan.Has("404.html") {
		s.serveFile(w, r, st, http.StatusNotFound, "404.html")
		return
	}
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// serveStatic serves a file of static/ from disk.
func serveStatic(w http.ResponseWriter, r *http.Request, rel string, sf *staticFile) {
	f, err := os.Open(sf.path)
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", contentType(rel))
	http.ServeContent(w, r, "", info.ModTime(), f)
}

// writeBody writes a whole response; HEAD gets the headers only.
func writeBody(w http.ResponseWriter, r *http.Request, status int, ctype string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

const htmlType = "text/html; charset=utf-8"

// contentTypes fixes the types of the files a portal has, independently
// of the system's MIME tables.
var contentTypes = map[string]string{
	".html":  htmlType,
	".css":   "text/css; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".json":  "application/json",
	".xml":   "application/xml",
	".svg":   "image/svg+xml",
	".txt":   "text/plain; charset=utf-8",
	".md":    "text/markdown; charset=utf-8",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".gif":   "image/gif",
	".webp":  "image/webp",
	".avif":  "image/avif",
	".ico":   "image/x-icon",
	".pdf":   "application/pdf",
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".csv":   "text/csv; charset=utf-8",
	".map":   "application/json",
	".wasm":  "application/wasm",
}

// contentType is the Content-Type of the file rel: feed.xml is an Atom
// feed; other names go by their extension.
func contentType(rel string) string {
	if path.Base(rel) == "feed.xml" {
		return "application/atom+xml"
	}
	ext := strings.ToLower(path.Ext(rel))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// displayURL is the URL to print for a listener: the host asked for (a
// name, or "localhost" for all interfaces) with the port actually bound.
func displayURL(addr *net.TCPAddr, requested string) string {
	host, _, err := net.SplitHostPort(requested)
	if ip := net.ParseIP(host); err != nil || host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port)) + "/"
}

// isAddrInUse reports whether a listen error says the port is taken.
func isAddrInUse(err error) bool {
	return errors.Is(err, syscall.EADDRINUSE) ||
		err != nil && strings.Contains(strings.ToLower(err.Error()), "only one usage of each socket address")
}
