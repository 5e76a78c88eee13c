package scaffold

import (
	"fmt"
	"strconv"
)

func portalYAML(period string) string {
	return fmt.Sprintf(`# Settings of this OKR portal. See the README for every field.
title: OKRs
organisation: My Company
current_period: %s
# file_links: true   # make the built site work from file:// and file shares
`, period)
}

const strategyMD = `---
mission: What the company exists to do, in one sentence.
vision: Where it wants to be in three years.
values:
  - Customers first
  - Write it down
horizon: 2026–2028
---
The strategy in a few paragraphs: where we play, how we win, and what we
will not do. Objectives deliver it; they are not the strategy.
`

func priorityMD(title, owner string) string {
	return fmt.Sprintf(`---
title: %s
owner: %s
summary: One sentence on what this priority means.
order: 1
kpis:
  - {name: A health metric, current: 0, target: 100, unit: "%%"}
---
Why this priority matters now.
`, strconv.Quote(title), owner)
}

func teamMD(name, parent, lead string) string {
	return fmt.Sprintf(`---
name: %s
parent: %s
lead: %s
members: []
mission: What this team is for.
---
The team's charter.
`, strconv.Quote(name), parent, lead)
}

func personMD(name, team string) string {
	return fmt.Sprintf(`---
name: %s
title: ""
team: %s
email: ""
---
`, strconv.Quote(name), team)
}

func objectiveMD(title, owner, link string) string {
	return fmt.Sprintf(`---
title: %s
owner: %s
%s
key_results:
  - title: A measurable result
    start: 0
    target: 10
    checkins: []
  - title: A second result
    kind: milestones
    milestones:
      - {title: First step, done: false}
      - {title: Second step, done: false}
---
Why this objective matters now, in a few sentences.
`, strconv.Quote(title), owner, link)
}
