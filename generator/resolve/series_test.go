package resolve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/source"
)

const seriesPortal = `-- portal.yaml --
title: T
-- teams/web.md --
---
name: Web
---
-- okrs/2026-Q4/web/grow.md --
---
title: Grow
key_results:
  - title: Weekly active users
    target: 5000
    series: data/wau.csv
    checkins:
      - {date: 2026-10-12, value: 4100, note: "corrected by hand"}
  - title: Latency
    kind: keep-below
    threshold: 300
    series: data/wau.csv
---
-- data/wau.csv --
Date,Value,Note
2026-10-05,4000,
2026-10-12,4050,export
2026-10-19T00:00:00Z,4200,"launch, week 1"
2026-12-07,4800,
`

func values(cs []model.Checkin) []float64 {
	var out []float64
	for _, c := range cs {
		out = append(out, *c.Value)
	}
	return out
}

// TestSeries: the rows are check-ins as of the build date, merged with the
// written ones by date (a written one wins on its day), for every key
// result naming the file.
func TestSeries(t *testing.T) {
	p := loadClean(t, seriesPortal, "2026-11-20")
	krs := p.Objectives[0].KeyResults
	if got := values(krs[0].Checkins); len(got) != 4 || got[0] != 4000 || got[1] != 4050 || got[2] != 4100 || got[3] != 4200 {
		t.Errorf("check-ins %v, want 4000 4050 4100 4200 (the row of 2026-12-07 is after the build date)", got)
	}
	if *krs[0].Current != 4200 || krs[0].Checkins[3].Note != "launch, week 1" {
		t.Errorf("current %v, note %q", *krs[0].Current, krs[0].Checkins[3].Note)
	}
	if krs[1].Kind != model.KindKeepBelow || len(krs[1].Checkins) != 3 {
		t.Errorf("the second key result: %s with %d check-ins", krs[1].Kind, len(krs[1].Checkins))
	}
	later := loadClean(t, seriesPortal, "2026-12-31")
	if got := *later.Objectives[0].KeyResults[0].Current; got != 4800 {
		t.Errorf("as of 2026-12-31 current is %v, want 4800", got)
	}
}

func TestSeriesErrors(t *testing.T) {
	obj := func(series string) string {
		return strings.Replace(seriesPortal, "series: data/wau.csv\n    checkins", "series: "+series+"\n    checkins", 1)
	}
	tests := []struct {
		name, archive string
		want          []string
	}{
		{"malformed rows", strings.Replace(seriesPortal, "2026-10-05,4000,\n", "2026-10-05,4000,\n05/10/2026,4000\n2026-10-06,4 000\n2026-10-07\n", 1),
			[]string{`data/wau.csv:3: [invalid-series] date "05/10/2026" is not a date`,
				`data/wau.csv:4: [invalid-series] value "4 000" is not a number`,
				`data/wau.csv:5: [invalid-series] a row has 2 or 3 columns`}},
		{"missing", obj("data/nope.csv"), []string{`okrs/2026-Q4/web/grow.md:6: [invalid-series] series "data/nope.csv" cannot be read: no such file`}},
		{"outside", obj("../outside.csv"), []string{`okrs/2026-Q4/web/grow.md:6: [invalid-series] series "../outside.csv" cannot be read: the path must be relative`}},
		{"absolute", obj("/etc/passwd"), []string{`okrs/2026-Q4/web/grow.md:6: [invalid-series] series "/etc/passwd" cannot be read: the path must be relative`}},
		{"folder", obj("data"), []string{`okrs/2026-Q4/web/grow.md:6: [invalid-series] series "data" cannot be read: not a regular file`}},
		{"wrong kind", strings.Replace(seriesPortal, "    target: 5000\n", "    done: false\n", 1),
			[]string{`okrs/2026-Q4/web/grow.md:6: [wrong-kind-field] field "series" does not apply to a boolean key result`,
				`okrs/2026-Q4/web/grow.md:8: [wrong-kind-field] check-in field "value" does not apply`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, list := load(t, tt.archive, "2026-11-20")
			var errs []diag.Diagnostic
			for _, d := range list.Errors() {
				if d.Rule == "invalid-series" || d.Rule == "wrong-kind-field" {
					errs = append(errs, d)
				}
			}
			ok := len(errs) == len(tt.want)
			for i := 0; ok && i < len(errs); i++ {
				ok = matches(errs[i], tt.want[i])
			}
			if !ok {
				t.Errorf("errors:\n%s\nwant:\n%s", lines(errs), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSeriesSymlinks: a link inside the source folder is followed, one
// leading outside is refused.
func TestSeriesSymlinks(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.csv")
	if err := os.WriteFile(outside, []byte("2026-10-01,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ target, want string }{{"wau.csv", ""}, {outside, "symlink leading outside"}} {
		archive := strings.Replace(seriesPortal, "series: data/wau.csv\n    checkins", "series: data/link.csv\n    checkins", 1)
		writeArchive(t, dir, archive)
		link := filepath.Join(dir, "data", "link.csv")
		os.Remove(link)
		if err := os.Symlink(tt.target, link); err != nil {
			t.Skip(err)
		}
		got := ""
		if _, list := loadDir(t, dir, "2026-11-20"); list.HasErrors() {
			got = lines(list.Errors())
		}
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("link to %s: errors %q, want %q", tt.target, got, tt.want)
		}
	}
}

// loadDir reads and resolves the portal in dir as of today.
func loadDir(t *testing.T, dir, today string) (*model.Portal, *diag.List) {
	t.Helper()
	day, _ := time.Parse("2006-01-02", today)
	list := &diag.List{}
	folder, err := source.Read(context.Background(), dir, nil, list)
	if err != nil {
		t.Fatal(err)
	}
	return Resolve(folder, Options{Today: day, Drafts: true}, list), list
}

func FuzzParseSeries(f *testing.F) {
	f.Add([]byte("date,value,note\n2026-10-05,4000,\n2026-10-19T00:00:00Z,4200,\"a, b\"\n"))
	f.Add([]byte("\ufeff2026-10-05,1e3\r\n\r\n2026-13-01,x\n\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, bad := ParseSeries(data)
		for i, r := range rows {
			if r.Value == nil || r.Line < 1 || i > 0 && r.Date.Before(rows[i-1].Date) {
				t.Fatalf("row %d: %+v", i, r)
			}
		}
		for _, b := range bad {
			if b.Line < 1 || b.Msg == "" {
				t.Fatalf("bad row %+v", b)
			}
		}
	})
}

// TestSeriesSharedFile: objectives resolved in parallel that name the same
// file read it once and report its bad rows once.
func TestSeriesSharedFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- portal.yaml --\ntitle: T\n-- teams/web.md --\n---\nname: Web\n---\n-- data/s.csv --\n2026-10-05,1\n2026-10-06,bad\n")
	for i := range 40 {
		fmt.Fprintf(&b, "-- okrs/2026-Q4/web/o%d.md --\n---\ntitle: O\nkey_results:\n  - title: K\n    target: 9\n    series: data/s.csv\n---\n", i)
	}
	p, list := load(t, b.String(), "2026-11-20")
	if errs := list.Errors(); len(errs) != 1 || errs[0].File != "data/s.csv" || errs[0].Line != 2 {
		t.Errorf("errors:\n%s", lines(errs))
	}
	for _, o := range p.Objectives {
		if kr := o.KeyResults[0]; kr.Current == nil || *kr.Current != 1 {
			t.Errorf("%s: current %v", o.ID, kr.Current)
		}
	}
}
