package main

import "testing"

// Only an address others can reach gets the "anyone can read" warning
// (testdata/script/serve.txtar runs serve itself).
func TestServeWarnsOnlyWhenShared(t *testing.T) {
	tests := []struct {
		bind string
		warn bool
	}{
		{"127.0.0.1", false},
		{"localhost", false},
		{"LocalHost.", false},
		{"portal.localhost", false},
		{"::1", false},
		{"0.0.0.0", true},
		{"192.168.1.20", true},
		{"myhost.lan", true},
	}
	for _, tt := range tests {
		if got := !isLoopbackName(tt.bind); got != tt.warn {
			t.Errorf("--bind %s: warning %v, want %v", tt.bind, got, tt.warn)
		}
	}
}
