package checkin

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/site"
)

var demoToday = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// copyDir copies the folder src into a new temporary folder.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func load(t *testing.T, dir string) *model.Portal {
	t.Helper()
	p, list, err := site.Load(context.Background(), site.Options{Source: dir, Today: demoToday, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	if list.HasErrors() {
		t.Fatalf("%s does not load: %v", dir, list.Errors())
	}
	return p
}

// onlyAdded reports whether new is old with whole lines inserted.
func onlyAdded(old, new []byte) bool {
	added, ok := addedLines(old, new)
	return ok && len(added) > 0
}

// addedLines returns the lines of new that are not old's, when new is old
// with whole lines inserted (ok).
func addedLines(old, new []byte) (added []string, ok bool) {
	a, b := splitLines(old), splitLines(new)
	i := 0
	for _, l := range b {
		if i < len(a) && bytes.Equal(a[i], l) {
			i++
		} else {
			added = append(added, string(l))
		}
	}
	return added, i == len(a)
}

// TestEveryDemoKeyResult adds a check-in to every key result of the demo
// portal and of the examples: each file changes only by the added lines,
// and the portal still loads with the check-in as the key result's
// latest.
func TestEveryDemoKeyResult(t *testing.T) {
	portals, _ := filepath.Glob("../../examples/*")
	for _, src := range append([]string{"../../content"}, portals...) {
		t.Run(filepath.Base(src), func(t *testing.T) { everyKeyResult(t, src) })
	}
}

func everyKeyResult(t *testing.T, src string) {
	dir := copyDir(t, src)
	p := load(t, dir)
	day := demoToday.AddDate(0, 0, 1)
	var rows []Row
	want := map[string]bool{}
	for _, o := range p.Objectives {
		for _, kr := range o.KeyResults {
			v := map[model.Kind]string{model.KindBoolean: "yes", model.KindQualitative: "55",
				model.KindMilestones: "60", model.KindRollup: "-"}[kr.Kind]
			if v == "" {
				v = "12.5"
			}
			rows = append(rows, Row{Ref: refOf(kr), In: Input{Date: day, Value: v, Note: "weekly: \"on plan\"", Confidence: "7", Status: "on-track"}})
			want[refOf(kr)] = true
		}
	}
	changes, err := Apply(p, dir, rows)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != len(p.Objectives) {
		t.Errorf("%d files changed for %d objectives", len(changes), len(p.Objectives))
	}
	for _, c := range changes {
		added, ok := addedLines(c.Old, c.New)
		items := 0
		for _, l := range added {
			switch t := strings.TrimSpace(l); {
			case strings.HasPrefix(t, "- {date: "+day.Format("2006-01-02")+", "), strings.HasPrefix(t, "- date: "+day.Format("2006-01-02")):
				items++
			case t == "checkins:", !strings.HasPrefix(t, "-") && strings.Contains(t, ": "): // block style
			default:
				ok = false
			}
		}
		if !ok || items != len(c.Added) {
			t.Errorf("%s: want only %d check-ins added:\n%s", c.File, len(c.Added), Diff(c.File, c.Old, c.New))
		}
	}
	if err := Write(dir, changes); err != nil {
		t.Fatal(err)
	}
	after, list, err := site.Load(context.Background(), site.Options{Source: dir, Today: day, Drafts: true})
	if err != nil || list.HasErrors() {
		t.Fatalf("after the check-ins: %v %v", err, list.Errors())
	}
	seen := 0
	for _, o := range after.Objectives {
		for _, kr := range o.KeyResults {
			n := len(kr.Checkins)
			if n == 0 || !kr.Checkins[n-1].Date.Equal(day) || kr.Checkins[n-1].Note != `weekly: "on plan"` {
				t.Errorf("%s: the new check-in is not the latest: %+v", refOf(kr), kr.Checkins)
				continue
			}
			seen++
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d key results show the check-in", seen, len(want))
	}
}
