package checkin

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/okrportal/okrportal/generator/model"
)

// Input is a check-in as typed on the command line or in a CSV row.
type Input struct {
	Date       time.Time
	Value      string // as typed; "-" for none (status, note, confidence only)
	Note       string
	Confidence string
	Status     string
}

// NewEntry validates in for a key result of kind k and returns the entry
// to write. Its errors say what to write instead.
func NewEntry(k model.Kind, in Input) (Entry, error) {
	e := Entry{Date: in.Date.Format("2006-01-02")}
	field, v, err := ParseValue(k, in.Value)
	if err != nil {
		return e, err
	}
	e.Field, e.Value = field, v
	if s := strings.ToLower(strings.TrimSpace(in.Status)); s != "" {
		if _, ok := model.ParseStatus(s); !ok {
			return e, fmt.Errorf("status %q is not one of %s", in.Status, strings.Join(model.StatusNames, ", "))
		}
		e.Status = s
	}
	if c := strings.TrimSpace(in.Confidence); c != "" {
		n, err := strconv.ParseFloat(c, 64)
		if err != nil || n < 0 || n > 10 || math.IsNaN(n) {
			return e, fmt.Errorf("confidence %q is not a number from 0 (no chance) to 10 (certain)", in.Confidence)
		}
		e.Confidence = number(n)
	}
	note := strings.TrimSpace(in.Note)
	if !utf8.ValidString(note) || strings.IndexFunc(note, unicode.IsControl) >= 0 {
		return e, fmt.Errorf("the note must be one line of text, without control characters")
	}
	e.Note = note
	return e, nil
}

// ParseValue turns a value as typed into the check-in field of kind k and
// its YAML: a number for metric, keep-above and keep-below (value), yes or
// no for boolean (done), a percentage for qualitative and milestones
// (progress). "-" gives no value, for a check-in of status and note only.
func ParseValue(k model.Kind, s string) (field, yaml string, err error) {
	s = strings.TrimSpace(s)
	if s == "-" {
		return "", "", nil
	}
	switch k {
	case model.KindMetric, model.KindKeepAbove, model.KindKeepBelow:
		n, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
			return "", "", fmt.Errorf("value %q is not a number; a %s key result takes the value measured, e.g. 42 or 3.5 (or - for none)", s, k)
		}
		return "value", number(n), nil
	case model.KindBoolean:
		switch strings.ToLower(s) {
		case "yes", "true", "done", "y", "1", "x":
			return "done", "true", nil
		case "no", "false", "n", "not-done", "0":
			return "done", "false", nil
		}
		return "", "", fmt.Errorf("value %q is not yes or no; a boolean key result takes yes, no, true, false, done, 1, 0 or x (or - for none)", s)
	case model.KindQualitative, model.KindMilestones:
		n, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
		if err != nil || n < 0 || n > 100 {
			return "", "", fmt.Errorf("value %q is not a percentage; a %s key result takes its progress from 0 to 100, e.g. 40 or 40%% (or - for none)", s, k)
		}
		return "progress", number(n), nil
	}
	return "", "", fmt.Errorf("a %s key result takes no value in its check-ins; write - and give --status or --note", k)
}

// number writes n as YAML reads it back.
func number(n float64) string {
	if n == 0 {
		return "0" // not -0
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}
