// Package scaffold writes new source files: a starter portal for
// `okrportal init` and one entity file for `okrportal new`. It never
// overwrites a file.
package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Kinds lists what `new` can create.
var Kinds = []string{"team", "objective", "priority", "person"}

// ErrExists is returned instead of overwriting a file.
var ErrExists = errors.New("already exists")

// Init writes a starter portal into dir, which must be missing or empty.
// today picks the starter objective's quarter.
func Init(dir string, today time.Time) ([]string, error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty; choose a new folder", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	period := Quarter(today)
	files := []struct{ rel, text string }{
		{"portal.yaml", portalYAML(period)},
		{"strategy.md", strategyMD},
		{"priorities/customers.md", priorityMD("Delight our customers", "founder")},
		{"priorities/efficiency.md", priorityMD("Run an efficient business", "founder")},
		{"teams/company.md", teamMD("Company", "", "founder")},
		{"people/founder.md", personMD("Founder", "company")},
		{"okrs/" + period + "/company/first-objective.md", objectiveMD("Win our first ten happy customers", "founder", "priorities: [customers]")},
		{"static/.keep", ""},
	}
	var written []string
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.rel))
		if err := writeNew(path, f.text); err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}

// New writes one entity file into the source folder src and returns its
// path. id is the entity's id; for an objective it is
// [PERIOD/]TEAM/SLUG, the period defaulting to today's quarter.
func New(src, kind, id string, today time.Time) (string, error) {
	id = strings.Trim(filepath.ToSlash(id), "/")
	if id == "" || strings.Contains(id, "..") {
		return "", fmt.Errorf("%q is not a usable id", id)
	}
	name := title(id[strings.LastIndex(id, "/")+1:])
	var rel, text string
	switch kind {
	case "team":
		rel, text = "teams/"+id+".md", teamMD(name, "", "")
	case "person":
		rel, text = "people/"+id+".md", personMD(name, "")
	case "priority":
		rel, text = "priorities/"+id+".md", priorityMD(name, "")
	case "objective":
		parts := strings.Split(id, "/")
		if len(parts) < 2 {
			return "", fmt.Errorf("an objective id is [PERIOD/]TEAM/SLUG, e.g. platform/fast-deploys or %s/platform/fast-deploys", Quarter(today))
		}
		if len(parts) == 2 {
			parts = append([]string{Quarter(today)}, parts...)
		}
		rel, text = "okrs/"+strings.Join(parts, "/")+".md", objectiveMD(name, "", "aligns_to: []  # an objective or key result of a parent team, e.g. company/grow#kr1")
	default:
		return "", fmt.Errorf("cannot create %q; choose one of %s", kind, strings.Join(Kinds, ", "))
	}
	path := filepath.Join(src, filepath.FromSlash(rel))
	return path, writeNew(path, text)
}

// Quarter names the calendar quarter of t, e.g. "2026-Q4".
func Quarter(t time.Time) string {
	return fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3)
}

func writeNew(path, text string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s %w; choose another id", path, ErrExists)
	}
	if err != nil {
		return err
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func title(slug string) string {
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if i == 0 && w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
