package export

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/okrportal/okrportal/generator/internal/testportal"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
)

// The struct forms of an objective and its key results in okrs.json,
// which appendObjectiveJSON must write byte for byte as encoding/json
// writes them.

func (s *Exporter) jsonObjective(o *model.Objective) jsonObjective {
	v := o.Computed
	j := jsonObjective{ID: o.ID, Title: o.Title, Team: teamID(o.Team), Owner: personID(o.Owner), Owners: personIDs(o.Owners),
		Contributors: make([]string, 0, len(o.Contributors)), Priorities: make([]string, 0, len(o.Priorities)),
		AlignsTo: make([]jsonAlignment, 0, len(o.AlignsTo)), DependsOn: objectiveIDs(o.DependsOn),
		ContributingTeams: make([]string, 0, len(o.ContributingTeams)), Weight: round4(o.Weight), Draft: o.Draft,
		Tags: nonNil(o.Tags), Expected: round4(v.Expected),
		Status: string(pagedata.ObjectiveStatus(o)), Phase: pagedata.PhaseLabel(v.Phase), Retrospective: o.Retrospective,
		KeyResults: make([]jsonKR, 0, len(o.KeyResults)), URL: s.absURL(pagedata.ObjPath(o))}
	if o.Period != nil {
		j.Period = o.Period.ID
	}
	if v.HasData {
		j.Progress = ptr(round4(v.Progress))
	}
	if v.Phase == model.PhaseClosed && v.Scored {
		j.Score, j.Band = ptr(round4(v.Score)), v.Band
	}
	for _, c := range o.Contributors {
		j.Contributors = append(j.Contributors, c.ID)
	}
	for _, pr := range o.Priorities {
		j.Priorities = append(j.Priorities, pr.ID)
	}
	for _, a := range o.AlignsTo {
		ja := jsonAlignment{Objective: a.Objective.ID}
		if a.KeyResult != nil {
			ja.KeyResult = a.KeyResult.ID
		}
		j.AlignsTo = append(j.AlignsTo, ja)
	}
	for _, t := range o.ContributingTeams {
		j.ContributingTeams = append(j.ContributingTeams, t.ID)
	}
	for _, k := range o.KeyResults {
		j.KeyResults = append(j.KeyResults, jsonKeyResult(k))
	}
	return j
}

func jsonKeyResult(k *model.KeyResult) jsonKR {
	v := k.Computed
	j := jsonKR{ID: k.ID, Ref: k.Ref(), Title: k.Title, Owner: personID(k.Owner), Owners: personIDs(k.Owners),
		Kind: string(k.Kind), Unit: k.Unit, Weight: round4(k.Weight), Tags: nonNil(k.Tags), Start: finite(k.Start),
		Baseline: finite(k.Baseline), Target: finite(k.Target), Stretch: finite(k.Stretch),
		Current: finite(k.Current), Threshold: finite(k.Threshold), Done: k.Done, Due: optDate(k.Due),
		Entered: finite(k.Progress), AlignsTo: make([]string, 0, len(k.AlignsTo)), Status: string(pagedata.KeyResultStatus(k)),
		Confidence: finite(v.Confidence),
		Checkins:   make([]jsonCheckin, 0, len(k.Checkins)), Initiatives: make([]jsonInitiative, 0, len(k.Initiatives))}
	if v.HasData {
		j.Progress = ptr(round4(v.Progress))
	}
	if k.Objective.Computed.Phase == model.PhaseClosed && v.Scored {
		j.Score, j.Band = ptr(round4(v.Score)), v.Band
	}
	for _, up := range k.AlignsTo {
		j.AlignsTo = append(j.AlignsTo, up.Ref())
	}
	for _, m := range k.Milestones {
		j.Milestones = append(j.Milestones, jsonMilestone{Title: m.Title, Done: m.Done, Due: optDate(m.Due)})
	}
	for _, c := range k.Checkins {
		j.Checkins = append(j.Checkins, jsonCheckin{Date: pagedata.ISODate(c.Date), Value: finite(c.Value), Done: c.Done,
			Progress: finite(c.Progress), Confidence: finite(c.Confidence), Status: string(c.Status), Note: c.Note})
	}
	for _, in := range k.Initiatives {
		ji := jsonInitiative{Title: in.Title, URL: pagedata.SafeLink(in.URL), Done: in.Done}
		for _, p := range in.Owners {
			ji.Owners = append(ji.Owners, p.ID)
		}
		j.Initiatives = append(j.Initiatives, ji)
	}
	return j
}

