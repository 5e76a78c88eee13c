package scaffold

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// portalYAML is the starter settings file. It names no current period: the
// portal follows today's.
const portalYAML = `# Settings of this OKR portal; docs/fields.md lists every field.
title: OKRs
organisation: My Company

# The period the home page shows. Leave it out to follow today's quarter.
# current_period: 2027-Q1

# Uncomment to open the built site from a file share or file:// (links
# then end in index.html).
# file_links: true

# Absolute address of the published portal, for the Atom feed and okrs.json.
# base_url: https://okrs.example.com/
`

func strategyMD(today time.Time) string {
	return fmt.Sprintf(`---
# The top of the portal: why the company exists and where it is going.
mission: What the company exists to do, in one sentence.
vision: Where it wants to be in three years.
values:
  - Customers first
  - Write it down
horizon: %d–%d
reviewed: %s        # when the leadership last reviewed the strategy
---
The strategy in a few paragraphs. Objectives deliver it; they are not the
strategy. `+"`okrportal check`"+` reviews the three sections below.

## Diagnosis

The challenge we face: what makes our situation hard, in a few sentences.

## Guiding policy

How we will meet it: where we play and how we win.

## What we will not do

- Something we say no to, so that the rest gets done.
`, today.Year(), today.Year()+2, today.Format("2006-01-02"))
}

// priorityMD is a strategic priority; order sorts the priorities on the
// home page, so each has its own.
func priorityMD(title, owner string, order int, today time.Time) string {
	return fmt.Sprintf(`---
title: %s
owner: %s            # a person id or name
summary: One sentence on what this priority means.
order: %d              # position on the home page
kpis:                 # health metrics watched over several periods
  - {name: A health metric, current: 0, as_of: %s, target: 100, unit: "%%"}
---
Why this priority matters now.
`, strconv.Quote(title), owner, order, today.Format("2006-01-02"))
}

const starterTeamMD = `---
name: Company
lead: founder         # a person id or name
members: [founder]
mission: What this team is for.
---
The team's charter. Teams nest with ` + "`parent:`" + ` (or a folder: teams/company/sales.md).
`

func teamMD(name string) string {
	return fmt.Sprintf(`---
name: %s
parent:               # the id of the team above, if any
lead:                 # a person id or name
members: []
mission: What this team is for.
---
The team's charter.
`, strconv.Quote(name))
}

func personMD(name, team string) string {
	return fmt.Sprintf(`---
name: %s
title: ""             # job title
team: %s
email: ""
---
`, strconv.Quote(name), team)
}

// starterObjectiveMD is the first objective, with check-ins dated today
// and its milestones due on the quarter's last day.
func starterObjectiveMD(today time.Time) string {
	q := (int(today.Month()) - 1) / 3
	end := time.Date(today.Year(), time.Month(3*q+4), 0, 0, 0, 0, 0, time.UTC)
	s := strings.ReplaceAll(starterObjective, "YYYY-MM-DD", today.Format("2006-01-02"))
	return strings.ReplaceAll(s, "QUARTER-END", end.Format("2006-01-02"))
}

const starterObjective = `---
title: Win our first ten happy customers
owner: founder
priorities: [customers, efficiency]   # the strategic priorities it delivers
key_results:
  - title: Customers live on the product   # a metric: start → target
    start: 0
    target: 10
    checkins:                              # add one every week or two
      - {date: YYYY-MM-DD, value: 0, note: "Kick-off"}
  - title: Onboarding takes under a day
    kind: milestones
    due: QUARTER-END                       # when it is due (else: the period's end)
    milestones:
      - {title: Self-service sign-up, done: false}
      - {title: Import from spreadsheets, done: false}
    checkins:
      - {date: YYYY-MM-DD, note: "Sign-up designed"}
---
Why this objective matters now, in a few sentences: the body is the "why"
that the review asks for.
`

func objectiveMD(title string) string {
	return fmt.Sprintf(`---
title: %s
owner:                # a person id or name
aligns_to: []         # an objective or key result above, e.g. company/grow#kr1
priorities: []        # or the strategic priorities it delivers directly
key_results:
  - title: A measurable result
    start: 0
    target: 10
    checkins: []      # - {date: YYYY-MM-DD, value: 3, note: "…"}
  - title: A second result
    kind: milestones
    # due: YYYY-MM-DD  # when it is due
    milestones:
      - {title: First step, done: false}
      - {title: Second step, done: false}
---
Why this objective matters now, in a few sentences.
`, strconv.Quote(title))
}
