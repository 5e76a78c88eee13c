package serve

import (
	"context"
	"io/fs"
	"path/filepath"
	"time"
)

// DefaultPoll is the polling interval used when fsnotify cannot start and
// no interval was asked for.
const DefaultPoll = time.Second

// poller finds changes by listing the roots every interval and comparing
// sizes, modification times and kinds with the previous listing. It is
// the fallback for network drives, WSL's Windows folders and systems out
// of inotify watches, where change notifications do not arrive.
type poller struct {
	interval time.Duration
	roots    *roots
	out      func(path string)
	last     map[string]stamp
}

// stamp is what the poller compares for one path.
type stamp struct {
	size  int64
	mtime time.Time
	mode  fs.FileMode
}

func (s stamp) same(o stamp) bool {
	return s.size == o.size && s.mode == o.mode && s.mtime.Equal(o.mtime)
}

// newPoller lists the roots once, so that the first tick reports only
// what changed after it.
func newPoller(r *roots, interval time.Duration, out func(string)) *poller {
	if interval <= 0 {
		interval = DefaultPoll
	}
	p := &poller{interval: interval, roots: r, out: out}
	p.last = p.scan()
	return p
}

// sync takes a new baseline listing, so that a root added since is not
// reported as changed.
func (p *poller) sync() error {
	p.last = p.scan()
	return nil
}

func (p *poller) run(ctx context.Context) error {
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			p.tick()
		}
	}
}

// tick lists the roots and reports every path that appeared, disappeared
// or changed since the previous listing.
func (p *poller) tick() {
	now := p.scan()
	for path, s := range now {
		if old, ok := p.last[path]; !ok || !old.same(s) {
			p.out(path)
		}
	}
	for path := range p.last {
		if _, ok := now[path]; !ok {
			p.out(path)
		}
	}
	p.last = now
}

// scan lists every path under the roots that is not skipped.
func (p *poller) scan() map[string]stamp {
	out := map[string]stamp{}
	for _, root := range p.roots.list() {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // vanished meanwhile; the next tick sees it
			}
			if path != root && skipName(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil
			}
			s := stamp{mode: info.Mode().Type()}
			if !info.IsDir() {
				s.size, s.mtime = info.Size(), info.ModTime()
			}
			out[path] = s
			return nil
		})
	}
	return out
}
