package source

import (
	"io/fs"
	"sync"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
)

// Cache keeps parsed documents between reads of the same folder, keyed by
// path, size and modification time, so that a rebuild after a one-file
// edit parses only that file. Documents are never modified after parsing,
// so a cached one may be shared by successive builds. A nil *Cache caches
// nothing. Safe for concurrent use.
type Cache struct {
	mu      sync.Mutex
	entries map[string]cacheEntry
}

type cacheEntry struct {
	size  int64
	mtime time.Time
	doc   *Document
	diags []diag.Diagnostic
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{entries: map[string]cacheEntry{}} }

func (c *Cache) get(rel string, info fs.FileInfo) (cacheEntry, bool) {
	if c == nil {
		return cacheEntry{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[rel]
	if !ok || e.size != info.Size() || !e.mtime.Equal(info.ModTime()) {
		return cacheEntry{}, false
	}
	return e, true
}

func (c *Cache) put(rel string, info fs.FileInfo, doc *Document, ds []diag.Diagnostic) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.entries[rel] = cacheEntry{size: info.Size(), mtime: info.ModTime(), doc: doc, diags: ds}
	c.mu.Unlock()
}
