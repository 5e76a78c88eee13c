//go:build !unix

package source

import "errors"

// makeFIFO fails: there are no named pipes in the filesystem here.
func makeFIFO(string) error { return errors.New("no FIFOs on this system") }
