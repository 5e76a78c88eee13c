package sheet

import (
	"strings"
	"testing"
)

func table(t *testing.T, csv string) *Table {
	t.Helper()
	tab, err := ReadTable("okrs.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

const head = "period,team,objective,key result,target,date,current,status,note,done,kind,threshold\n"

// Bad cells name the row, the column and what to write.
func TestProblemsNameRowColumnAndFix(t *testing.T) {
	tests := []struct{ name, csv, want string }{
		{"number", head + "2026-Q4,web,Grow,Signups,ten,,,,,,,\n", `okrs.csv:2:E (target): target "ten" is not a number; write a number such as 45`},
		{"percent", head + "2026-Q4,web,Grow,Signups,40%,,,,,,,\n", `okrs.csv:2:E (target): target "40%" is not a number; write 40 without the % sign`},
		{"decimal comma", head + "2026-Q4,web,Grow,Signups,\"0,5\",,,,,,,\n", `decimals and no thousands separator`},
		{"date", head + "2026-Q4,web,Grow,Signups,10,12/10/2026,3,,,,,\n", `okrs.csv:2:F (date): "12/10/2026" is not a date; write it as YYYY-MM-DD`},
		{"impossible date", head + "2026-Q4,web,Grow,Signups,10,2026-02-30,3,,,,,\n", `"2026-02-30" is not a date`},
		{"period", head + "Q4 2026,web,Grow,Signups,10,,,,,,,\n", `okrs.csv:2:A (period): period "Q4 2026" is not a period the portal knows; write "2026-Q4"`},
		{"no title", head + "2026-Q4,web,,Signups,10,,,,,,,\n", `okrs.csv:2:C (objective): empty objective: write the objective's title`},
		{"status", head + "2026-Q4,web,Grow,Signups,10,2026-10-01,3,great,,,,\n", `okrs.csv:2:H (status): status "great" is not one of on-track`},
		{"bool", head + "2026-Q4,web,Grow,Ship,,,,,,maybe,,\n", `okrs.csv:2:J (done): "maybe" is not yes or no; write yes or no`},
		{"threshold", head + "2026-Q4,web,Grow,Pages,,,,,,,,5\n", `okrs.csv:2:L (threshold): a threshold needs the kind keep-above or keep-below`},
		{"no key result", head + "2026-Q4,web,Grow,,10,,,,,,,\n", `okrs.csv:2:E (target): no key result on this row`},
		{"conflict", head + "2026-Q4,web,Grow,Signups,10,,,,,,,\n2026-Q4,web,Grow,Signups,12,,,,,,,\n",
			`okrs.csv:3:E (target): target is "12" here but "10" on row 2 of the same key result`},
		{"unknown column", "period,team,objective,colour\n2026-Q4,web,Grow,red\n", `okrs.csv:1:D (colour): column "colour" matches no field; rename it to one of: period, team`},
		{"missing column", "team,objective\nweb,Grow\n", `okrs.csv:1: no "period" column: add one`},
		{"duplicate column", "period,team,objective,Objective\n", `okrs.csv:1:D (Objective): column "Objective" is field "objective", like column C`},
		{"confidence", head[:len(head)-1] + ",confidence\n2026-Q4,web,Grow,Signups,10,2026-10-01,3,,,,,,11/10\n", `confidence 11 is out of range`},
		{"milestone date", "period,team,objective,key result,milestones\n2026-Q4,web,Grow,Ship,\"[x] Beta (due soon)\"\n", `milestone "[x] Beta (due soon)": "soon" is not a date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Parse(table(t, tt.csv), nil, Options{Date: "2026-11-30"})
			var all []string
			for _, p := range probs {
				all = append(all, p.Error())
			}
			if !strings.Contains(strings.Join(all, "\n"), tt.want) {
				t.Errorf("problems:\n%s\nwant one containing\n%s", strings.Join(all, "\n"), tt.want)
			}
		})
	}
}

// A dated row is a check-in; an undated row with only values writes them
// on the key result; status, confidence or a note make a check-in of the
// import date.
func TestWhatBecomesACheckin(t *testing.T) {
	csv := head +
		"2026-Q4,web,Grow,Signups,10,,2,,,,,\n" +
		"2026-Q4,web,Grow,Signups,,2026-10-05,4,on track,\"Launch: v2, #3\",,,\n" +
		"2026-Q4,web,Grow,Signups,,,5,,Weekly update,,,\n" +
		"2026-q4,web,Grow,Ship it,,,,,,yes,,\n"
	objs, probs := Parse(table(t, csv), nil, Options{Date: "2026-11-30"})
	if len(probs) > 0 || len(objs) != 1 {
		t.Fatalf("%v, %d objectives", probs, len(objs))
	}
	k := objs[0].KeyResults[0]
	if k.Values["current"] != "2" || len(k.Checkins) != 2 {
		t.Fatalf("key result %v, check-ins %v", k.Values, k.Checkins)
	}
	if c := k.Checkins[0]; c["date"] != "2026-10-05" || c["status"] != "on-track" || c["note"] != "Launch: v2, #3" {
		t.Errorf("first check-in %v", c)
	}
	if c := k.Checkins[1]; c["date"] != "2026-11-30" || c["current"] != "5" {
		t.Errorf("undated note: %v, want a check-in of the import date", c)
	}
	if objs[0].KeyResults[1].Values["done"] != "true" {
		t.Errorf("done: %v", objs[0].KeyResults[1].Values)
	}
	undated, _ := Parse(table(t, csv), nil, Options{Date: "2026-11-30", Undated: true})
	if k := undated[0].KeyResults[0]; k.Values["current"] != "" || len(k.Checkins) != 3 || k.Checkins[0]["date"] != "2026-11-30" {
		t.Errorf("with Undated, key result %v, check-ins %v", k.Values, k.Checkins)
	}
	md := objs[0].Markdown()
	for _, want := range []string{"title: Grow\n", "  - title: Signups\n    target: 10\n    current: 2\n",
		`- {date: 2026-10-05, value: 4, status: on-track, note: "Launch: v2, #3"}`, "  - title: Ship it\n    done: true\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestHeadersMatchLooselyAndThroughMap(t *testing.T) {
	m, err := ParseMapping([]string{"KR Name=key result", "Comments="})
	if err != nil {
		t.Fatal(err)
	}
	csv := "Period;TEAM;Objective_Title;KR Name;Comments;Key-Result Owner\n2026-Q4;web;Grow;Signups;ignored;Ann\n"
	objs, probs := Parse(table(t, csv), m, Options{})
	if len(probs) > 0 || objs[0].KeyResults[0].Values["key result"] != "Signups" || objs[0].KeyResults[0].Values["owner"] != "Ann" {
		t.Fatalf("%v %v", probs, objs)
	}
	if _, err := ParseMapping([]string{"X=colour"}); err == nil || !strings.Contains(err.Error(), `"colour" is not a field`) {
		t.Errorf("bad --map: %v", err)
	}
}

func TestPlanCreatesMissingTeamsAndPeople(t *testing.T) {
	csv := "period,team,objective,objective owner,key result,owner\n" +
		"2026-Q4,Web Shop,Grow,Inés García; ann,Signups,Bo\n2026-Q4,eng/infra,Fast deploys,ann,Deploy time,\n" +
		"2026-Q4,web shop,Sell,inés garcía,Deals,\n"
	objs, _ := Parse(table(t, csv), nil, Options{})
	known := Known{Teams: []Entity{{"engineering/platform", "Platform"}}, People: []Entity{{"ann", "Ann Lee"}}}
	files, probs := Plan("okrs.csv", objs, known)
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	got := strings.Join(paths, " ")
	want := "teams/web-shop.md people/ines-garcia.md people/bo.md okrs/2026-Q4/web-shop/grow.md teams/eng/infra.md okrs/2026-Q4/eng/infra/fast-deploys.md okrs/2026-Q4/web-shop/sell.md"
	if len(probs) > 0 || got != want {
		t.Errorf("files %s\nwant  %s\n%v", got, want, probs)
	}
	if files[0].Content != "---\nname: Web Shop\n---\n" || files[1].Content != "---\nname: Inés García\n---\n" {
		t.Errorf("team %q, person %q", files[0].Content, files[1].Content)
	}
}

func TestPlanRefusesATeamOneTypoFromAKnownOne(t *testing.T) {
	known := Known{Teams: []Entity{{"engineering/platform", "Platform"}, {"growth", "Growth Team"}}}
	for _, tc := range []struct{ team, want string }{
		{"Platfrom", `okrs.csv:2: team "Platfrom" matches no team; did you mean engineering/platform (Platform)?`},
		{"Growth Taem", `okrs.csv:2: team "Growth Taem" matches no team; did you mean growth (Growth Team)?`},
		{"Web Shop", ""},
		{"Growth Team", ""},
	} {
		objs, _ := Parse(table(t, "period,team,objective\n2026-Q4,"+tc.team+",Grow\n"), nil, Options{})
		files, probs := Plan("okrs.csv", objs, known)
		switch {
		case tc.want == "" && (len(probs) > 0 || len(files) == 0):
			t.Errorf("%s: %v %v", tc.team, probs, files)
		case tc.want != "" && (len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), tc.want) || len(files) > 0):
			t.Errorf("%s: %v, files %v\nwant %s", tc.team, probs, files, tc.want)
		}
	}
}

func TestQuote(t *testing.T) {
	for s, want := range map[string]string{
		"Grow ARR": "Grow ARR", "Launch: v2": `"Launch: v2"`, "yes": `"yes"`, "45": `"45"`, "a\"b\\c": `"a\"b\\c"`,
		"two\nlines": `"two\nlines"`, "bell\a": `"bell\u0007"`, "Inés": "Inés", " lead": `" lead"`, "fix #3": `"fix #3"`,
	} {
		if got := quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	}
}

// The Peoplebox fixture, built from its public documentation, becomes
// two objectives: goals with children, and their children as key results.
func TestPresetPeoplebox(t *testing.T) {
	tab := readTemplate(t, "testdata/presets/peoplebox/goals.csv")
	p := Presets["peoplebox"]
	flat, probs := p.Table(tab)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	objs, probs := Parse(flat, p.Mapping(), Options{Date: "2026-11-30"})
	if len(probs) > 0 || len(objs) != 2 {
		t.Fatalf("%v; %d objectives", probs, len(objs))
	}
	g, c := objs[0], objs[1]
	if g.Values["period"] != "2026-Q4" || g.Values["team"] != "Growth" || len(g.KeyResults) != 3 || g.Values["objective owner"] != "ana@example.com" {
		t.Errorf("growth objective %v with %d key results", g.Values, len(g.KeyResults))
	}
	if c.Values["period"] != "2026" || c.Values["team"] != "Company" || c.Values["tags"] != "eta; company" {
		t.Errorf("company objective %v", c.Values)
	}
	mrr := g.KeyResults[1]
	if mrr.Values["kind"] != "metric" || mrr.Values["target"] != "50000" || len(mrr.Checkins) != 1 ||
		mrr.Checkins[0]["current"] != "12000" || mrr.Checkins[0]["status"] != "at-risk" || mrr.Checkins[0]["date"] != "2026-11-30" {
		t.Errorf("MRR key result %v %v", mrr.Values, mrr.Checkins)
	}
	if pr := g.KeyResults[2]; pr.Values["kind"] != "boolean" || pr.Checkins[0]["done"] != "false" || pr.Values["target"] != "" {
		t.Errorf("binary goal %v %v", pr.Values, pr.Checkins)
	}
	if q := c.KeyResults[1]; q.Values["kind"] != "qualitative" || q.Checkins[0]["progress"] != "40" {
		t.Errorf("progress goal %v %v", q.Values, q.Checkins)
	}
	if _, probs := Plan("goals.csv", objs, Known{}); len(probs) > 0 {
		t.Error(probs)
	}
}

func TestPeriodOf(t *testing.T) {
	for in, want := range map[[2]string]string{
		{"2026-10-01", "2026-12-31"}: "2026-Q4", {"2026-07-01", "2026-12-31"}: "2026-H2", {"2026-01-01", "2026-12-31"}: "2026",
		{"2026-10-01", "2026-12-30"}: "", {"2026-02-01", "2026-04-30"}: "", {"", ""}: "",
	} {
		if got, _ := periodOf(in[0], in[1]); got != want {
			t.Errorf("periodOf%v = %q, want %q", in, got, want)
		}
	}
}
