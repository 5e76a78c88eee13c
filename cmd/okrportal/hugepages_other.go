//go:build !linux

package main

// preferHugePages is Linux only.
func preferHugePages(int) {}
