package review

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/okrportal/okrportal/generator/model"
)

// The strategy review (SPEC §5): beyond a mission and a vision, a strategy
// is robust when it names the challenge (a diagnosis), how the company
// will meet it (a guiding policy) and what it will not do; when it has a
// horizon that has not run out and was reviewed recently; and when each
// priority says why (its body), how success is measured (a KPI with a
// target and a dated value), who owns it and until when.

// Kernel is the strategy's kernel as review reads it: each part from the
// front-matter field, else from a `##` section of the body whose heading
// names it (see kernelHeadings). A part is "" when neither states it.
type Kernel struct {
	Diagnosis, GuidingPolicy, NotDoing string
}

// kernelHeadings are the words of a `##` heading that make its section a
// part of the kernel, matched case-insensitively anywhere in the heading.
// "what we will not do" is tested before "what we will do".
var kernelHeadings = []struct {
	part  int
	words []string
}{
	{2, []string{"not do", "won't do", "will not", "non-goal", "not doing"}},
	{0, []string{"diagnosis", "challenge"}},
	{1, []string{"guiding policy", "policy", "how we will win", "what we will do"}},
}

// ReadKernel returns the kernel of s.
func ReadKernel(s *model.Strategy) Kernel {
	parts := [3]string{strings.TrimSpace(s.Diagnosis), strings.TrimSpace(s.GuidingPolicy), strings.TrimSpace(strings.Join(s.NotDoing, "\n"))}
	for _, sec := range sections(s.Body.Text) {
		h := strings.ToLower(sec.heading)
	match:
		for _, k := range kernelHeadings {
			for _, w := range k.words {
				if strings.Contains(h, w) {
					if parts[k.part] == "" {
						parts[k.part] = sec.text
					}
					break match
				}
			}
		}
	}
	return Kernel{Diagnosis: parts[0], GuidingPolicy: parts[1], NotDoing: parts[2]}
}

type section struct{ heading, text string }

