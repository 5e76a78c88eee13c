package sheet

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/resolve"
)

// Known are the teams and people a portal already has files for.
type Known struct {
	Teams  []Entity
	People []Entity
}

// Entity is a team's or person's id and name.
type Entity struct{ ID, Name string }

// KnownIn lists the teams and people with a file in p.
func KnownIn(p *model.Portal) Known {
	var k Known
	if p == nil {
		return k
	}
	for _, t := range p.Teams {
		k.Teams = append(k.Teams, Entity{t.ID, t.Name})
	}
	for _, pe := range p.People {
		if !pe.Implicit {
			k.People = append(k.People, Entity{pe.ID, pe.Name})
		}
	}
	return k
}

// File is a file import writes, relative to the source folder.
type File struct {
	Path    string // with '/'
	Content string
	Row     int // the row it comes from; 0 for teams and people
}

// planner builds the files of an import.
type planner struct {
	known Known
	files []File
	made  map[string]int // planned path → index in files
	probs []Problem
	sheet string
}

// Plan returns the files that the objectives, and the teams and people
// they name that known lacks, need.
func Plan(sheet string, objs []*Objective, known Known) ([]File, []Problem) {
	pl := &planner{known: known, made: map[string]int{}, sheet: sheet}
	for _, o := range objs {
		pl.objective(o)
	}
	return pl.files, pl.probs
}

func (pl *planner) objective(o *Objective) {
	team, ok := pl.team(o.Values["team"], o.Row)
	if !ok {
		return
	}
	p := path.Join("okrs", strings.ToUpper(o.Values["period"]), team, o.Slug()+".md")
	if resolve.CheckPeriod(o.Values["period"], nil) != nil { // a declared period keeps its spelling
		p = path.Join("okrs", o.Values["period"], team, o.Slug()+".md")
	}
	if i, dup := pl.made[p]; dup {
		pl.probs = append(pl.probs, Problem{File: pl.sheet, Row: o.Row, Message: fmt.Sprintf(
			"this objective and the one on row %d would both be %s; give one of them another title or an \"objective id\"", pl.files[i].Row, p)})
		return
	}
	for _, name := range append(append(o.Values.list("objective owner"), o.Values.list("contributors")...), pl.krOwners(o)...) {
		pl.person(name)
	}
	pl.add(File{Path: p, Content: o.Markdown(), Row: o.Row})
}

func (pl *planner) krOwners(o *Objective) []string {
	var out []string
	for _, k := range o.KeyResults {
		out = append(out, k.Values.list("owner")...)
		ins, _ := parseInitiatives(k.Values["initiatives"])
		for _, in := range ins {
			out = append(out, in.Owners...)
		}
	}
	return out
}

func (pl *planner) add(f File) {
	pl.made[f.Path] = len(pl.files)
	pl.files = append(pl.files, f)
}

// team returns the folder of the team named v under okrs/<period>/,
// planning teams/<id>.md when no team matches. A name one typo away from
// a team's is a problem of row, not a new team: false then.
func (pl *planner) team(v string, row int) (string, bool) {
	id := resolve.PathID(v)
	for _, t := range pl.known.Teams {
		if t.ID == id || strings.HasSuffix(t.ID, "/"+id) {
			return id, true
		}
	}
	for _, t := range pl.known.Teams {
		if strings.EqualFold(t.Name, v) {
			return t.ID, true
		}
	}
	if t, ok := pl.misspelledTeam(v); ok {
		pl.probs = append(pl.probs, Problem{File: pl.sheet, Row: row, Message: fmt.Sprintf(
			"team %q matches no team; did you mean %s (%s)? Correct the cell, or add teams/%s.md first to make it a team of its own", v, t.ID, t.Name, id)})
		return "", false
	}
	p := "teams/" + id + ".md"
	if _, done := pl.made[p]; !done {
		name := strings.TrimSpace(v[strings.LastIndex(v, "/")+1:])
		pl.add(File{Path: p, Content: "---\nname: " + quote(name) + "\n---\n"})
		pl.known.Teams = append(pl.known.Teams, Entity{id, name}) // later rows may name it another way
	}
	return id, true
}

// misspelledTeam returns the known team whose id, last id part or name v
// most likely misspells.
func (pl *planner) misspelledTeam(v string) (Entity, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if len(v) < 4 {
		return Entity{}, false
	}
	owner := map[string]Entity{}
	var names []string
	for _, t := range pl.known.Teams {
		for _, n := range []string{t.ID, t.ID[strings.LastIndex(t.ID, "/")+1:], strings.ToLower(t.Name)} {
			if _, seen := owner[n]; !seen && n != "" {
				owner[n] = t
				names = append(names, n)
			}
		}
	}
	if s := decode.Suggest(v, names); s != "" {
		return owner[s], true
	}
	return Entity{}, false
}

// person plans people/<id>.md for a name no known person has.
func (pl *planner) person(name string) {
	id := resolve.FileSlug(name)
	for _, pe := range pl.known.People {
		if pe.ID == name || pe.ID == id || strings.EqualFold(pe.Name, name) {
			return
		}
	}
	p := "people/" + id + ".md"
	if _, done := pl.made[p]; done || id == "" {
		return
	}
	pl.add(File{Path: p, Content: "---\nname: " + quote(name) + "\n---\n"})
	pl.known.People = append(pl.known.People, Entity{id, name})
}

// ErrExist is wrapped by Apply's error when files exist and force is off.
var ErrExist = errors.New("files exist")

// Existing returns the files of the plan that already exist under root.
func Existing(root string, files []File) []string {
	var out []string
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(f.Path))); !errors.Is(err, fs.ErrNotExist) {
			out = append(out, f.Path)
		}
	}
	return out
}

// Apply writes the files under root; it replaces none that exists unless
// force is set, and then writes nothing.
func Apply(root string, files []File, force bool) error {
	if ex := Existing(root, files); len(ex) > 0 && !force {
		more := ""
		if len(ex) > 3 {
			ex, more = ex[:3], fmt.Sprintf(" and %d more", len(ex)-3)
		}
		return fmt.Errorf("%w: %s%s; pass --force to replace them (--dry-run lists them)", ErrExist, strings.Join(ex, ", "), more)
	}
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(f.Content), 0o644); err != nil {
			return err
		}
	}
	return nil
}
