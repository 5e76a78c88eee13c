//go:build !unix

package output

import (
	"os"
	"time"
)

func lockFile(*os.File) error { return nil }

// stale reports whether the marker file name is old enough that its build
// must have ended: without locks, a day.
func stale(name string) bool {
	info, err := os.Stat(name)
	return err == nil && time.Since(info.ModTime()) > 24*time.Hour
}
