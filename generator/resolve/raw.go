package resolve

import (
	"github.com/okrportal/okrportal/generator/decode"
	"github.com/okrportal/okrportal/generator/model"
)

// The raw types mirror the front matter of each file exactly: their yaml
// tags are the only fields content may use (SPEC §2).

type rawPortal struct {
	Meta          decode.Meta `yaml:"-"`
	Title         string      `yaml:"title"`
	Organisation  string      `yaml:"organisation"`
	BaseURL       string      `yaml:"base_url"`
	CurrentPeriod string      `yaml:"current_period"`
	Periods       []rawPeriod `yaml:"periods"`
	FileLinks     bool        `yaml:"file_links"`
	Theme         string      `yaml:"theme"`
	Logo          string      `yaml:"logo"`
	Favicon       string      `yaml:"favicon"`
	Accent        string      `yaml:"accent"`
	UnsafeHTML    bool        `yaml:"unsafe_html"`
	Check         rawCheck    `yaml:"check"`
	Statuses      rawStatuses `yaml:"statuses"`
	Scores        rawScores   `yaml:"scores"`
}

// rawStatuses are the margins of the status computation.
type rawStatuses struct {
	Meta          decode.Meta `yaml:"-"`
	OnTrackMargin *float64    `yaml:"on_track_margin"`
	AtRiskMargin  *float64    `yaml:"at_risk_margin"`
	DueWarning    *float64    `yaml:"due_warning"`
}

// rawScores are the lower bounds of the score bands.
type rawScores struct {
	Meta  decode.Meta `yaml:"-"`
	Amber *float64    `yaml:"amber"`
	Green *float64    `yaml:"green"`
}

type rawPeriod struct {
	Meta  decode.Meta  `yaml:"-"`
	ID    string       `yaml:"id"`
	Name  string       `yaml:"name"`
	Start *decode.Date `yaml:"start"`
	End   *decode.Date `yaml:"end"`
}

type rawCheck struct {
	Meta                  decode.Meta  `yaml:"-"`
	MaxObjectivesPerTeam  *int         `yaml:"max_objectives_per_team"`
	MaxObjectivesPerOwner *int         `yaml:"max_objectives_per_owner"`
	MinKeyResults         *int         `yaml:"min_key_results"`
	MaxKeyResults         *int         `yaml:"max_key_results"`
	MinPriorities         *int         `yaml:"min_priorities"`
	MaxPriorities         *int         `yaml:"max_priorities"`
	StaleAfterDays        *int         `yaml:"stale_after_days"`
	UnscoredWindowDays    *int         `yaml:"unscored_window_days"`
	StrategyReviewDays    *int         `yaml:"strategy_review_days"`
	TargetOutcomes        *int         `yaml:"target_outcomes"`
	TargetKRAlignment     *int         `yaml:"target_kr_alignment"`
	TargetInvolved        *int         `yaml:"target_involved"`
	TargetCheckinNotes    *int         `yaml:"target_checkin_notes"`
	MaxDependenciesAtRisk *int         `yaml:"max_dependencies_at_risk"`
	Rules                 decode.Pairs `yaml:"rules"`
}

type rawStrategy struct {
	Meta    decode.Meta `yaml:"-"`
	Mission string      `yaml:"mission"`
	Vision  string      `yaml:"vision"`
	Values  []string    `yaml:"values"`
	Horizon string      `yaml:"horizon"`
	// The strategy kernel (SPEC §2): each may instead be a `##` section
	// of the body (see review.Kernel).
	Diagnosis     string       `yaml:"diagnosis"`
	GuidingPolicy string       `yaml:"guiding_policy"`
	NotDoing      []string     `yaml:"not_doing"`
	Reviewed      *decode.Date `yaml:"reviewed"`
	CheckIgnore   decode.Pairs `yaml:"check_ignore"`
}

type rawKPI struct {
	Meta    decode.Meta  `yaml:"-"`
	Name    string       `yaml:"name"`
	Current *float64     `yaml:"current"`
	Target  *float64     `yaml:"target"`
	Unit    string       `yaml:"unit"`
	AsOf    *decode.Date `yaml:"as_of"`
}

type rawPriority struct {
	Meta        decode.Meta  `yaml:"-"`
	ID          string       `yaml:"id"`
	Title       string       `yaml:"title"`
	Owner       *decode.Ref  `yaml:"owner"`
	Summary     string       `yaml:"summary"`
	Order       int          `yaml:"order"`
	KPIs        []rawKPI     `yaml:"kpis"`
	Horizon     string       `yaml:"horizon"`
	CheckIgnore decode.Pairs `yaml:"check_ignore"`
}

