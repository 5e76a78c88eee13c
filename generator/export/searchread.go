package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// SearchEntry is one item search finds: what search.js lists for it.
// Team and Text are shown under the linked title, joined by " · ".
type SearchEntry struct {
	Title string `json:"title"`
	Type  string `json:"type"` // objective, key result, team or person
	URL   string `json:"url"`  // relative to the site root
	Team  string `json:"team,omitempty"`
	Text  string `json:"text,omitempty"`
}

// searchIndexFile is search-index.json as encoding/json reads it.
type searchIndexFile struct {
	Format int `json:"format"`
	Paths  struct {
		Objective, Team, Person [2]string
	} `json:"paths"`
	Anchor     [2]string `json:"anchor"`
	Periods    []string  `json:"periods"`
	Teams      [][]any   `json:"teams"`
	People     [][]any   `json:"people"`
	Current    int       `json:"current"`
	Objectives [][]any   `json:"objectives"`
}

// ReadSearchIndex expands search-index.json into its entries in the order
// search ranks ties, as search.js does: a reader of the index for tools
// and tests. It reads format 1, a list of entries, as well.
func ReadSearchIndex(data []byte) (entries []SearchEntry, err error) {
	if strings.HasPrefix(strings.TrimSpace(string(data[:min(len(data), 16)])), "[") {
		err := json.Unmarshal(data, &entries)
		return entries, err
	}
	var x searchIndexFile
	if err := json.Unmarshal(data, &x); err != nil {
		return nil, err
	}
	if x.Format != searchFormat {
		return nil, fmt.Errorf("search index format %d, not %d", x.Format, searchFormat)
	}
	if x.Current < 0 || x.Current > len(x.Objectives) {
		return nil, errors.New("search index: current out of range")
	}
	defer func() { // a malformed row: a field of the wrong type or position
		if v := recover(); v != nil {
			entries, err = nil, fmt.Errorf("search index: %v", v)
		}
	}()
	out := x.objectives(nil, x.Objectives[:x.Current])
	for _, t := range x.Teams {
		out = append(out, SearchEntry{Title: str(t[1]), Type: "team", URL: path(x.Paths.Team, str(t[0])),
			Team: x.name(x.Teams, t[2]), Text: joinShown(x.name(x.People, t[3]), str(t[4]))})
	}
	for _, pp := range x.People {
		out = append(out, SearchEntry{Title: str(pp[1]), Type: "person", URL: path(x.Paths.Person, str(pp[0])),
			Team: x.name(x.Teams, pp[2]), Text: str(pp[3])})
	}
	return x.objectives(out, x.Objectives[x.Current:]), nil
}

// objectives appends the entries of objective rows and their key results.
func (x *searchIndexFile) objectives(out []SearchEntry, rows [][]any) []SearchEntry {
	for _, o := range rows {
		url, title, team := path(x.Paths.Objective, str(o[0])), str(o[1]), x.name(x.Teams, o[2])
		period, shown := x.period(o[3]), title
		if len(o) > 8 {
			shown = str(o[8])
		}
		out = append(out, SearchEntry{Title: title, Type: "objective", URL: url, Team: team,
			Text: joinShown(period, x.name(x.People, o[4]), str(o[5]), str(o[6]))})
		for _, kr := range o[7].([]any) {
			k := kr.([]any)
			out = append(out, SearchEntry{Title: str(k[1]), Type: "key result", URL: url + "#" + path(x.Anchor, str(k[0])),
				Team: team, Text: joinShown(period, shown, x.name(x.People, k[2]))})
		}
	}
	return out
}

// name is the name a team or person field stands for: the second column
// of the row it numbers, or the string itself.
func (x *searchIndexFile) name(rows [][]any, ref any) string {
	if f, ok := ref.(float64); ok {
		return str(rows[int(f)][1])
	}
	return str(ref)
}

func (x *searchIndexFile) period(ref any) string {
	if f, ok := ref.(float64); ok {
		return x.Periods[int(f)]
	}
	return str(ref)
}

func path(parts [2]string, id string) string { return parts[0] + id + parts[1] }

func str(v any) string { return v.(string) }

// joinShown joins the parts of an entry's text that are not empty, as
// search.js does (the index holds them trimmed).
func joinShown(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, " · ")
}
