//go:build !unix

package output

func checkMountPoint(_, _ string) error { return nil }