// sections splits a Markdown body at its `#` headings (any level), keeping
// the sections with text under them.
func sections(body string) []section {
	var out []section
	var cur *section
	var b strings.Builder
	flush := func() {
		if cur != nil {
			cur.text = strings.TrimSpace(b.String())
			if cur.text != "" {
				out = append(out, *cur)
			}
		}
		b.Reset()
	}
	for _, line := range strings.Split(body, "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "#") {
			flush()
			cur = &section{heading: strings.TrimSpace(strings.TrimLeft(t, "#"))}
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	flush()
	return out
}

var (
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	year    = regexp.MustCompile(`\b(19|20)\d{2}\b`)
	fiscal  = regexp.MustCompile(`(?i)\bFY ?'?(\d{2}|\d{4})\b`)
)

// ParseHorizon returns the last day of a horizon as written: the last
// YYYY-MM-DD date in it ("until 2028-06-30", "2026-01-01 – 2028-06-30");
// else the end of the last of periods it names by id or name ("FY27–FY28"
// with FY28 declared); else December 31 of the last year it names
// ("2026–2028", "to 2028", "FY28" — a fiscal year read as its calendar
// year, at the latest). ok is false when it names none of these.
func ParseHorizon(h string, periods []*model.Period) (end time.Time, ok bool) {
	if ds := isoDate.FindAllString(h, -1); len(ds) > 0 {
		t, err := time.Parse("2006-01-02", ds[len(ds)-1])
		return t, err == nil
	}
	words := strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return r == ' ' || r == '–' || r == '—' || r == ',' || r == '/' || r == '(' || r == ')'
	})
	for i := len(words) - 1; i >= 0; i-- {
		for _, per := range periods {
			if words[i] == strings.ToLower(per.ID) || words[i] == strings.ToLower(per.Name) {
				return per.End, true
			}
		}
	}
	if ys := year.FindAllString(h, -1); len(ys) > 0 {
		y, _ := strconv.Atoi(ys[len(ys)-1])
		return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	if fs := fiscal.FindAllStringSubmatch(h, -1); len(fs) > 0 {
		y, _ := strconv.Atoi(fs[len(fs)-1][1])
		if y < 100 {
			y += 2000
		}
		return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

func (r *reviewer) strategyKernel() {
	s := r.p.Strategy
	if s.Source.File == "" {
		return // no strategy.md: no-mission and no-vision say enough
	}
	src := s.Source
	k := ReadKernel(s)
	if k.Diagnosis == "" {
		r.warn(src, Strategy, "strategy-no-diagnosis", "the strategy states no diagnosis — the challenge it answers; add `diagnosis:` to strategy.md or a `## Diagnosis` section saying what makes the situation hard")
	}
	if k.GuidingPolicy == "" {
		r.warn(src, Strategy, "strategy-no-policy", "the strategy states no guiding policy — how the company will meet the challenge; add `guiding_policy:` to strategy.md or a `## Guiding policy` section")
	}
	if k.NotDoing == "" {
		r.warn(src, Strategy, "strategy-no-not-doing", "the strategy does not say what the company will not do; add `not_doing:` (a list) to strategy.md or a `## What we will not do` section")
	}
	hsrc := model.Source{File: src.File, Line: s.HorizonLine}
	if end, ok := ParseHorizon(s.Horizon, r.p.Periods); !ok {
		r.warn(hsrc, Strategy, "strategy-no-horizon", "the strategy has no horizon%s; add `horizon: 2026–2028` (years) or an end date (`horizon: until 2028-06-30`)", quoted(s.Horizon))
	} else if end.Before(r.p.Today) {
		r.warn(hsrc, Strategy, "strategy-expired", "the strategy's horizon %q ended on %s; review the strategy and set its next horizon", s.Horizon, end.Format("2006-01-02"))
	}
	if limit := r.c.StrategyReviewDays; limit > 0 {
		rsrc := model.Source{File: src.File, Line: s.ReviewedLine}
		switch {
		case s.Reviewed == nil:
			r.warn(rsrc, Strategy, "strategy-unreviewed", "the strategy has no `reviewed:` date; review it with the leadership team and add `reviewed: YYYY-MM-DD`")
		case int(r.p.Today.Sub(*s.Reviewed).Hours()/24) > limit:
			r.warn(rsrc, Strategy, "strategy-unreviewed", "the strategy was last reviewed on %s, %d days ago; review it at least every %d days and update `reviewed:`",
				s.Reviewed.Format("2006-01-02"), int(r.p.Today.Sub(*s.Reviewed).Hours()/24), limit)
		}
	}
}

// quoted is ` ("text")` for an unreadable value, or "" for none.
func quoted(v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	return " it can read (" + strconv.Quote(v) + " names no year or date)"
}

// priorityDepth reviews each priority's rationale, measure and horizon.
func (r *reviewer) priorityDepth(pr *model.Priority) {
	if pr.Body.Empty() {
		r.warn(pr.Source, Strategy, "priority-no-rationale", "priority %q gives no rationale; write a few sentences under its front matter on why it matters and why now", pr.Title)
	}
	measured := false
	for _, k := range pr.KPIs {
		if k.Target != nil && k.Current != nil && k.AsOf != nil {
			measured = true
		}
	}
	if !measured {
		what := "has no KPI"
		if len(pr.KPIs) > 0 {
			what = "has no KPI with a `target`, a `current` value and its `as_of` date"
		}
		r.warn(pr.Source, Strategy, "priority-no-measure", "priority %q %s, so its success cannot be measured; add under `kpis:` e.g. {name: Net revenue retention, current: 104, as_of: 2026-09-30, target: 110, unit: \"%%\"}", pr.Title, what)
	}
	// A priority without a horizon of its own runs over the strategy's,
	// which strategy-no-horizon and strategy-expired review.
	h := strings.TrimSpace(pr.Horizon)
	if h == "" {
		return
	}
	end, ok := ParseHorizon(h, r.p.Periods)
	switch {
	case !ok:
		r.warn(pr.Source, Strategy, "priority-no-horizon", "priority %q has a horizon %q that names no year or date; write `horizon: 2026–2027` or `horizon: until 2027-06-30`, or leave it out to use the strategy's", pr.Title, h)
	case end.Before(r.p.Today):
		r.warn(pr.Source, Strategy, "priority-no-horizon", "priority %q's horizon %q ended on %s; set its next horizon or retire the priority", pr.Title, h, end.Format("2006-01-02"))
	}
}

// balance warns when one priority carries most of the running periods'
// objectives while another has none (priority-imbalance). An objective
// counts for each priority it delivers, directly or through alignment.
func (r *reviewer) balance() {
	if len(r.p.Priorities) < 2 {
		return
	}
	counts := map[*model.Priority]int{}
	total := 0
	for _, per := range running(r.p) {
		for _, o := range published(per.Objectives) {
			seen := map[*model.Priority]bool{}
			for _, pr := range inherited(o) {
				if !seen[pr] {
					seen[pr] = true
					counts[pr]++
				}
			}
			if len(seen) > 0 {
				total++
			}
		}
	}
	var heavy, empty *model.Priority
	for _, pr := range r.p.Priorities {
		if counts[pr] == 0 && empty == nil {
			empty = pr
		}
		if heavy == nil || counts[pr] > counts[heavy] {
			heavy = pr
		}
	}
	if empty == nil || total < 3 || 2*counts[heavy] <= total {
		return
	}
	r.warn(heavy.Source, Strategy, "priority-imbalance", "priority %q carries %d of the %d objectives of %s while %q has none; move effort to the neglected priority or drop it from the strategy",
		heavy.Title, counts[heavy], total, runningNames(running(r.p)), empty.Title)
}
