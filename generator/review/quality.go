package review

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
)

// The OKR-quality rules (SPEC §5): key results worded as outcomes and
// measured by a number, objectives that read as objectives, owners and due
// dates where they are expected, and links that lead somewhere sound. They
// look, like the other rules about single objectives, at live objectives
// (neither draft nor dropped) of periods that are not over.

// activityVerbs begin a key result that names work to do (an activity or
// an output) rather than a change in the world (an outcome).
var activityVerbs = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`launch launched implement implemented migrate migrated hold held
		build built create created develop developed deploy deployed ship shipped release released
		introduce introduced write wrote written publish published organise organised organize organized
		conduct conducted complete completed finish finished deliver delivered design designed
		document documented establish established integrate integrated add added upgrade upgraded
		refactor refactored rewrite rewrote prepare prepared draft drafted host hosted run
		roll rolled set setup install installed configure configured start started kick
		define defined research researched investigate investigated explore explored evaluate evaluated
		attend attended organise-d migrate-d port ported move moved replace replaced`) {
		activityVerbs[v] = true
	}
}

// firstWord is the lower-cased first word of a title, without leading
// marks ("[P0] Launch" → "launch").
func firstWord(title string) string { return strings.ToLower(firstRawWord(title)) }

// firstRawWord is firstWord before lower-casing.
func firstRawWord(title string) string {
	t := strings.TrimSpace(title)
	for strings.HasPrefix(t, "[") {
		if i := strings.Index(t, "]"); i > 0 {
			t = strings.TrimSpace(t[i+1:])
		} else {
			break
		}
	}
	t = strings.TrimLeft(t, "-*•:·\"' ")
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '/' }) {
		return w
	}
	return ""
}

// words counts the words of s as strings.Fields splits them and returns
// the second and the last, in one pass over ASCII text.
func words(s string) (n int, second, last string) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= utf8.RuneSelf { // Unicode spaces: the general way
			return wordsOf(s)
		}
		if i < len(s) && !asciiSpace(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			n++
			if n == 2 {
				second = s[start:i]
			}
			last = s[start:i]
			start = -1
		}
	}
	return n, second, last
}

