package render

import (
	"bytes"
	"context"
	"errors"
	"io"
	"sync"
	"testing"
)

// memFile is a streamed file kept in memory.
type memFile struct {
	bytes.Buffer
	closed bool
	fail   error // returned by every Write
}

func (f *memFile) Write(p []byte) (int, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	return f.Buffer.Write(p)
}

func (f *memFile) Close() error { f.closed = true; return nil }

// TestStreamingGivesTheSameFiles renders the sample portal with a chunk
// so small that most files are streamed: every file must come out once,
// byte for byte as Render emits it whole, and every streamed file closed.
func TestStreamingGivesTheSameFiles(t *testing.T) {
	want := renderAll(t, samplePortal(), Options{})
	pl, err := Prepare(context.Background(), samplePortal(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	got := map[string][]byte{}
	streamed := map[string]*memFile{}
	out := sink{
		chunk: 512,
		emit: func(rel string, data []byte) error {
			mu.Lock()
			defer mu.Unlock()
			got[rel] = bytes.Clone(data)
			return nil
		},
		stream: func(rel string) (io.WriteCloser, error) {
			mu.Lock()
			defer mu.Unlock()
			f := &memFile{}
			streamed[rel] = f
			return f, nil
		},
	}
	if err := run(context.Background(), pl.jobs, 3, out); err != nil {
		t.Fatal(err)
	}
	for rel, f := range streamed {
		if !f.closed {
			t.Errorf("%s was streamed but not closed", rel)
		}
		if _, dup := got[rel]; dup {
			t.Errorf("%s was both streamed and emitted", rel)
		}
		got[rel] = f.Bytes()
	}
	if len(streamed) < 10 {
		t.Fatalf("only %d files were streamed; the test means to stream most", len(streamed))
	}
	for rel, data := range want {
		if !bytes.Equal(got[rel], data) {
			t.Errorf("%s: streamed output differs from the whole file (%d bytes, want %d)", rel, len(got[rel]), len(data))
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d files, want %d", len(got), len(want))
	}
}

// TestStreamingErrorsFailTheBuild checks that a file that cannot be
// opened or written fails Render with that error.
func TestStreamingErrorsFailTheBuild(t *testing.T) {
	pl, err := Prepare(context.Background(), samplePortal(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	errDisk := errors.New("disk full")
	for name, stream := range map[string]func(string) (io.WriteCloser, error){
		"open":  func(string) (io.WriteCloser, error) { return nil, errDisk },
		"write": func(string) (io.WriteCloser, error) { return &memFile{fail: errDisk}, nil },
	} {
		out := sink{chunk: 512, stream: stream, emit: func(string, []byte) error { return nil }}
		err := run(context.Background(), pl.jobs, 2, out)
		if !errors.Is(err, errDisk) {
			t.Errorf("%s: run = %v, want %v", name, err, errDisk)
		}
	}
}
