package export

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
)

// bufWriter is a Writer into memory.
type bufWriter struct{ bytes.Buffer }

func (w *bufWriter) Reserve(n int) { w.Grow(n) }

// writeIndex is the search index s writes, as a file or as the script.
func writeIndex(t *testing.T, s *Exporter, script bool) []byte {
	t.Helper()
	var w bufWriter
	write := s.SearchIndex
	if script {
		write = s.SearchIndexScript
	}
	if err := write(&w); err != nil {
		t.Fatal(err)
	}
	return w.Bytes()
}

// hostilePortal is the sample portal with what the index must carry
// exactly: names and titles with spaces around them (also spaces
// strings.TrimSpace and JavaScript's trim disagree on), invalid UTF-8,
// an owner, team and period that are in no list, no owner or team at all,
// empty tags and bodies, and ids with the characters paths escape.
func hostilePortal() *model.Portal {
	p := testportal.Sample()
	stranger := &model.Person{ID: "x", Name: " Stranger\u0085"}
	lost := &model.Team{ID: "lost", Name: "\ufeffLost team "}
	p.People[0].Name = " Ana \xff"
	p.People[1].Name = "\u0085Bo\u00a0"
	p.Teams[1].Mission = "  mission <b>&amp;</b>\u2028 "
	p.Periods[0].Name = " Q\u2029 "
	o := &model.Objective{ID: "x/\"odd\" id#?", Title: "  spaced title\t", Team: lost, Owner: stranger,
		Period: testportal.Quarter(2031, 1), Tags: []string{"", " a ", ""},
		Body: model.Markdown{Text: "\xfe bad * [body] \u00a0"}}
	o.KeyResults = []*model.KeyResult{{ID: "k\"1", Title: " kr ", Objective: o, Owner: p.People[1]},
		{ID: "k2", Title: "", Objective: o, Owner: stranger}, {ID: "k3", Title: "none", Objective: o}}
	p.Current.Objectives = append(p.Current.Objectives, o)
	last := p.Periods[len(p.Periods)-1]
	last.Objectives = append(last.Objectives, &model.Objective{ID: "bare", Title: "Bare", Period: last})
	return p
}

// randomPortal is the sample portal with random texts (randomText) for
// its names, missions and titles, and 200 random objectives in its
// periods.
func randomPortal(seed uint64) *model.Portal {
	p := testportal.Sample()
	r := rand.New(rand.NewPCG(seed, 7))
	for _, t := range p.Teams {
		t.Name, t.Mission = randomText(r), randomText(r)
	}
	for _, x := range p.People {
		x.Name, x.Title = randomText(r), randomText(r)
	}
	for _, pe := range p.Periods {
		pe.Name = randomText(r)
	}
	for range 200 {
		o := randomObjective(r, p)
		o.Body.Text = randomText(r) + " " + randomText(r)
		for _, k := range o.KeyResults {
			if r.IntN(2) == 0 {
				k.Owner = p.People[r.IntN(len(p.People))]
			}
		}
		pe := p.Periods[r.IntN(len(p.Periods))]
		pe.Objectives = append(pe.Objectives, o)
	}
	return p
}

// TestSearchIndexExpandsToEntries holds format 2 to format 1: read back,
// the index is every entry of searchEntries, in order, for the sample
// portal, a hostile one, random ones and one without a current period; the script
// holds the same index.
func TestSearchIndexExpandsToEntries(t *testing.T) {
	noCurrent := testportal.Sample()
	noCurrent.Current = nil
	portals := map[string]*model.Portal{"sample": testportal.Sample(), "hostile": hostilePortal(), "no current": noCurrent}
	for seed := range uint64(5) {
		portals["random "+strconv.FormatUint(seed, 10)] = randomPortal(seed)
	}
	for name, p := range portals {
		s := New(p, nil)
		file := writeIndex(t, s, false)
		got, err := ReadSearchIndex(file)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, file)
		}
		if want := asRead(t, s.searchEntries()); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the index reads back as\n%+v\nnot\n%+v", name, got, want)
		}
		script := writeIndex(t, s, true)
		body, ok := bytes.CutPrefix(script, []byte("window.OKR_SEARCH_INDEX = "))
		if !ok || !bytes.Equal(append(bytes.TrimSuffix(body, []byte(";\n")), '\n'), file) {
			t.Errorf("%s: the script is not the index:\n%s", name, script)
		}
		if !json.Valid(file) || !bytes.HasPrefix(file, []byte(`{"format":2,`)) {
			t.Errorf("%s: not a format 2 index:\n%s", name, file)
		}
	}
}

// asRead is entries as a browser reads them from format 1: invalid UTF-8
// made U+FFFD.
func asRead(t *testing.T, entries []SearchEntry) []SearchEntry {
	t.Helper()
	b, err := json.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	var out []SearchEntry
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSearchIndexIsSmaller: format 2 says the same in fewer bytes than
// format 1; the sample portal, whose key results repeat little, still
// saves a quarter.
func TestSearchIndexIsSmaller(t *testing.T) {
	s := New(testportal.Sample(), nil)
	old, err := json.Marshal(s.searchEntries())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(writeIndex(t, s, false)); n > len(old)*3/4 {
		t.Errorf("format 2 is %d bytes, format 1 %d", n, len(old))
	}
}

// TestReadSearchIndex reads format 1 as itself and refuses what is not an
// index of a known format.
func TestReadSearchIndex(t *testing.T) {
	entries := New(testportal.Sample(), nil).searchEntries()
	old, _ := json.Marshal(entries)
	if got, err := ReadSearchIndex(append([]byte("\n "), old...)); err != nil || !reflect.DeepEqual(got, asRead(t, entries)) {
		t.Errorf("format 1 reads as %+v, %v", got, err)
	}
	for _, bad := range []string{`{"format":3,"objectives":[]}`, `{"format":2,"current":1,"objectives":[]}`,
		`{"format":2,"objectives":[["id","t",7,"","","","",[]]]}`, `{"format":2,"objectives":[["id"]]}`, `nonsense`, ``} {
		if got, err := ReadSearchIndex([]byte(bad)); err == nil {
			t.Errorf("%s reads as %+v", bad, got)
		}
	}
}
