package checkin

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"

	"go.yaml.in/yaml/v3"
)

// verify checks that out is old with e added to the check-ins of key
// result index at position pos (-1: at the end): the same body, and front
// matter that decodes to the old one with the check-in added, and nothing
// else changed.
func verify(old, out []byte, index, pos int, e Entry) error {
	of, err := parseFront(old)
	if err != nil {
		return err
	}
	nf, err := parseFront(out)
	if err != nil {
		return err
	}
	if !bytes.Equal(bytes.Join(of.lines[of.close:], nil), bytes.Join(nf.lines[nf.close:], nil)) {
		return errChanged
	}
	var want, got map[string]any
	if err := yaml.Unmarshal(of.text(), &want); err != nil {
		return err
	}
	if err := yaml.Unmarshal(nf.text(), &got); err != nil {
		return err
	}
	entry, err := e.decoded()
	if err != nil {
		return err
	}
	krs, _ := want["key_results"].([]any)
	if index >= len(krs) {
		return errChanged
	}
	kr, _ := krs[index].(map[string]any)
	if kr == nil {
		return errChanged
	}
	list, _ := kr["checkins"].([]any)
	if pos < 0 || pos > len(list) {
		pos = len(list)
	}
	kr["checkins"] = slices.Insert(list, pos, any(entry))
	if !reflect.DeepEqual(want, got) {
		return errChanged
	}
	return nil
}

// decoded is the entry as YAML decodes it.
func (e Entry) decoded() (map[string]any, error) {
	var b bytes.Buffer
	b.WriteString("{")
	for i, p := range e.pairs() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p[0] + ": " + p[1])
	}
	b.WriteString("}")
	var m map[string]any
	if err := yaml.Unmarshal(b.Bytes(), &m); err != nil {
		return nil, fmt.Errorf("the check-in is not valid YAML: %v", err)
	}
	return m, nil
}
