package model

import (
	"path"
	"strings"
	"time"
)

// Portal is the whole resolved portal.
type Portal struct {
	Settings   Settings
	Strategy   *Strategy    // never nil; empty when strategy.md is absent
	Priorities []*Priority  // by order, then id
	Teams      []*Team      // by id
	RootTeams  []*Team      // teams without a parent, by id
	People     []*Person    // by id
	Periods    []*Period    // by start, then shortest first
	Objectives []*Objective // by period, team, id; drafts only with --drafts

	// Current is the period the home page shows (never nil when there is
	// at least one period).
	Current *Period
	// Today is the build date (midnight UTC): the moment the portal
	// describes. Nothing dated after it counts.
	Today time.Time
	// Running are the periods that contain Today, longest first (a year
	// before its half before its quarter) — or, when portal.yaml pins
	// current_period, that period and the periods containing it: the
	// periods that pages and rules about "now" consider.
	Running []*Period

	// StaticDir is the absolute path of the source's static/ folder, or "".
	StaticDir string
	// ThemeDir is the absolute path of the theme override folder, or "".
	ThemeDir string
}

// Settings are the fields of portal.yaml.
type Settings struct {
	Title         string
	Organisation  string
	BaseURL       string
	CurrentPeriod string
	FileLinks     bool
	Theme         string
	// Logo is a file under static/ (a slash path, "logo.svg") shown in
	// the default theme's header, or "".
	Logo string
	// Favicon is a file under static/ (an .svg, .png or .ico picture) the
	// default theme uses as the pages' icon, or "": then the logo, when it
	// is an SVG or PNG picture, else the theme's own icon.
	Favicon string
	// Accent is a CSS colour ("#0b5fff", "rgb(11 95 255)", "teal") for the
	// default theme's header band, checked by resolve, or "".
	Accent     string
	UnsafeHTML bool
	Check      CheckSettings
	Statuses   StatusSettings
	Scores     ScoreBands
}

// StatusSettings are the margins of the status computation (§3), settable
// under `statuses:` in portal.yaml.
type StatusSettings struct {
	// Progress at most OnTrackMargin behind the expected progress is on
	// track, at most AtRiskMargin behind is at risk, further is off track.
	OnTrackMargin float64
	AtRiskMargin  float64
	// DueWarning is the share of the period before a due date from which
	// a boolean or milestone key result not yet done is at risk.
	DueWarning float64
}

// DefaultStatusSettings returns the margins of the spec.
func DefaultStatusSettings() StatusSettings {
	return StatusSettings{OnTrackMargin: 0.10, AtRiskMargin: 0.25, DueWarning: 0.10}
}

// ScoreBands are the lower bounds of the amber and green score bands,
// settable under `scores:` in portal.yaml.
type ScoreBands struct {
	Amber float64
	Green float64
}

// DefaultScoreBands returns the bands of the spec: red below 0.4, amber
// below 0.7, green from 0.7.
func DefaultScoreBands() ScoreBands { return ScoreBands{Amber: 0.4, Green: 0.7} }

// Band is the colour band of a closed score: red, amber or green.
func (b ScoreBands) Band(score float64) string {
	switch {
	case score < b.Amber:
		return "red"
	case score < b.Green:
		return "amber"
	}
	return "green"
}

// CheckSettings are the thresholds of the review rules (§5).
type CheckSettings struct {
	MaxObjectivesPerTeam  int
	MaxObjectivesPerOwner int
	MinKeyResults         int
	MaxKeyResults         int
	MinPriorities         int
	MaxPriorities         int
	StaleAfterDays        int
	// StrategyReviewDays is how old strategy.md's `reviewed:` date may be
	// before the rule strategy-unreviewed fires (0 turns it off).
	StrategyReviewDays int
	// UnscoredWindowDays is how long after a period closes `check` warns
	// about key results never scored (rule unscored); history older than
	// that cannot be fixed.
	UnscoredWindowDays int
	// The targets of the health page's coach figures, in percent (see
	// review.Gauges): key results worded as outcomes, aligned objectives
	// naming a key result, people involved, check-ins with a note or a
	// confidence, each at least; dependencies on at-risk work at most.
	TargetOutcomes, TargetKRAlignment, TargetInvolved, TargetCheckinNotes int
	MaxDependenciesAtRisk                                                 int
	// Rules sets the severity of review rules by id: "error", "warning"
	// or "off" (portal.yaml's check.rules); a rule not named is a warning.
	Rules map[string]string
	// RulesLines are the lines of portal.yaml naming each rule of Rules.
	RulesLines map[string]int
}