type rawLink struct {
	Meta  decode.Meta `yaml:"-"`
	Title string      `yaml:"title"`
	URL   string      `yaml:"url"`
}

type rawTeam struct {
	Meta    decode.Meta  `yaml:"-"`
	ID      string       `yaml:"id"`
	Name    string       `yaml:"name"`
	Parent  *decode.Ref  `yaml:"parent"`
	Lead    *decode.Ref  `yaml:"lead"`
	Members []decode.Ref `yaml:"members"`
	Mission string       `yaml:"mission"`
	Links   []rawLink    `yaml:"links"`
}

type rawPerson struct {
	Meta  decode.Meta `yaml:"-"`
	ID    string      `yaml:"id"`
	Name  string      `yaml:"name"`
	Title string      `yaml:"title"`
	Team  *decode.Ref `yaml:"team"`
	Email string      `yaml:"email"`
}

type rawObjective struct {
	Meta              decode.Meta    `yaml:"-"`
	ID                string         `yaml:"id"`
	Title             string         `yaml:"title"`
	Team              *decode.Ref    `yaml:"team"`
	Period            *decode.Ref    `yaml:"period"`
	Owner             []decode.Ref   `yaml:"owner"`
	Contributors      []decode.Ref   `yaml:"contributors"`
	Priorities        []decode.Ref   `yaml:"priorities"`
	AlignsTo          []decode.Ref   `yaml:"aligns_to"`
	DependsOn         []decode.Ref   `yaml:"depends_on"`
	ContributingTeams []decode.Ref   `yaml:"contributing_teams"`
	Weight            *float64       `yaml:"weight"`
	Draft             bool           `yaml:"draft"`
	Status            *decode.Ref    `yaml:"status"`
	Tags              []string       `yaml:"tags"`
	KeyResults        []rawKeyResult `yaml:"key_results"`
	Retrospective     string         `yaml:"retrospective"`
	CheckIgnore       decode.Pairs   `yaml:"check_ignore"`
}

type rawKeyResult struct {
	Meta        decode.Meta     `yaml:"-"`
	ID          string          `yaml:"id"`
	Title       string          `yaml:"title"`
	Owner       []decode.Ref    `yaml:"owner"`
	Weight      *float64        `yaml:"weight"`
	Unit        string          `yaml:"unit"`
	Kind        *decode.Ref     `yaml:"kind"`
	Start       *float64        `yaml:"start"`
	Target      *float64        `yaml:"target"`
	Stretch     *float64        `yaml:"stretch"`
	Current     *float64        `yaml:"current"`
	Threshold   *float64        `yaml:"threshold"`
	Done        *bool           `yaml:"done"`
	Milestones  []rawMilestone  `yaml:"milestones"`
	Progress    *float64        `yaml:"progress"`
	Score       *float64        `yaml:"score"`
	Due         *decode.Date    `yaml:"due"`
	Tags        []string        `yaml:"tags"`
	AlignsTo    []decode.Ref    `yaml:"aligns_to"`
	Checkins    []rawCheckin    `yaml:"checkins"`
	Series      string          `yaml:"series"`
	Initiatives []rawInitiative `yaml:"initiatives"`

	// checkins are Checkins built, sorted by date, by Decode, which then
	// drops Checkins; dateLines has the line of a check-in's date where it
	// is not the check-in's own line.
	checkins  []model.Checkin
	dateLines map[int]int
}

type rawMilestone struct {
	Meta  decode.Meta  `yaml:"-"`
	Title string       `yaml:"title"`
	Done  bool         `yaml:"done"`
	Due   *decode.Date `yaml:"due"`
}

type rawInitiative struct {
	Meta  decode.Meta  `yaml:"-"`
	Title string       `yaml:"title"`
	URL   string       `yaml:"url"`
	Done  bool         `yaml:"done"`
	Owner []decode.Ref `yaml:"owner"`
}

type rawCheckin struct {
	Meta       decode.Meta  `yaml:"-"`
	Date       *decode.Date `yaml:"date"`
	Value      *float64     `yaml:"value"`
	Done       *bool        `yaml:"done"`
	Progress   *float64     `yaml:"progress"`
	Status     *decode.Ref  `yaml:"status"`
	Note       string       `yaml:"note"`
	Confidence *float64     `yaml:"confidence"`
}
