package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The Dockerfile builds with the Go of go.mod.
func TestDockerfileGoVersion(t *testing.T) {
	dockerfile, err := os.ReadFile(filepath.Join("..", "..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(gomod)
	got := regexp.MustCompile(`(?m)^FROM golang:(\d+\.\d+)`).FindSubmatch(dockerfile)
	if want == nil || got == nil || string(got[1]) != string(want[1]) {
		t.Errorf("the Dockerfile builds with Go %s, go.mod wants %s", got, want)
	}
}

// TestDockerImageBuilds builds the image and runs it, where Docker runs.
func TestDockerImageBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	docker, err := exec.LookPath("docker")
	if err != nil {
		t.Skip("no docker")
	}
	if exec.Command(docker, "info").Run() != nil {
		t.Skip("docker cannot reach a daemon")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	tag := "okrportal-test:" + strings.ToLower(t.Name())
	if out, err := exec.CommandContext(ctx, docker, "build", "-q", "-t", tag, filepath.Join("..", "..")).CombinedOutput(); err != nil {
		t.Fatalf("docker build: %v\n%s", err, out)
	}
	defer exec.Command(docker, "rmi", "-f", tag).Run()
	out, err := exec.CommandContext(ctx, docker, "run", "--rm", tag, "version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "okrportal ") {
		t.Errorf("docker run %s version: %v\n%s", tag, err, out)
	}
}
