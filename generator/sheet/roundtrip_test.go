package sheet

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/site"
)

var (
	afterAll  = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	beforeAny = time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	buildDay  = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
)

func load(t *testing.T, src string, day time.Time) *model.Portal {
	t.Helper()
	p, list, err := site.Load(context.Background(), site.Options{Source: src, Today: day, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	if list.HasErrors() {
		t.Fatalf("%s has errors:\n%v", src, list.Sorted())
	}
	return p
}

// export is what `okrportal export` writes for src, as a table.
func export(t *testing.T, src, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	objs := FromPortal(load(t, src, afterAll), load(t, src, beforeAny))
	if err := Write(&buf, format, Header(), Rows(objs)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// importInto imports data into a copy of the demo without its okrs/.
func importInto(t *testing.T, name string, data []byte) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "portal")
	if err := os.CopyFS(dir, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "okrs")); err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(name, data)
	if err != nil {
		t.Fatal(err)
	}
	objs, probs := Parse(tab, nil, Options{Date: "2026-11-30"})
	files, more := Plan(name, objs, KnownIn(load(t, dir, buildDay)))
	if probs = append(probs, more...); len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	if err := Apply(dir, files, false); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The demo exported, imported and loaded again has the same objectives,
// key results and check-ins; exported again, the same bytes.
func TestDemoRoundTrip(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			first := export(t, "../../content", format)
			dir := importInto(t, "demo."+format, first)
			want, got := describe(load(t, "../../content", buildDay)), describe(load(t, dir, buildDay))
			if want != got {
				t.Errorf("the imported portal differs:\n%s", firstDiff(want, got))
			}
			if format == "csv" && !bytes.Equal(first, export(t, dir, format)) {
				t.Errorf("export of the imported demo differs from the demo's export")
			}
		})
	}
}

// describe lists everything a row carries about each objective, one line
// per fact, from the loaded model.
func describe(p *model.Portal) string {
	var b strings.Builder
	for _, o := range p.Objectives {
		fmt.Fprintf(&b, "%s %q team=%s period=%s owners=%v draft=%v status=%s tags=%v retro=%q why=%q w=%g %s\n", o.ID, o.Title, o.Team.ID,
			o.Period.ID, ids(o.Owners), o.Draft, o.StatusOverride, o.Tags, strings.TrimSpace(o.Retrospective), strings.TrimSpace(o.Body.Text), o.Weight, o.Computed.Status)
		for _, a := range o.AlignsTo {
			fmt.Fprintf(&b, "  aligns %s\n", alignment(&model.Objective{}, a))
		}
		for _, x := range o.Priorities {
			fmt.Fprintf(&b, "  priority %s\n", x.ID)
		}
		for _, x := range o.ContributingTeams {
			fmt.Fprintf(&b, "  team %s\n", x.ID)
		}
		fmt.Fprintf(&b, "  contributors=%v\n", ids(o.Contributors))
		for _, d := range o.DependsOn {
			fmt.Fprintf(&b, "  depends %s\n", d.ID)
		}
		for _, k := range o.KeyResults {
			fmt.Fprintf(&b, "  %s %q %s owners=%v unit=%q w=%g start=%s target=%s stretch=%s thr=%s cur=%s done=%s prog=%s score=%s due=%v tags=%v\n",
				k.ID, k.Title, k.Kind, ids(k.Owners), k.Unit, k.Weight, num(k.Start), num(k.Target), num(k.Stretch), num(k.Threshold),
				num(k.Current), boolStr(k.Done), num(k.Progress), num(k.Score), k.Due, k.Tags)
			fmt.Fprintf(&b, "    milestones=%v status=%s progress=%.4f\n", k.Milestones, k.Computed.Status, k.Computed.Progress)
			for _, in := range k.Initiatives {
				fmt.Fprintf(&b, "    initiative %q %q %v %v\n", in.Title, in.URL, in.Done, ids(in.Owners))
			}
			for _, to := range k.AlignsTo {
				fmt.Fprintf(&b, "    aligns %s\n", to.Ref())
			}
			for _, c := range k.Checkins {
				fmt.Fprintf(&b, "    %s v=%s d=%s p=%s %s c=%s %q\n", c.Date.Format(time.DateOnly), num(c.Value), boolStr(c.Done),
					num(c.Progress), c.Status, num(c.Confidence), c.Note)
			}
		}
	}
	return b.String()
}

func ids(ps []*model.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(lb), len(la))
}
