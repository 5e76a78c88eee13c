package scaffold

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/resolve"
	"go.yaml.in/yaml/v3"
)

// objectivePath finds where a new objective [PERIOD/]TEAM/SLUG goes: the
// period must be a calendar or declared one, the team must exist.
func objectivePath(src, id string, today time.Time) (string, error) {
	parts := strings.Split(id, "/")
	declared := declaredPeriods(src)
	period := Quarter(today)
	if len(parts) >= 3 && resolve.CheckPeriod(parts[0], declared) == nil {
		period, parts = canonicalPeriod(parts[0], declared), parts[1:]
	} else if len(parts) >= 3 && looksLikePeriod(parts[0], declared) {
		return "", periodError(strings.ToUpper(parts[0]), declared)
	}
	if len(parts) < 2 {
		return "", fmt.Errorf("an objective is given as [PERIOD/]TEAM/SLUG, e.g. platform/fast-deploys or %s/platform/fast-deploys", period)
	}
	team := strings.Join(parts[:len(parts)-1], "/")
	if err := checkTeam(src, team); err != nil {
		return "", err
	}
	return "okrs/" + period + "/" + team + "/" + parts[len(parts)-1] + ".md", nil
}

// looksLikePeriod reports whether s is meant as a period: it has a year,
// or is close to a declared one.
func looksLikePeriod(s string, declared []string) bool {
	return resolve.SuggestPeriod(s, declared) != "" || strings.ContainsAny(s, "0123456789")
}

// canonicalPeriod writes a period's folder name as portal.yaml declares
// it, or a calendar period in capitals (2027-Q1).
func canonicalPeriod(p string, declared []string) string {
	for _, id := range declared {
		if resolve.Slugify(id) == p {
			return id
		}
	}
	return strings.ToUpper(p)
}

func periodError(ref string, declared []string) error {
	err := resolve.CheckPeriod(ref, declared)
	if s := resolve.SuggestPeriod(ref, declared); s != "" {
		return fmt.Errorf("period %q is not a period; did you mean %q?", ref, s)
	}
	return err
}

// checkTeam reports a team id that no file in teams/ has, with a suggestion.
func checkTeam(src, team string) error {
	teams := teamIDs(src)
	var suffixes []string
	for _, id := range teams {
		if id == team || strings.HasSuffix(id, "/"+team) {
			return nil
		}
		for s := range resolve.RefsTo(id) {
			suffixes = append(suffixes, s)
		}
	}
	slices.Sort(suffixes)
	if s := decode.Suggest(team, slices.Compact(suffixes)); s != "" {
		return fmt.Errorf("team %q does not exist; did you mean %q?", team, s)
	}
	return fmt.Errorf("team %q does not exist; create it first with: okrportal new team %s", team, team)
}

// teamIDs lists the ids of the files under src/teams.
func teamIDs(src string) []string {
	root := filepath.Join(src, "teams")
	var ids []string
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".md") {
			rel, _ := filepath.Rel(root, path)
			ids = append(ids, resolve.PathID(filepath.ToSlash(rel)))
		}
		return nil
	})
	return ids
}

// declaredPeriods reads the period ids of portal.yaml, if any.
func declaredPeriods(src string) []string {
	data, err := os.ReadFile(filepath.Join(src, "portal.yaml"))
	if err != nil {
		return nil
	}
	var cfg struct {
		Periods []struct {
			ID string `yaml:"id"`
		} `yaml:"periods"`
	}
	if yaml.Unmarshal(data, &cfg) != nil {
		return nil
	}
	var ids []string
	for _, p := range cfg.Periods {
		ids = append(ids, p.ID)
	}
	return ids
}

// nextOrder is one more than the number of priorities, so that a new one
// does not share its order with another.
func nextOrder(src string) int {
	entries, _ := os.ReadDir(filepath.Join(src, "priorities"))
	n := 1
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") {
			n++
		}
	}
	return n
}
