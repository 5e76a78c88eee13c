// Package sheet turns spreadsheets into portal files and the portal back
// into a spreadsheet: `okrportal import` and `okrportal export`.
//
// The contract:
//
//   - A sheet (CSV, or the first worksheet of an XLSX workbook) has a
//     header row and one row per key result; the objective's columns
//     repeat on each of its rows. Further rows of the same key result (same
//     period, team, objective and key result) with a date are its
//     check-ins. Columns are matched to Fields by header, ignoring case,
//     spaces, '_' and '-'; a Mapping ("Column Title=field") or a Preset
//     names the others. Unknown headers are reported, not guessed.
//   - Read never panics on any input and returns every problem found, each
//     as file:row:column with what to write instead (Problem).
//   - A row with a date is a check-in on that date. A row without a date
//     writes current/progress/done on the key result itself (its state
//     before its first check-in) — unless it has a status, confidence or
//     note, which only a check-in carries: then the row is a check-in dated
//     Options.Date (the import date).
//   - Plan writes nothing: it returns the files to write (objectives,
//     missing teams and people), and Apply writes them, refusing to replace
//     an existing file unless told to.
//   - Export writes the same columns from a loaded portal, so that
//     import → export → import gives the same objectives, key results and
//     check-ins. What a row cannot carry (milestones, initiatives, a key
//     result's aligns_to, an objective's id override) is listed in
//     docs/importing.md.
package sheet
