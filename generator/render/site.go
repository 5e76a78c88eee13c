package render

import (
	"html/template"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/compute"
	"github.com/okrportal/okrportal/generator/export"
	"github.com/okrportal/okrportal/generator/markdown"
	"github.com/okrportal/okrportal/generator/model"
	"github.com/okrportal/okrportal/generator/pagedata"
	"github.com/okrportal/okrportal/generator/review"
)

// site is everything the pages share, computed once per Render call before
// any page is rendered and read-only afterwards (except the Markdown cache,
// which is safe for concurrent use).
type site struct {
	p     *model.Portal
	opts  Options
	md    *markdown.Renderer
	frags *fragments   // the theme's cached partials
	css   template.CSS // the theme's style.css, inlined into 404.html
	// favicon is the theme's assets/favicon.svg, or nil (icon.go).
	favicon []byte

	// Current is the period the home page shows; may be nil.
	Current *model.Period
	// Menu lists the periods offered in the header, newest first.
	Menu []*model.Period
	// MenuMore is true when the header lists only some periods.
	MenuMore bool

	teams   map[*model.Team]*teamNow      // current-period view of every team
	periods map[*model.Period]*periodView // summary of every period
	direct  map[*model.Objective][]*model.Objective
	trees   map[*model.Period]*periodTree
	bodies  map[any]*lazyHTML
	latest  []pagedata.CheckinRef // newest first, capped
	export  *export.Exporter
	files   map[string]string // source file → site path, for findings
	judged  reviewed          // what the review's findings make (site.reviewed)
	scratch chan []byte       // free scratch buffers of pages (page.build)

	chromeMu sync.RWMutex
	chromes  map[chromeKey]*chromeParts // each page's chrome (site.chromeOf)
}

// teamNow is a team's current-period objectives and their summary.
type teamNow struct {
	Team       *model.Team
	Objectives []*model.Objective
	Sum        compute.Summary
	period     *model.Period
	today      time.Time
	judge      pagedata.Judging
}

// periodView is a period with its summary.
type periodView struct {
	Period *model.Period
	Sum    compute.Summary
	Phase  model.Phase
	today  time.Time
	judge  pagedata.Judging
	teams  []*teamRow // the teams with objectives in the period (periodTeams)
}

// lazyHTML is a Markdown text rendered on first use.
type lazyHTML struct {
	once sync.Once
	src  string
	html template.HTML
}

// maxLatest caps the check-ins on updates/ and in feed.xml.
const maxLatest = 100

// maxMenu caps the periods listed in the header.
const maxMenu = 8

// newSite computes the shared values of p.
func newSite(p *model.Portal, opts Options, frags *fragments) *site {
	s := &site{
		p:       p,
		opts:    opts,
		frags:   frags,
		chromes: map[chromeKey]*chromeParts{},
		md:      markdown.New(opts.UnsafeHTML),
		Current: p.Current,
		teams:   make(map[*model.Team]*teamNow, len(p.Teams)),
		periods: make(map[*model.Period]*periodView, len(p.Periods)),
		trees:   make(map[*model.Period]*periodTree, len(p.Periods)),
		direct:  map[*model.Objective][]*model.Objective{},
		bodies:  map[any]*lazyHTML{},
		files:   map[string]string{},
		scratch: make(chan []byte, 4*runtime.GOMAXPROCS(0)),
	}
	judge := pagedata.NewJudging(p)
	if frags != nil {
		frags.judge = judge
	}
	s.menu()
	for _, t := range p.Teams {
		tn := &teamNow{Team: t, period: p.Current, today: p.Today, judge: judge}
		for _, o := range t.Objectives {
			if o.Period == p.Current && p.Current != nil {
				tn.Objectives = append(tn.Objectives, o)
			}
		}
		tn.Sum = compute.Summarise(tn.Objectives)
		s.teams[t] = tn
	}
	for _, pe := range p.Periods {
		s.trees[pe] = &periodTree{}
		s.periods[pe] = &periodView{Period: pe, Sum: compute.Summarise(pe.Objectives), Phase: pe.PhaseOn(p.Today), today: p.Today, judge: judge, teams: periodTeams(pe)}
	}
	s.index()
	s.latest = pagedata.LatestCheckins(p.Objectives, maxLatest)
	s.export = export.New(p, s.latest)
	return s
}