// encodeJSON is what json.Encoder writes for v, without its newline.
func encodeJSON(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// TestAppendJSONMatchesEncodingJSON compares the appended objectives,
// key results and check-ins of the sample portal and of
// random objectives with encoding/json's encoding of the struct forms.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	p := testportal.Sample()
	s := New(p, nil)
	r := rand.New(rand.NewPCG(3, 4))
	objs := append([]*model.Objective(nil), p.Objectives...)
	for range 300 {
		objs = append(objs, randomObjective(r, p))
	}
	for _, o := range objs {
		got, want := s.appendObjectiveJSON(nil, o), encodeJSON(t, s.jsonObjective(o))
		if !bytes.Equal(got, want) {
			t.Fatalf("objective %q:\n got %s\nwant %s", o.ID, got, want)
		}
	}
}

// randomText mixes what JSON escapes: quotes, backslashes, control
// characters, HTML's <>&, U+2028, invalid UTF-8 and other scripts.
func randomText(r *rand.Rand) string {
	parts := []string{"a", "Z", " ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", "<", ">", "&", "é", "日本",
		"\u2028", "\u2029", "\xff", "\xe2\x80", "🎯", "/", "'"}
	var b strings.Builder
	for range r.IntN(12) {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}

// randomNumber is nil or a number of any magnitude, or not finite.
func randomNumber(r *rand.Rand) *float64 {
	vals := []float64{0, -0.5, 1, 12.345678, 1e-7, 3e-9, 2.5e21, 1e20, -7e-7, 123456789, math.NaN(), math.Inf(1), 0.1 + 0.2}
	if r.IntN(3) == 0 {
		return nil
	}
	v := vals[r.IntN(len(vals))] * float64(r.IntN(3)+1)
	return &v
}

func randomObjective(r *rand.Rand, p *model.Portal) *model.Objective {
	o := &model.Objective{ID: "x/" + randomText(r), Title: randomText(r), Retrospective: randomText(r),
		Weight: *orZero(randomNumber(r)), Draft: r.IntN(2) == 0}
	if r.IntN(2) == 0 {
		o.Team, o.Owner, o.Period = p.Teams[0], p.People[0], p.Periods[r.IntN(len(p.Periods))]
	}
	for range r.IntN(3) {
		o.Tags = append(o.Tags, randomText(r))
	}
	o.Computed.Progress, o.Computed.Expected = *orZero(randomNumber(r)), *orZero(randomNumber(r))
	o.Computed.Status, o.Computed.Phase = model.StatusAtRisk, model.Phase(r.IntN(3))
	o.Computed.HasData, o.Computed.Scored = r.IntN(3) > 0, r.IntN(3) > 0
	for range r.IntN(3) {
		o.Owners = append(o.Owners, p.People[r.IntN(len(p.People))])
	}
	o.Computed.Score, o.Computed.Band = *orZero(randomNumber(r)), randomText(r)
	if len(p.Objectives) > 0 && r.IntN(2) == 0 {
		o.AlignsTo = []model.Alignment{{Objective: p.Objectives[0]}}
		o.DependsOn = []*model.Objective{p.Objectives[0]}
	}
	for i := range r.IntN(4) {
		k := &model.KeyResult{ID: "kr" + string(rune('1'+i)), Title: randomText(r), Objective: o, Unit: randomText(r),
			Kind: model.KindMetric, Start: randomNumber(r), Target: randomNumber(r), Current: randomNumber(r),
			Threshold: randomNumber(r), Progress: randomNumber(r), Weight: *orZero(randomNumber(r)),
			Baseline: randomNumber(r), Stretch: randomNumber(r)}
		if r.IntN(2) == 0 {
			due := time.Date(2026, 12, 1+r.IntN(30), 0, 0, 0, 0, time.UTC)
			k.Due = &due
		}
		for range r.IntN(3) {
			k.Tags = append(k.Tags, randomText(r))
			k.Owners = append(k.Owners, p.People[r.IntN(len(p.People))])
		}
		if len(p.Objectives) > 0 && r.IntN(2) == 0 {
			k.AlignsTo = []*model.KeyResult{p.Objectives[0].KeyResults[0]}
		}
		k.Computed.HasData, k.Computed.Scored = r.IntN(3) > 0, r.IntN(3) > 0
		k.Computed.Status = []model.Status{model.StatusOnTrack, model.StatusNoData, model.StatusClosed}[r.IntN(3)]
		k.Computed.Confidence = randomNumber(r)
		if r.IntN(2) == 0 {
			done := r.IntN(2) == 0
			k.Done = &done
		}
		for range r.IntN(3) {
			k.Milestones = append(k.Milestones, model.Milestone{Title: randomText(r), Done: r.IntN(2) == 0, Due: k.Due})
			k.Initiatives = append(k.Initiatives, model.Initiative{Title: randomText(r), URL: randomText(r)})
		}
		for range r.IntN(5) {
			c := model.Checkin{Date: time.Date(2026, 10, 1+r.IntN(60), 0, 0, 0, 0, time.UTC), Value: randomNumber(r),
				Progress: randomNumber(r), Note: randomText(r), Confidence: randomNumber(r)}
			if r.IntN(3) == 0 {
				c.Status = model.StatusOffTrack
			}
			k.Checkins = append(k.Checkins, c)
		}
		k.Computed.Progress, k.Computed.Score = *orZero(randomNumber(r)), *orZero(randomNumber(r))
		o.KeyResults = append(o.KeyResults, k)
	}
	return o
}

// orZero is v, or a pointer to 0 for nil and non-finite numbers (which
// computed fields never hold).
func orZero(v *float64) *float64 {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return new(float64)
	}
	return v
}

