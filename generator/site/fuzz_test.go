package site_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/okrportal/okrportal/generator/diag"
	"github.com/okrportal/okrportal/generator/review"
	"github.com/okrportal/okrportal/generator/site"
	"golang.org/x/tools/txtar"
)

// fuzzPortal is the portal around the objective that FuzzLoad mutates:
// it has what the objective may refer to, and objectives that refer to it.
const fuzzPortal = `
-- portal.yaml --
title: Fuzz
periods:
  - {id: FY27-Q1, start: 2026-08-01, end: 2026-10-31}
-- strategy.md --
---
mission: M
vision: V
---
-- priorities/growth.md --
---
title: Growth
owner: ada
---
-- teams/company.md --
---
name: Company
---
-- teams/company/eng.md --
---
name: Engineering
lead: ada
---
-- people/ada.md --
---
name: Ada Lovelace
---
-- okrs/2026-Q4/company/grow.md --
---
title: Grow
owner: ada
priorities: growth
key_results:
  - {id: speed, title: Speed, target: 10, checkins: [{date: 2026-11-01, value: 4}]}
  - {title: Roll-up, kind: rollup}
---
Why.
-- okrs/2026-Q4/eng/child.md --
---
title: Child
aligns_to: deploys#kr1
depends_on: deploys
key_results:
  - {title: Done, done: true}
---
-- okrs/FY27-Q1/eng/fiscal.md --
---
title: Fiscal
aligns_to: 2026-q4/company/grow
---
`

// fuzzObjective is okrs/2026-Q4/eng/deploys.md, the file FuzzLoad mutates.
const fuzzObjective = `---
title: Fast deploys
owner: Ada Lovelace
contributors: [ada, Grace Hopper]
priorities: [growth]
aligns_to: [grow#speed, grow#kr2, fiscal]
depends_on: child
contributing_teams: company
weight: 2
status: at-risk
tags: [x]
key_results:
  - title: Deploy time
    unit: min
    start: 42
    target: 15
    weight: 0.5
    score: 0.3
    checkins:
      - {date: 2026-10-08, value: 39, status: on-track, note: n}
      - {date: 2026-11-26, value: 23}
  - {title: Uptime, kind: keep-below, threshold: 300, current: 250}
  - {title: Flaky tests, done: false, checkins: [{date: 2026-10-29, done: true}]}
  - {title: Beta, milestones: [{title: a, done: true}, {title: b}], initiatives: [{title: i, url: "https://x.example", done: true}]}
  - {title: Charter, progress: 40}
---
Why it matters.
`

// FuzzLoad loads a whole small portal in which the bytes of one objective
// are the fuzzer's, and reviews it when it has no errors: nothing may
// panic, and what loads must hold together.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(fuzzObjective))
	f.Add([]byte("+++\ntitle = \"T\"\naligns_to = [\"grow#speed\"]\n[[key_results]]\ntitle = \"K\"\nkind = \"rollup\"\n+++\n"))
	f.Add([]byte("{\"title\": \"J\", \"depends_on\": [\"child\"], \"key_results\": [{\"title\": \"K\", \"start\": 5, \"target\": 5, \"current\": 5}]}\n"))
	f.Add([]byte("---\ntitle: Cycle\naligns_to: child\nkey_results: [{title: K, kind: rollup}]\n---\n"))
	f.Add([]byte("---\ntitle: W\nweight: 0\nkey_results: [{title: K, weight: 0, target: 1}, {title: L, weight: 0, kind: rollup}]\n---\n"))
	dir := f.TempDir()
	writeFiles(f, dir, txtar.Parse([]byte(fuzzPortal)).Files)
	target := filepath.Join(dir, "okrs", "2026-Q4", "eng", "deploys.md")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(target, data, 0o644); err != nil {
			t.Fatal(err)
		}
		p, list, err := site.Load(context.Background(), site.Options{Source: dir, Today: today, Drafts: true})
		if err != nil {
			t.Fatal(err)
		}
		checkDiagnostics(t, list)
		if list.HasErrors() {
			return
		}
		review.Review(p, list)
		checkDiagnostics(t, list)
		if p.Current == nil {
			t.Fatal("no current period")
		}
		for _, o := range p.Objectives {
			if o.Team == nil || o.Period == nil {
				t.Fatalf("objective %s: team %v, period %v", o.ID, o.Team, o.Period)
			}
			if v := o.Computed.Progress; math.IsNaN(v) || v < 0 || v > 1 {
				t.Fatalf("objective %s: progress %v", o.ID, v)
			}
			for _, kr := range o.KeyResults {
				if kr.Kind == "" || kr.Objective != o {
					t.Fatalf("key result %s: kind %q", kr.Ref(), kr.Kind)
				}
				if v := kr.Computed.Progress; math.IsNaN(v) || v < 0 || v > 1 {
					t.Fatalf("key result %s: progress %v", kr.Ref(), v)
				}
			}
		}
	})
}

func checkDiagnostics(t *testing.T, list *diag.List) {
	t.Helper()
	for _, d := range list.Sorted() {
		if d.File == "" || d.Line < 0 || d.Rule == "" || d.Message == "" || (d.Severity != diag.Error && d.Severity != diag.Warning) {
			t.Fatalf("bad diagnostic %+v", d)
		}
	}
}

// TestFuzzPortal: the seed of FuzzLoad loads without errors, so that the
// fuzzer starts from a portal that reaches compute and the review.
func TestFuzzPortal(t *testing.T) {
	files := txtar.Parse([]byte(fuzzPortal)).Files
	files = append(files, archiveFile{Name: "okrs/2026-Q4/eng/deploys.md", Data: []byte(fuzzObjective)})
	p, list := load(t, files)
	if list.HasErrors() {
		t.Fatalf("errors: %v", list.Errors())
	}
	review.Review(p, list)
	if len(p.Objectives) != 4 {
		t.Fatalf("%d objectives, want 4", len(p.Objectives))
	}
	for _, o := range p.Objectives {
		if o.ID == "2026-q4/eng/deploys" && (len(o.AlignsTo) != 3 || len(o.KeyResults) != 5 || len(o.Children) != 1) {
			t.Errorf("deploys: %d alignments, %d key results, %d children", len(o.AlignsTo), len(o.KeyResults), len(o.Children))
		}
	}
}
