package render

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"slices"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/theme"
)

// Plan is a site ready to render: the theme parsed, the values every page
// shares computed, and the list of the site's files fixed. Any file can
// then be rendered on its own, in any order, any number of times, from
// several goroutines at once. A Plan reads the portal it was prepared
// from, which must not change while the Plan is in use.
type Plan struct {
	jobs  []job          // in rendering order: the big pages first
	byRel map[string]job // the same jobs by path
	files []string       // the paths, sorted
}

// Prepare parses the theme of opts and computes what the pages of p
// share, without rendering any page. It fails when the theme cannot be
// read or parsed, when ctx is done, or when two files of the site would
// have the same path (a theme asset at the path of a generated file).
// Errors of a page's template show only when that page is rendered.
func Prepare(ctx context.Context, p *model.Portal, opts Options) (*Plan, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fsys, err := theme.FS(opts.ThemeDir)
	if err != nil {
		return nil, err
	}
	// The theme is parsed while the site's shared values are computed,
	// and the periods' alignment trees are planned at once.
	type parsed struct {
		th  *themeSet
		err error
	}
	themes := make(chan parsed, 1)
	go func() {
		th, err := loadTheme(fsys)
		themes <- parsed{th, err}
	}()
	s := newSite(p, opts, nil)
	s.planTrees()
	parsedTheme := <-themes
	th, err := parsedTheme.th, parsedTheme.err
	if err != nil {
		return nil, err
	}
	s.frags = th.frags
	th.frags.judge = pagedata.NewJudging(p)
	s.css = th.CSS()
	s.favicon = themeFavicon(th)
	jobs := s.jobs(th)
	pl := &Plan{jobs: jobs, byRel: make(map[string]job, len(jobs)), files: make([]string, 0, len(jobs))}
	for _, j := range jobs {
		if _, dup := pl.byRel[j.rel]; dup {
			return nil, fmt.Errorf("render: two files of the site would be %s: a theme asset of that name, or an id (of a team, person or objective) that makes the path of another page, e.g. a team called page or sub-teams inside a team; rename one", j.rel)
		}
		pl.byRel[j.rel] = j
		pl.files = append(pl.files, j.rel)
	}
	slices.Sort(pl.files)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return pl, nil
}

// Files returns the slash-separated paths of every file of the site,
// relative to its root ("404.html", "assets/style.css", "index.html",
// "teams/eng/index.html", …), sorted. The slice is the Plan's own: do not
// modify it.
func (pl *Plan) Files() []string { return pl.files }

// Has reports whether rel is a file of the site.
func (pl *Plan) Has(rel string) bool {
	_, ok := pl.byRel[rel]
	return ok
}

// RenderFile appends the file rel (a path as listed by Files) to w. An
// unknown rel gives an error wrapping fs.ErrNotExist; a template error
// names the file. After an error w may hold part of the file. The same
// rel gives the same bytes every time. Safe for concurrent use, with a
// different w per goroutine.
func (pl *Plan) RenderFile(rel string, w *bytes.Buffer) error {
	j, ok := pl.byRel[rel]
	if !ok {
		return fmt.Errorf("render %s: %w", rel, fs.ErrNotExist)
	}
	return j.render(&fileWriter{buf: w, rel: rel})
}

// render writes the output of j to w, naming the file in an error.
func (j job) render(w *fileWriter) error {
	if err := j.make(w); err != nil {
		return fmt.Errorf("render %s: %w", j.rel, err)
	}
	return nil
}
