//go:build !unix

package source

import "os"

// readFile reads the whole file name.
func readFile(name string) ([]byte, error) {
	return os.ReadFile(name)
}
