// Package txtar reads the txtar-like archives that the tests use as
// whole-site fixtures: an optional comment, then files, each introduced by
// a line "-- path --" and running to the next one.
package txtar

import (
	"os"
	"path/filepath"
	"strings"
)

// File is one file of an archive.
type File struct {
	Name, Data string
}

// Parse splits an archive into its comment and files.
func Parse(text string) (comment string, files []File) {
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			if len(files) == 0 {
				comment = b.String()
			} else {
				files[len(files)-1].Data = b.String()
			}
			b.Reset()
			files = append(files, File{Name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			continue
		}
		b.WriteString(line)
	}
	if len(files) == 0 {
		return b.String(), nil
	}
	files[len(files)-1].Data = b.String()
	return comment, files
}

// Write writes files under dir, creating folders as needed.
func Write(dir string, files []File) error {
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(f.Data), 0o644); err != nil {
			return err
		}
	}
	return nil
}