// DefaultCheckSettings returns the thresholds of the spec.
func DefaultCheckSettings() CheckSettings {
	return CheckSettings{
		MaxObjectivesPerTeam:  5,
		MaxObjectivesPerOwner: 3,
		MinKeyResults:         2,
		MaxKeyResults:         5,
		MinPriorities:         2,
		MaxPriorities:         5,
		StaleAfterDays:        14,
		UnscoredWindowDays:    30,
		StrategyReviewDays:    365,
		TargetOutcomes:        80,
		TargetKRAlignment:     50,
		TargetInvolved:        60,
		TargetCheckinNotes:    80,
		MaxDependenciesAtRisk: 20,
	}
}

// Source is where an entity was defined: a file relative to the source
// folder and the line of its first field.
type Source struct {
	File string
	Line int
}

// Markdown is a body or text field in Markdown, with the line it starts on.
type Markdown struct {
	Text string
	Line int
}

// Empty reports whether there is no text at all.
func (m Markdown) Empty() bool { return len(trimSpace(m.Text)) == 0 }

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\r' || s[j-1] == '\t') {
		j--
	}
	return s[i:j]
}

// Strategy is strategy.md: mission, vision, values and the narrative.
type Strategy struct {
	Mission string
	Vision  string
	Values  []string
	Horizon string
	// Diagnosis, GuidingPolicy and NotDoing are the strategy's kernel as
	// written in the front matter; each may instead be a `##` section of
	// Body (review.Kernel reads both).
	Diagnosis     string
	GuidingPolicy string
	NotDoing      []string
	// Reviewed is when the strategy was last reviewed, or nil.
	Reviewed *time.Time
	// HorizonLine and ReviewedLine are the lines of those fields (the
	// front matter's first line when absent).
	HorizonLine, ReviewedLine int
	// CheckIgnore are the review rules this file's findings are exempt
	// from, each with the reason given (`check_ignore:`).
	CheckIgnore map[string]string
	Body        Markdown
	Source      Source
}

// KPI is a health metric of a strategic priority.
type KPI struct {
	Name    string
	Current *float64
	Target  *float64
	Unit    string
	// AsOf is the date Current was measured, or nil.
	AsOf *time.Time
}

// Link is a titled URL, e.g. a team's wiki.
type Link struct {
	Title string
	URL   string
}

// Priority is a strategic priority (pillar).
type Priority struct {
	ID      string
	Title   string
	Owner   *Person
	Summary string
	Order   int
	KPIs    []KPI
	// Horizon is the span the priority runs over, as written ("2026–2027",
	// "until 2027-12-31"); see review.ParseHorizon.
	Horizon string
	// CheckIgnore: see Strategy.CheckIgnore.
	CheckIgnore map[string]string
	Body        Markdown
	Source      Source

	// Objectives deliver this priority (any period), in portal order.
	Objectives []*Objective
}

// Team is one team of the organisation tree.
type Team struct {
	ID       string
	Name     string
	Parent   *Team
	Lead     *Person
	Members  []*Person
	Mission  string
	Links    []Link
	Body     Markdown
	Source   Source
	Children []*Team // by id
	Depth    int     // 0 for a root team

	// Objectives owned by this team, all periods, in portal order.
	Objectives []*Objective
	// Contributions are other teams' objectives listing this team in
	// contributing_teams.
	Contributions []*Objective
}

// Ancestors returns the team's parents from the root down, without the team.
func (t *Team) Ancestors() []*Team {
	var out []*Team
	for p := t.Parent; p != nil; p = p.Parent {
		out = append([]*Team{p}, out...)
	}
	return out
}

// Person is someone who owns, leads or contributes. Implicit people have no
// file of their own: they were named by an owner or member field.
type Person struct {
	ID       string
	Name     string
	Title    string
	Team     *Team
	Email    string
	Body     Markdown
	Source   Source
	Implicit bool

	Leads        []*Team
	MemberOf     []*Team
	Owns         []*Objective
	OwnsKRs      []*KeyResult
	Contributes  []*Objective
	OwnsPriority []*Priority
}

// IconType is the MIME type of a page icon at the slash path name, by its
// extension: SVG, PNG or ICO; "" for any other file.
func IconType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".ico":
		return "image/x-icon"
	}
	return ""
}
