package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is set by the linker (-X main.version=…); otherwise the module
// version or the VCS revision from the build info is shown.
var version = ""

type versionCommand struct{ env env }

func (c *versionCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "version", "Usage: okrportal version\n\nPrint the version of okrportal.")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("version takes no arguments (got %q)", fs.Arg(0))}
	}
	fmt.Fprintf(c.env.stdout, "okrportal %s\n", versionString())
	return nil
}

func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 && (v == "" || v == "(devel)") {
			v = "(devel) " + s.Value[:12]
		}
	}
	if v == "" {
		v = "(devel)"
	}
	return v + " " + info.GoVersion
}
