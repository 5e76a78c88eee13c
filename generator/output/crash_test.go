package output

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// childEnv makes the test binary a build that is killed: it names the
// destination and the step at which the child waits to be killed.
const childEnv = "OKRPORTAL_TEST_KILLED_BUILD"

// TestHelperKilledBuild is the child process of TestKilledBuildsLeaveNothing.
func TestHelperKilledBuild(t *testing.T) {
	spec := os.Getenv(childEnv)
	if spec == "" {
		t.Skip("only run as a child of TestKilledBuildsLeaveNothing")
	}
	step, dest, _ := strings.Cut(spec, ":")
	w, err := Begin(dest, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"index.html", "teams/a/index.html", "assets/style.css"} {
		if err := w.Write(rel, []byte("new")); err != nil {
			t.Fatal(err)
		}
	}
	wait := func() {
		os.Stdout.WriteString("ready\n")
		select {} // until killed
	}
	if step == "write" {
		wait()
	}
	w.onSwap = wait // "commit": killed after the swap, before the old output is removed
	_ = w.Commit()
}

// killedBuild runs a build in a child process and kills it with SIGKILL
// at step ("write" or "commit").
func killedBuild(t *testing.T, dest, step string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperKilledBuild$")
	cmd.Env = append(os.Environ(), childEnv+"="+step+":"+dest)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	if !strings.HasPrefix(line, "ready") {
		t.Fatalf("the child build did not get to %s: %q", step, line)
	}
}

func TestKilledBuildsLeaveNothing(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	writeTree(t, dest, map[string]string{MarkerName: markerText, "index.html": "old"})
	for _, step := range []string{"write", "commit", "write"} {
		killedBuild(t, dest, step)
	}
	// Each killed build removed the leftover of the one before.
	if names := entries(t, parent); len(names) != 2 {
		t.Fatalf("the killed builds left %v; the test expects leftovers to clean", names)
	}
	w := mustBegin(t, dest, false)
	if err := w.Write("index.html", []byte("final")); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if names := entries(t, parent); !slices.Equal(names, []string{"public"}) {
		t.Errorf("after a good build the parent holds %v, want only public", names)
	}
	if data, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(data) != "final" {
		t.Errorf("index.html = %q, want the last build's", data)
	}
}

func TestLeftoversRemovedOnlyWhenOurs(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	writeTree(t, parent, map[string]string{
		"public.okrportal-tmp-1/" + MarkerName: markerText, // a killed build
		"public.okrportal-old-2/" + MarkerName: markerText, // a previous output moved aside
		"public.okrportal-tmp-3/index.html":    "no marker: not ours",
		"other.okrportal-tmp-4/" + MarkerName:  markerText, // another destination's
		"public-notes/" + MarkerName:           markerText,
	})
	running := mustBegin(t, filepath.Join(parent, "public"), false) // holds its lock
	w := mustBegin(t, dest, false)
	got := entries(t, parent)
	want := []string{"other.okrportal-tmp-4", "public-notes", "public.okrportal-tmp-3", filepath.Base(running.tmp), filepath.Base(w.tmp)}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("after Begin the parent holds\n%v\nwant\n%v", got, want)
	}
}

// At every step of Commit the destination holds a complete build: a crash
// between two renames must not leave no destination.
func TestCommitNeverLeavesNoDestination(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if supported, _ := exchange(a, b); !supported {
		t.Skip("this system or filesystem cannot exchange folders; Commit renames twice")
	}
	dest := filepath.Join(t.TempDir(), "public")
	writeTree(t, dest, map[string]string{MarkerName: markerText, "index.html": "old"})
	w := mustBegin(t, dest, false)
	if err := w.Write("index.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	steps := 0
	w.onSwap = func() {
		steps++
		if data, err := os.ReadFile(filepath.Join(dest, "index.html")); err != nil {
			t.Errorf("step %d of Commit: the destination has no index.html: %v", steps, err)
		} else if string(data) != "new" && string(data) != "old" {
			t.Errorf("step %d: index.html = %q", steps, data)
		}
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if steps == 0 {
		t.Error("Commit called no hook")
	}
}

func TestMountPointDestinationRefusedBeforeTheBuild(t *testing.T) {
	var mount string
	for _, dir := range []string{"/proc", "/sys", "/dev/shm", "/dev"} {
		if checkMountPoint(dir, dir) != nil {
			mount = dir
			break
		}
	}
	if mount == "" {
		t.Skip("no mount point found to test with")
	}
	err := CheckDestination(mount, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "mount point") {
		t.Errorf("CheckDestination(%s) = %v, want a mount point error", mount, err)
	}
	if err := checkMountPoint(t.TempDir(), t.TempDir()); err != nil {
		t.Errorf("a plain folder: %v", err)
	}
}
