package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/okrportal/okrportal/generator/serve"
)

const serveSynopsis = `Usage: okrportal serve [-s DIR] [--bind ADDR] [-p PORT] [--allow-host NAME] [--today DATE] [--drafts] [--poll INTERVAL]

Preview the portal while you edit it. The site is built in memory, each
page when it is first asked for (public/ is never touched), and served on
this computer only unless --bind says otherwise. Every change to the source
folder or the theme rebuilds it and reloads the open pages. While the
content has errors, the browser shows them with the offending lines, and
the last good site stays available. Stop with Ctrl-C.`

type serveCommand struct{ env env }

func (c *serveCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "serve", serveSynopsis)
	var load loadFlags
	load.register(fs, true)
	bind := fs.String("bind", "127.0.0.1", "the `ADDR`ess to listen on; 0.0.0.0 shares the preview with your network")
	port := fs.IntP("port", "p", 8080, "the `PORT` to listen on; 0 picks a free one")
	allowHosts := fs.StringSlice("allow-host", nil, "also answer requests for this host `NAME` (repeat, or separate with commas); others than localhost and the bound address are refused against DNS rebinding")
	poll := fs.Duration("poll", 0, "look for changes every `INTERVAL` (e.g. 1s) instead of through file notifications; for network drives and WSL")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("serve takes no arguments (got %q); use -s DIR for the source folder", fs.Arg(0))}
	}
	if *port < 0 || *port > 65535 {
		return usageError{fmt.Sprintf("-p %d is not a port; use 1-65535, or 0 for a free one", *port)}
	}
	if *poll < 0 {
		return usageError{fmt.Sprintf("--poll %s: the interval must be positive", *poll)}
	}
	opts, err := load.options()
	if err != nil {
		return err
	}
	srv, err := serve.Start(ctx, serve.Options{
		Site:       opts,
		Addr:       net.JoinHostPort(*bind, strconv.Itoa(*port)),
		BuildInfo:  "okrportal " + versionString(),
		Poll:       *poll,
		AllowHosts: *allowHosts,
		Log:        c.env.stdout,
		ErrLog:     c.env.stderr,
	})
	var listenErr *serve.ListenError
	if errors.As(err, &listenErr) {
		return usageError{listenErr.Error()}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "Serving %s at %s (Ctrl-C to stop)\n", displaySource(load.source), srv.URL())
	if !isLoopbackName(*bind) {
		fmt.Fprintf(c.env.stderr, "okrportal: listening on %s: anyone who can reach this computer can read the portal\n", *bind)
	}
	err = srv.Wait()
	if ctx.Err() != nil {
		fmt.Fprintln(c.env.stdout, "Stopped.")
	}
	return err
}

// displaySource names the source folder as a folder, e.g. "content/".
func displaySource(dir string) string {
	if dir == "" || dir[len(dir)-1] == '/' || dir[len(dir)-1] == '\\' {
		return dir
	}
	return dir + "/"
}

// isLoopbackName reports whether the address to bind is this computer
// only: a loopback IP address, localhost or a name under .localhost.
func isLoopbackName(bind string) bool {
	host := strings.TrimSuffix(strings.ToLower(strings.Trim(bind, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
