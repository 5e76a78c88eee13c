// Package pagedata is what every view of the portal shows of the model the
// same way: the site path of each entity (objectives/<id>/ …), a status as
// pages show it (no data is never a judgement) and its pill, how a summary
// is judged (Judging), numbers, dates and percentages with their units,
// the words that say where a key result stands (KRDetail, ConfidenceText
// …) and what a summary leaves out (SummaryNote, WithoutData), what a
// check-in reports, the safe form of a link, the latest check-ins, the
// navigation between objectives (GroupByPeriod, Relation, FirstParents,
// OuterParents, Reach), and the health page's figures and findings
// (NewHealth, from package review: no rule is written here). The pages
// (package render) and the data exports (package export) both use it, so a
// status or a number reads the same in a page, okrs.json and the feed. It
// holds no markup; its functions are pure and safe for concurrent use.
package pagedata
