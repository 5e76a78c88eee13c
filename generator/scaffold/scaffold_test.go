package scaffold

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/resolve"
	"github.com/okrportal/okrportal/generator/review"
	"github.com/okrportal/okrportal/generator/source"
	"go.yaml.in/yaml/v3"
)

var today = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// loadList loads dir as of day and reviews it.
func loadList(t *testing.T, dir string, day time.Time) *diag.List {
	t.Helper()
	list := &diag.List{}
	folder, err := source.Read(context.Background(), dir, nil, list)
	if err != nil {
		t.Fatal(err)
	}
	p := resolve.Resolve(folder, resolve.Options{Today: day}, list)
	if !list.HasErrors() {
		review.Review(p, list)
	}
	return list
}

func TestInitWritesAValidPortalThatFollowsToday(t *testing.T) {
	for _, day := range []time.Time{today, time.Date(2027, 2, 3, 0, 0, 0, 0, time.UTC)} {
		dir := filepath.Join(t.TempDir(), "okrs")
		files, err := Init(dir, day)
		if err != nil {
			t.Fatal(err)
		}
		if len(files) < 6 {
			t.Fatalf("only %d files", len(files))
		}
		if ds := loadList(t, dir, day).Sorted(); len(ds) > 0 {
			t.Fatalf("the starter portal of %s has errors or warnings: %v", day.Format("2006-01-02"), ds)
		}
		if _, err := os.Stat(filepath.Join(dir, "okrs", Quarter(day), "company", "first-objective.md")); err != nil {
			t.Errorf("no objective for today's quarter: %v", err)
		}
		data, _ := os.ReadFile(filepath.Join(dir, "portal.yaml"))
		var cfg map[string]any
		if err := yaml.Unmarshal(data, &cfg); err != nil || cfg["current_period"] != nil {
			t.Errorf("portal.yaml pins current_period (%v) or does not parse (%v); the portal must follow today", cfg["current_period"], err)
		}
		if _, err := Init(dir, day); !errors.Is(err, ErrExists) {
			t.Fatalf("init into a non-empty folder: %v, want ErrExists", err)
		}
	}
}

func TestInitGivesPrioritiesDistinctOrders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "okrs")
	if _, err := Init(dir, today); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, name := range []string{"customers.md", "efficiency.md"} {
		data, _ := os.ReadFile(filepath.Join(dir, "priorities", name))
		_, rest, _ := strings.Cut(string(data), "order: ")
		order, _, _ := strings.Cut(rest, " ")
		if prev, dup := seen[order]; dup {
			t.Errorf("%s and %s both have order %s", prev, name, order)
		}
		seen[order] = name
	}
}

func TestNewWritesValidEntities(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "okrs")
	if _, err := Init(dir, today); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ kind, id, want, name string }{
		{"team", "company/platform", "teams/company/platform.md", `name: "Platform"`},
		{"person", "Inés García", "people/ines-garcia.md", `name: "Inés García"`},
		{"person", "ada", "people/ada.md", `name: "Ada"`},
		{"priority", "Reliability First", "priorities/reliability-first.md", "order: 3"},
		{"objective", "platform/fast-deploys", "okrs/2026-Q4/platform/fast-deploys.md", `title: "Fast deploys"`},
		{"objective", "2027-Q1/platform/next", "okrs/2027-Q1/platform/next.md", `title: "Next"`},
		{"objective", "company/platform/Ship it!", "okrs/2026-Q4/company/platform/ship-it.md", `title: "Ship it!"`},
	} {
		path, err := New(dir, c.kind, c.id, today)
		if err != nil {
			t.Fatalf("new %s %s: %v", c.kind, c.id, err)
		}
		if want := filepath.Join(dir, filepath.FromSlash(c.want)); path != want {
			t.Errorf("new %s %s wrote %s, want %s", c.kind, c.id, path, want)
		}
		if data, _ := os.ReadFile(path); !strings.Contains(string(data), c.name) {
			t.Errorf("new %s %s: the file has no %s:\n%s", c.kind, c.id, c.name, data)
		}
	}
	if errs := loadList(t, dir, today).Errors(); len(errs) > 0 {
		t.Fatalf("the new files have errors: %v", errs)
	}
}

func TestNewRefuses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "okrs")
	if _, err := Init(dir, today); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ kind, id, want string }{
		{"person", "founder", "people/founder.md already exists; choose another id, or edit that file"},
		{"robot", "x", `cannot create "robot"; choose one of team, objective, priority, person`},
		{"team", "../x", `"../x" is not a usable id: it may not contain ".."`},
		{"team", "!!!", `"!!!" is not a usable id; give letters or digits`},
		{"objective", "solo", "an objective is given as [PERIOD/]TEAM/SLUG"},
		{"objective", "compnay/x", `team "compnay" does not exist; did you mean "company"?`},
		{"objective", "sales/x", `team "sales" does not exist; create it first with: okrportal new team sales`},
		{"objective", "Q4-2026/company/x", `period "Q4-2026" is not a period; did you mean "2026-Q4"?`},
		{"objective", "2026-Q5/company/x", `period "2026-Q5" is malformed: 2026 has no Q5; use Q1 to Q4`},
	}
	for _, tt := range tests {
		_, err := New(dir, tt.kind, tt.id, today)
		if err == nil || !strings.Contains(filepath.ToSlash(err.Error()), tt.want) {
			t.Errorf("new %s %q: %v, want …%s", tt.kind, tt.id, err, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "x.md")); err == nil {
		t.Error("a file was written outside the source folder")
	}
	typo := filepath.Join(filepath.Dir(dir), "contnet")
	if _, err := New(typo, "team", "x", today); err == nil || !strings.Contains(err.Error(), "has no portal.yaml") {
		t.Errorf("new into a folder without portal.yaml: %v", err)
	}
	if _, err := os.Stat(typo); err == nil {
		t.Error("new made a folder that is not a portal")
	}
}

func TestWriteCI(t *testing.T) {
	for _, ci := range CIs {
		root := t.TempDir()
		path, err := WriteCI(root, ci, "okrs/content")
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want := map[string][]string{
			"github": {"pull_request:", "okrportal check --format github -s okrs/content", "okrportal build --quiet -s okrs/content -d public", "actions/deploy-pages"},
			"gitlab": {"merge_request_event", "okrportal check -s okrs/content", "okrportal build --quiet -s okrs/content -d public", "pages:"},
		}[ci]
		for _, w := range want {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s has no %q", path, w)
			}
		}
		if _, err := WriteCI(root, ci, "x"); !errors.Is(err, ErrExists) {
			t.Errorf("a second WriteCI: %v, want ErrExists", err)
		}
	}
}