// reviewed is what the review's findings make: the health page's data
// and the plan score of every team in the current period.
type reviewed struct {
	once   sync.Once
	health *pagedata.Health
	plans  map[*model.Team]*pagedata.Plan
}

// reviewed returns what the findings make, worked out by the first page
// that needs it: until then the review may still be running
// (Options.FindingsFrom) while the other pages render.
func (s *site) reviewed() *reviewed {
	r := &s.judged
	r.once.Do(func() {
		findings := s.opts.Findings
		if s.opts.FindingsFrom != nil {
			findings = s.opts.FindingsFrom()
		}
		scores := review.PlanScores(s.p, findings)
		r.health = pagedata.NewHealth(s.p, findings, scores, s.files)
		r.plans = map[*model.Team]*pagedata.Plan{}
		for _, ps := range scores {
			if ps.Period == s.p.Current {
				r.plans[ps.Team] = pagedata.NewPlan(ps, s.files)
			}
		}
	})
	return r
}

// menu picks the header's periods: all when few, else the ones nearest the
// current period.
func (s *site) menu() {
	ps := s.p.Periods
	if len(ps) <= maxMenu {
		s.Menu = pagedata.Reversed(ps)
		return
	}
	at := 0
	for i, pe := range ps {
		if pe == s.Current {
			at = i
		}
	}
	lo := at - maxMenu/2
	if lo < 0 {
		lo = 0
	}
	if lo+maxMenu > len(ps) {
		lo = len(ps) - maxMenu
	}
	s.Menu, s.MenuMore = pagedata.Reversed(ps[lo:lo+maxMenu]), true
}

// index registers the Markdown bodies, the direct (not via a key result)
// children of every objective and the page of every source file.
func (s *site) index() {
	p := s.p
	s.body(p.Strategy, p.Strategy.Body.Text)
	s.files[p.Strategy.Source.File] = "strategy/"
	for _, pr := range p.Priorities {
		s.body(pr, pr.Body.Text)
		s.files[pr.Source.File] = pagedata.PriorityPath(pr)
	}
	for _, t := range p.Teams {
		s.body(t, t.Body.Text)
		s.files[t.Source.File] = pagedata.TeamPath(t)
	}
	for _, x := range p.People {
		s.body(x, x.Body.Text)
		if !x.Implicit {
			s.files[x.Source.File] = pagedata.PersonPath(x)
		}
	}
	for _, o := range p.Objectives {
		s.body(o, o.Body.Text)
		s.files[o.Source.File] = pagedata.ObjPath(o)
		for _, a := range o.AlignsTo {
			if a.Objective != nil && a.KeyResult == nil {
				s.direct[a.Objective] = appendOnce(s.direct[a.Objective], o)
			}
		}
	}
	delete(s.files, "")
}

func appendOnce(list []*model.Objective, o *model.Objective) []*model.Objective {
	if n := len(list); n > 0 && list[n-1] == o {
		return list
	}
	return append(list, o)
}

// body registers the Markdown text of entity for rendering on first use.
func (s *site) body(entity any, text string) {
	s.bodies[entity] = &lazyHTML{src: text}
}

// Body returns the rendered Markdown body of an entity (strategy, priority,
// team, person or objective), rendering it at most once per Render call.
func (s *site) Body(entity any) template.HTML {
	l := s.bodies[entity]
	if l == nil {
		return ""
	}
	l.once.Do(func() {
		if h, ok := plainBlocks(l.src); ok {
			l.html = h
			return
		}
		l.html = s.md.Render(l.src)
	})
	return l.html
}

// writeBody appends the rendered body of entity to m, as Body returns it,
// without keeping it: for the page that alone shows it (an objective's,
// a person's), so that the bodies of a portal do not stay in memory.
func (s *site) writeBody(m *markup, entity any) {
	l := s.bodies[entity]
	if l == nil || m.plainBlocks(l.src) {
		return
	}
	m.HTML(s.md.Render(l.src))
}

