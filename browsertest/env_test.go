package browsertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// howToInstall says how a developer gets what the tests need.
const howToInstall = `the browser tests need Chromium and axe-core:
  sudo apt-get install -y chromium          (or OKRPORTAL_CHROMIUM=/path/to/chrome)
  npm install --no-save --prefix ~/.cache/okrportal/axe axe-core@4
                                            (or OKRPORTAL_AXE=/path/to/axe.min.js)
.ci/run installs both`

// unavailable skips the test on a developer's machine and fails it in CI
// (CI set), where a missing browser or axe must not pass unnoticed.
func unavailable(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s; CI is set, so this is a failure\n%s", what, howToInstall)
	}
	t.Skipf("%s\n%s", what, howToInstall)
}

// chromiumPath returns the browser binary: OKRPORTAL_CHROMIUM, else the
// first of chromium, chromium-browser, google-chrome on PATH.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("OKRPORTAL_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			unavailable(t, "OKRPORTAL_CHROMIUM: "+err.Error())
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	unavailable(t, "no chromium on PATH")
	return ""
}

// axeSource returns the text of axe.min.js: OKRPORTAL_AXE, else the copy
// that .ci/run installs under the user's cache folder.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("OKRPORTAL_AXE")
	if path == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			unavailable(t, "no OKRPORTAL_AXE and no cache folder: "+err.Error())
		}
		path = filepath.Join(cache, "okrportal", "axe", "node_modules", "axe-core", "axe.min.js")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		unavailable(t, "axe-core not found: "+err.Error())
	}
	return string(data)
}

// scratch returns a fresh folder for built sites, on tmpfs where there is
// one; it is removed when the test ends.
func scratch(t *testing.T) string {
	t.Helper()
	base := ""
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		base = "/dev/shm"
	}
	dir, err := os.MkdirTemp(base, "okrportal-browsertest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
