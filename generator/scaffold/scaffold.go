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

	"github.com/okrportal/okrportal/generator/resolve"
)

// Kinds lists what `new` can create.
var Kinds = []string{"team", "objective", "priority", "person"}

// ErrExists is returned instead of overwriting a file.
var ErrExists = errors.New("already exists")

// notEmptyError is the folder Init refuses to write into; it is ErrExists,
// without repeating "already exists" after its own reason.
type notEmptyError string

func (e notEmptyError) Error() string   { return string(e) + " is not empty; choose a new folder" }
func (e notEmptyError) Is(t error) bool { return t == ErrExists }

// ErrNoPortal is returned by New for a folder without portal.yaml.
var ErrNoPortal = errors.New("not a portal's source folder")

// Init writes a starter portal into dir, which must be missing or empty.
// today picks the starter objective's quarter.
func Init(dir string, today time.Time) ([]string, error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, notEmptyError(dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	period := Quarter(today)
	files := []struct{ rel, text string }{
		{"portal.yaml", portalYAML},
		{"strategy.md", strategyMD(today)},
		{"priorities/customers.md", priorityMD("Delight our customers", "founder", 1, today)},
		{"priorities/efficiency.md", priorityMD("Run an efficient business", "founder", 2, today)},
		{"teams/company.md", starterTeamMD},
		{"people/founder.md", personMD("Founder", "company")},
		{"okrs/" + period + "/company/first-objective.md", starterObjectiveMD(today)},
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
// path. name is the entity's id or its name as people write it ("Inés
// García" → people/ines-garcia.md, named "Inés García"); for an objective
// it is [PERIOD/]TEAM/SLUG, the period defaulting to today's quarter, and
// the team and period must exist.
func New(src, kind, name string, today time.Time) (string, error) {
	if _, err := os.Stat(filepath.Join(src, "portal.yaml")); err != nil {
		return "", fmt.Errorf("%s has no portal.yaml, so it is %w; pass -s with the right folder, or start one with: okrportal init %s", src, ErrNoPortal, src)
	}
	id, display, err := idAndName(name)
	if err != nil {
		return "", err
	}
	var rel, text string
	switch kind {
	case "team":
		rel, text = "teams/"+id+".md", teamMD(display)
	case "person":
		rel, text = "people/"+id+".md", personMD(display, "")
	case "priority":
		rel, text = "priorities/"+id+".md", priorityMD(display, "", nextOrder(src), today)
	case "objective":
		path, err := objectivePath(src, id, today)
		if err != nil {
			return "", err
		}
		rel, text = path, objectiveMD(display)
	default:
		return "", fmt.Errorf("cannot create %q; choose one of %s", kind, strings.Join(Kinds, ", "))
	}
	path := filepath.Join(src, filepath.FromSlash(rel))
	return path, writeNew(path, text)
}

// idAndName splits what the user typed into an id (each segment a file
// slug) and a display name: the last segment as typed, or made readable
// from the slug when it was typed as one ("fast-deploys" → "Fast deploys").
func idAndName(s string) (id, name string, err error) {
	var segs []string
	for seg := range strings.SplitSeq(filepath.ToSlash(strings.TrimSpace(s)), "/") {
		if seg == ".." {
			return "", "", fmt.Errorf("%q is not a usable id: it may not contain \"..\"", s)
		}
		if slug := resolve.FileSlug(seg); slug != "" {
			segs = append(segs, slug)
			name = strings.TrimSpace(seg)
		}
	}
	if len(segs) == 0 {
		return "", "", fmt.Errorf("%q is not a usable id; give letters or digits, e.g. platform or \"Inés García\"", s)
	}
	last := segs[len(segs)-1]
	if name == last {
		name = title(last)
	}
	return strings.Join(segs, "/"), name, nil
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
		return fmt.Errorf("%s %w; choose another id, or edit that file", path, ErrExists)
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

// title makes a slug readable: "fast-deploys" → "Fast deploys".
func title(slug string) string {
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' })
	if len(words) > 0 {
		words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
	}
	return strings.Join(words, " ")
}
