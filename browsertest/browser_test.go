package browsertest

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// pageTimeout bounds each step on a page (loading it, one axe audit, a
// search or tree check). It is a guard against a hung browser, not a
// performance assertion: on a busy machine an audit of a large page takes
// tens of seconds.
const pageTimeout = 2 * time.Minute

// startBrowser starts headless Chromium with a fresh profile and no
// network beyond 127.0.0.1; it stops when the test ends.
func startBrowser(t *testing.T, exe string) context.Context {
	t.Helper()
	profile := t.TempDir() // removed after the browser has stopped (cleanups run last-in first-out)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		// Nothing may leave the machine, whatever a page asks for.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		unavailable(t, "cannot start "+exe+": "+err.Error())
	}
	return ctx
}

// newTab opens a tab whose events go to c; it closes when the test ends.
func newTab(t *testing.T, browser context.Context, c *collector) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, c.on); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// view is one way of looking at a page: a window width and a colour scheme.
type view struct {
	width  int64
	scheme string // prefers-color-scheme: light or dark
}

func (v view) String() string { return fmt.Sprintf("%dpx %s", v.width, v.scheme) }

// views are the four views every page is audited in.
var views = []view{{1280, "light"}, {1280, "dark"}, {375, "light"}, {375, "dark"}}

// emulate sets the tab's viewport and colour scheme.
func emulate(v view) chromedp.Action[chromedp.Void] {
	height := int64(900)
	if v.width < 600 {
		height = 800
	}
	return chromedp.Steps(
		chromedp.EmulateViewport(v.width, height),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v.scheme}},
			})
			return err
		}),
	)
}

// settle waits until the collector has seen no event for a moment after
// the load event, so late requests (such as the favicon) are counted; it
// gives up after a few seconds of steady traffic.
func settle(ctx context.Context, c *collector) {
	last, quiet := c.seen(), 0
	for range 40 {
		select {
		case <-ctx.Done():
			return
		case <-time.After(50 * time.Millisecond):
		}
		if n := c.seen(); n != last {
			last, quiet = n, 0
		} else if quiet++; quiet >= 5 {
			return
		}
	}
}