// Markdown renders a Markdown text (a retrospective) as blocks.
func (s *site) Markdown(text string) template.HTML { return s.md.Render(text) }

// Inline renders a one-line Markdown text (a mission, a check-in note):
// plain text stays a string, for html/template to escape, and anything
// that may hold Markdown goes through the Markdown renderer.
func (s *site) Inline(text string) any {
	if plainText(text) {
		return text
	}
	return s.md.Inline(text)
}

// plainText reports whether text is certain to render as itself in inline
// Markdown: letters, digits, single spaces and harmless punctuation only,
// nothing that could start emphasis, code, a link, an autolink or an
// entity.
func plainText(text string) bool {
	n := len(text)
	if n == 0 || text[0] == ' ' || text[n-1] == ' ' {
		return false
	}
	for i := 0; i < n; i++ {
		switch c := text[i]; plainClasses[c] {
		case plainOther: // the common byte: one load and one test
		case plainSpace:
			if text[i+1] == ' ' { // the last byte is no space
				return false
			}
		case plainW:
			if i+3 < n && text[i+1]|0x20 == 'w' && text[i+2]|0x20 == 'w' && text[i+3] == '.' {
				return false // an autolink, www.example.com
			}
		case plainMultiByte:
			return !strings.Contains(text, "  ") && plainRunes(text)
		default:
			return false
		}
	}
	return true
}

// The classes of bytes for plainText.
const (
	plainNot       = iota // a byte that may be Markdown
	plainOther            // a letter, digit or punctuation that renders as itself
	plainSpace            // ' '
	plainW                // 'w' or 'W', which may start "www."
	plainMultiByte        // a byte of a multi-byte UTF-8 sequence
)

// plainClasses is the class of every byte for plainText.
var plainClasses = func() (classes [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			classes[c] = plainMultiByte
		case c == ' ':
			classes[c] = plainSpace
		case c|0x20 == 'w':
			classes[c] = plainW
		case plainByte(byte(c)):
			classes[c] = plainOther
		}
	}
	return classes
}()

// plainRunes is plainText for a text with non-ASCII runes.
func plainRunes(text string) bool {
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && plainByte(byte(r)):
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
		default:
			return false
		}
	}
	return !strings.Contains(strings.ToLower(text), "www.")
}

// plainPunct has bit c set for each ASCII punctuation character or digit
// c that renders as itself in Markdown (all are below 64).
const plainPunct uint64 = 1<<' ' | 1<<'.' | 1<<',' | 1<<';' | 1<<'?' | 1<<'-' | 1<<'+' | 1<<'%' | 1<<'/' | 1<<'$' | 1<<'(' | 1<<')' | 1<<'\'' |
	0x3ff<<'0'

// plainByte reports whether the ASCII character c renders as itself: a
// letter, a digit or plainPunct.
func plainByte(c byte) bool {
	if c < 64 {
		return plainPunct>>c&1 != 0
	}
	c |= 0x20 // A-Z to a-z; no other byte of 64-127 lands in a-z
	return c >= 'a' && c <= 'z'
}

// CSS is the theme's stylesheet, for pages that cannot link to it.
func (s *site) CSS() template.CSS { return s.css }

// Accent is portal.yaml's accent colour, "" when unset. It is CSS that
// html/template prints as it is: resolve lets only a colour through.
func (s *site) Accent() template.CSS { return template.CSS(s.p.Settings.Accent) }

// Portal is the portal being rendered.
func (s *site) Portal() *model.Portal { return s.p }

// Opts are the render options.
func (s *site) Opts() Options { return s.opts }

// TeamNow returns t's current-period view.
func (s *site) TeamNow(t *model.Team) *teamNow { return s.teams[t] }

// Title is the portal title, "OKRs" when unset.
func (s *site) Title() string { return pagedata.Title(s.p) }

// StrategyReview is the strategy review's findings, as the health page
// lists them: from the review render was given, not computed again.
func (s *site) StrategyReview() []pagedata.Finding { return s.reviewed().health.Strategy }
