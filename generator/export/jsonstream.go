package export

import (
	"bytes"
	"encoding/json"

	"github.com/okrportal/okrportal/generator/model"
)

// jsonStream encodes values one after another into a file, as
// json.Encoder does but without the newline after each, so that a file
// that is a list of thousands of values is written value by value.
type jsonStream struct {
	w       Writer
	scratch bytes.Buffer
	enc     *json.Encoder
}

func newJSONStream(w Writer) *jsonStream {
	js := &jsonStream{w: w}
	js.enc = json.NewEncoder(&js.scratch)
	return js
}

// value writes the encoding of v but for its last trim bytes.
func (js *jsonStream) value(v any, trim int) error {
	js.scratch.Reset()
	if err := js.enc.Encode(v); err != nil {
		return err
	}
	b := js.scratch.Bytes()
	b = b[:len(b)-len("\n")-trim]
	_, err := js.w.Write(b)
	return err
}

// exportSample is the number of objectives encoded before the buffer is
// grown for the rest.
const exportSample = 64

// extrapolate estimates the bytes of rest in okrs.json from the n bytes
// that sample took, a little on the high side, so that the buffer grows
// once and not much more than it needs.
func extrapolate(n int, sample, rest []*model.Objective) int {
	return int(float64(n)*float64(exportWeight(rest))/float64(exportWeight(sample))*1.04) + 4096
}

// exportWeight is roughly proportional to the bytes of objs in okrs.json.
// It counts check-ins rather than reading each (a tenth of the file's
// time): their notes average out between the sample and the rest.
func exportWeight(objs []*model.Objective) int {
	n := 1
	for _, o := range objs {
		n += 700 + len(o.ID)*3 + len(o.Title) + len(o.Retrospective)
		for _, k := range o.KeyResults {
			n += 400 + len(k.ID) + len(k.Title) + 80*len(k.Milestones) + 120*len(k.Initiatives) + 100*len(k.Checkins)
		}
	}
	return n
}
