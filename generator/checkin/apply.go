package checkin

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/okrportal/okrportal/generator/model"
)

// Row is one check-in to add: the key result's reference and the input.
// Line is its place for messages (a CSV row), 0 for the command line.
type Row struct {
	Ref  string
	In   Input
	Line int
}

// Change is one file's edit: its path relative to the source folder and
// its contents before and after.
type Change struct {
	File     string
	Old, New []byte
	Added    []*model.KeyResult // the key results given a check-in, in order
}

// RowError is a row that cannot be applied: a mistake in the input.
type RowError struct {
	Line int
	Err  error
}

func (e RowError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("row %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

// Apply adds the check-ins of rows to the files of the portal p, read
// from the source folder root, in memory: it returns each changed file,
// in path order, and writes nothing. A row that names no key result, or
// gives a value wrong for its kind, is a RowError; a file that cannot be
// read or edited is another error. Nothing is returned unless every row
// applies.
func Apply(p *model.Portal, root string, rows []Row) ([]Change, error) {
	changes := map[string]*Change{}
	for _, r := range rows {
		kr, err := Find(p, r.Ref)
		if err != nil {
			return nil, RowError{r.Line, err}
		}
		e, err := NewEntry(kr.Kind, r.In)
		if err != nil {
			return nil, RowError{r.Line, fmt.Errorf("%s (%s): %v", refOf(kr), kr.Title, err)}
		}
		file := kr.Objective.Source.File
		c := changes[file]
		if c == nil {
			data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
			if err != nil {
				return nil, err
			}
			c = &Change{File: file, Old: data, New: data}
			changes[file] = c
		}
		index, err := IndexAt(c.Old, kr.Line)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		if c.New, err = Append(c.New, index, e); err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		c.Added = append(c.Added, kr)
	}
	out := make([]Change, 0, len(changes))
	for _, c := range changes {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out, nil
}

// IndexAt returns the position in key_results (0-based) of the key result
// that starts on line (as model.KeyResult.Line counts) of data.
func IndexAt(data []byte, line int) (int, error) {
	f, err := parseFront(data)
	if err != nil {
		return 0, err
	}
	_, krs := value(f.root, "key_results")
	if krs != nil && krs.Kind == yaml.SequenceNode {
		for i, kr := range krs.Content {
			if kr.Line == line {
				return i, nil
			}
		}
	}
	return 0, fmt.Errorf("no key result starts on line %d", line)
}

// Write writes each change's new contents over its file under root,
// through a temporary file renamed into place (a symlink's target is
// replaced, the link kept), with the file's permissions.
func Write(root string, changes []Change) error {
	for _, c := range changes {
		path, err := filepath.EvalSymlinks(filepath.Join(root, filepath.FromSlash(c.File)))
		if err != nil {
			return err
		}
		info, err := os.Stat(path)
		if err != nil {
			return err
		}
		tmp, err := os.CreateTemp(filepath.Dir(path), ".checkin-*.tmp")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(c.New)
		cerr := tmp.Close()
		if err := firstErr(werr, cerr, os.Chmod(tmp.Name(), info.Mode().Perm())); err != nil {
			os.Remove(tmp.Name())
			return err
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
