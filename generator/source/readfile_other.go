//go:build !unix

package source

import (
	"io/fs"
	"os"
)

// readFile reads the whole regular file name; buf is for Unix, which
// reuses it.
func readFile(name string, _ []byte) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errNotRegular}
	}
	return os.ReadFile(name)
}