// wordsOf is words for any text.
func wordsOf(s string) (n int, second, last string) {
	for f := range strings.FieldsSeq(s) {
		n++
		if n == 2 {
			second = f
		}
		last = f
	}
	return n, second, last
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// lower is w lower-cased for a map look-up: in buf, without allocating,
// when w is short ASCII.
func lower(buf []byte, w string) []byte {
	if len(w) > cap(buf) {
		return []byte(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return []byte(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// ActivityWord returns the word that makes a key result's title name
// work to do or its output rather than an outcome: a leading verb of work
// ("Launch", "Implement", "Migrate", "Hold a workshop") or a trailing
// participle of an output ("Upgrade guide published"); "" when there is
// none. A leading word followed by a measure ("Build time", "Deploy
// frequency", "Release cadence") is a noun, not an activity.
func ActivityWord(title string) string {
	// The title's words, lower-cased: how many, the second and the last
	// (it runs for every key result of the portal, so without a slice).
	n, second, last := words(title)
	var buf [32]byte
	if n > 1 {
		if w := lower(buf[:0], strings.Trim(last, ".,;:!)\"'")); outputWords[string(w)] {
			return string(w)
		}
	}
	first := firstRawWord(title)
	if !activityVerbs[string(lower(buf[:0], first))] {
		return ""
	}
	if n > 1 && measureNouns[string(lower(buf[:0], strings.Trim(second, ",.:;")))] {
		return ""
	}
	return strings.ToLower(first)
}

var (
	measureNouns = setOf(`time times duration durations frequency rate rates cadence success failure failures
		error errors size quality coverage latency speed cost costs count volume velocity reliability health`)
	outputWords = setOf(`published launched shipped released implemented migrated deployed delivered completed
		created built written tagged held organised organized hosted drafted documented rolled-out`)
)

func setOf(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

var (
	// vagueVerb are verbs of change; their adjectival forms ("an improved
	// process", "a better name") are not.
	vagueVerb = regexp.MustCompile(`(?i)\b(improve|increase|reduce|decrease|boost|enhance|optimi[sz]e|minimi[sz]e|maximi[sz]e|lower|raise|grow)\b`)
	digit     = regexp.MustCompile(`\d`)
	// target finds a number that states a target: a share or an amount
	// ("74%", "$14M", "€2k"), or a number after a word of comparison
	// ("to 95", "by 15", "under 15 minutes", "within 30 days").
	share      = regexp.MustCompile(`(\d[\d,.]*\s?%|[$€£]\s?\d)`)
	comparison = regexp.MustCompile(`(?i)\b(?:to|by|under|over|within|below|above|than|least|most|from)\s+(\d[\d,]*(?:\.\d+)*)(\s?[xXkKmM]\b)?`)
)

// IsVague reports whether a key result's title says to improve, increase
// or reduce something without a number, and the key result has no numeric
// target either.
func IsVague(kr *model.KeyResult) bool {
	return kr.Target == nil && kr.Threshold == nil && vagueVerb.MatchString(kr.Title) && !digit.MatchString(kr.Title)
}

// HasQuantity reports whether an objective's title states a target, as
// a key result does: a share or an amount ("74%", "$14M"), a number after
// a word of comparison ("under 15 minutes", "to 95"), or a number right
// after the first word ("Land 45 new logos"). A number that scopes
// ("our 500 busiest facilities", "the top 150 carriers"), names ("Sev-1",
// "v2", "Q4") or dates ("2026") does not.
func HasQuantity(title string) bool {
	if !strings.ContainsAny(title, "0123456789") { // every pattern below needs a digit (\d is ASCII)
		return false
	}
	if share.MatchString(title) {
		return true
	}
	for _, m := range comparison.FindAllStringSubmatch(title, -1) {
		n, unit := m[1], m[2]
		if unit == "" && (year4.MatchString(n) || strings.Contains(n, ".")) {
			continue // "by 2027", "to 1.0"
		}
		return true
	}
	f := strings.Fields(title)
	return len(f) > 1 && leadingNumber.MatchString(f[1]) && !year4.MatchString(f[1])
}

var (
	leadingNumber = regexp.MustCompile(`^\d[\d,.]*[kKmM]?$`)
	year4         = regexp.MustCompile(`^(19|20)\d\d$`)
)

// usesKROwners reports whether most key results of open, live objectives
// name an owner: then the portal uses key-result owners, and a key result
// without one stands out.
func (r *reviewer) usesKROwners() bool {
	n, owned := 0, 0
	for _, o := range r.openObjectives() {
		if !Live(o) {
			continue
		}
		for _, kr := range o.KeyResults {
			n++
			if kr.Owner != nil {
				owned++
			}
		}
	}
	return n > 0 && 2*owned > n
}

// troubled reports whether o is at risk or off track (and still live).
func troubled(o *model.Objective) bool {
	if !Live(o) {
		return false
	}
	switch o.Computed.Status {
	case model.StatusAtRisk, model.StatusOffTrack:
		return true
	}
	return false
}

func dropped(o *model.Objective) bool {
	return o.StatusOverride == model.StatusDropped || o.Computed.Status == model.StatusDropped
}

func (r *reviewer) quality() {
	krOwners := r.usesKROwners()
	for _, o := range r.openObjectives() {
		if !Live(o) {
			continue
		}
		if HasQuantity(o.Title) {
			r.warn(o.Source, Focus, "objective-numeric-title", "objective %q reads like a key result (a number in its title); state the qualitative outcome in the title and move the number into a key result", o.Title)
		}
		for _, kr := range o.KeyResults {
			src := model.Source{File: o.Source.File, Line: kr.Line}
			if w := ActivityWord(kr.Title); w != "" {
				r.warn(src, Focus, "kr-activity", "key result %q names work to do or its output (%q), not the outcome it should bring; say what changes when it is done (\"2 of 3 customers onboard without help\", not \"Launch self-service onboarding\") and list the work under `initiatives:`", kr.Title, w)
			}
			if IsVague(kr) {
				r.warn(src, Focus, "kr-vague", "key result %q says %q without a number; write from what to what (\"reduce p95 latency from 420 to 250 ms\") and give it `start:` and `target:`", kr.Title, strings.ToLower(vagueVerb.FindString(kr.Title)))
			}
			if krOwners && kr.Owner == nil {
				r.warn(src, Engagement, "kr-no-owner", "key result %q has no owner, though most key results here have one; add `owner:` to it", kr.Title)
			}
			if (kr.Kind == model.KindBoolean || kr.Kind == model.KindMilestones) && kr.Due == nil && !allMilestonesDue(kr) && !finished(kr) {
				r.warn(src, Engagement, "kr-no-due", "%s key result %q has no `due:` date, so it looks on track until shortly before %s ends; add `due: YYYY-MM-DD` (or a `due:` on each milestone)", kr.Kind, kr.Title, o.Period.Name)
			}
		}
		for _, d := range o.DependsOn {
			if troubled(d) {
				r.warn(o.Source, Alignment, "depends-on-at-risk", "objective %q depends on %q, which is %s; agree a plan with its owner, or plan for it slipping", o.Title, d.Title, d.Computed.Status.Label())
			}
		}
		for _, a := range o.AlignsTo {
			if dropped(a.Objective) {
				r.warn(model.Source{File: o.Source.File, Line: a.Line}, Alignment, "aligned-to-dropped", "objective %q aligns to %q, which was dropped; align it to a live objective or drop it too", o.Title, a.Objective.Title)
			}
		}
		// A company-level objective without priorities draws
		// root-without-priority instead.
		rootless := o.Team != nil && o.Team.Parent == nil
		if len(r.p.Priorities) > 0 && len(o.AlignsTo) > 0 && !rootless && len(inherited(o)) == 0 {
			r.warn(o.Source, Alignment, "no-priority-chain", "objective %q aligns to objectives none of which leads to a strategic priority; add `priorities:` here or to the objective at the top of its chain", o.Title)
		}
	}
}

// allMilestonesDue reports whether kr has milestones, each done or with a
// date.
func allMilestonesDue(kr *model.KeyResult) bool {
	if len(kr.Milestones) == 0 {
		return false
	}
	for _, m := range kr.Milestones {
		if m.Due == nil && !m.Done {
			return false
		}
	}
	return true
}

// finished reports whether kr is done: it needs no due date any more.
func finished(kr *model.KeyResult) bool { return kr.Computed.HasData && kr.Computed.Progress >= 1 }
