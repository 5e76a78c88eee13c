//go:build unix

package output

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive lock on f, held until f is closed (or the
// process ends, however it ends).
func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err != syscall.EINTR {
			return err
		}
	}
}

// stale reports whether no running build holds the lock of the marker
// file name.
func stale(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close() // releases the lock taken here
	return lockFile(f) == nil
}
