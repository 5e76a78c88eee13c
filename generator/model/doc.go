// Package model holds the resolved, validated portal: strategy, priorities,
// teams, people, periods and objectives with their key results, linked to
// each other by pointers, plus the values that package compute fills in.
//
// A Portal is built once by package resolve and is read-only afterwards:
// renderers and reviewers may walk it from several goroutines at once.
package model