// TestAppendJSONStringEveryByte puts every byte value, and every pair of
// a byte that JSON escapes, at every position of strings around eight
// bytes long, where appendJSONString reads eight at a time, and holds the
// result to encoding/json's.
func TestAppendJSONStringEveryByte(t *testing.T) {
	check := func(s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
	special := []byte{0, 0x1f, 0x20, '"', '\\', '<', '>', '&', 0x7f, 0x80, 0xe2, 0xff, '!', '=', '?', '[', 'a'}
	for n := 7; n <= 17; n++ {
		base := []byte(strings.Repeat("abcdefgh", 3)[:n])
		for i := range n {
			for c := range 256 {
				s := bytes.Clone(base)
				s[i] = byte(c)
				check(string(s))
			}
			for j := i + 1; j < n; j++ {
				for _, c := range special {
					for _, d := range special {
						s := bytes.Clone(base)
						s[i], s[j] = c, d
						check(string(s))
					}
				}
			}
		}
	}
	check("é日本\u2028 a long enough \u2029 string\xe2\x80\xa8 <b>&amp;</b> \"quoted\" \\ done")
}

// TestAppendJSONFloat holds appendJSONFloat to encoding/json on numbers
// of every kind it meets: whole, rounded to four places (round4) or not,
// near the limits of appendDecimal, tiny and huge, and -0.
func TestAppendJSONFloat(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-4, -1e-4, 5e-5, 1e-6, 9.99e-7, 1e9, -1e9, 999999999.9999,
		1e9 - 1e-4, 123456.789, 0.1 + 0.2, 1e15, 1e21, 2.5e21, -7e-7, math.MaxFloat64, math.SmallestNonzeroFloat64, 4503599627370497}
	for range 20000 {
		v := r.NormFloat64() * math.Pow(10, float64(r.IntN(24)-12))
		vals = append(vals, v, round4(v), math.Round(v), round4(v/1e4), float64(r.IntN(20001)-10000)/1e4)
	}
	for _, v := range vals {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONFloat(nil, v); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONFloat(%v) = %s, want %s", v, got, want)
		}
	}
}

// TestAppendISODate holds appendISODate to time's own formatting.
func TestAppendISODate(t *testing.T) {
	for _, y := range []int{-1, 0, 9, 99, 999, 2026, 9999, 10000} {
		for _, d := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 23, 59, 0, 0, time.UTC)} {
			if got, want := string(appendISODate(nil, d)), d.Format("2006-01-02"); got != want {
				t.Errorf("appendISODate(%v) = %s, want %s", d, got, want)
			}
		}
	}
}
