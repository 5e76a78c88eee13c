package render

import (
	"bytes"
	"errors"
	"io"
)

// streamChunk is how many bytes of a file Render holds before it hands
// them on to the file, when it streams (Options.Stream).
const streamChunk = 256 << 10

// fileWriter is what a job writes its file into. It is a buffer; in a
// build that streams, once a file passes streamChunk bytes it is opened
// with Options.Stream and the buffer is emptied into it whenever it fills
// again (chunk bytes), so that a file of tens of megabytes (the alignment page and
// okrs.json of a large portal) is never whole in memory.
type fileWriter struct {
	buf    *bytes.Buffer
	rel    string
	stream func(rel string) (io.WriteCloser, error) // nil: keep the file whole
	chunk  int                                      // bytes held before streaming
	file   io.WriteCloser                           // once streaming
	err    error                                    // the first error of stream or file
}

// Write appends p. After a streaming error it returns the error.
func (w *fileWriter) Write(p []byte) (int, error) {
	w.buf.Write(p)
	w.spill()
	return len(p), w.err
}

// WriteString appends s.
func (w *fileWriter) WriteString(s string) (int, error) {
	w.buf.WriteString(s)
	w.spill()
	return len(s), w.err
}

// WriteByte appends c.
func (w *fileWriter) WriteByte(c byte) error {
	w.buf.WriteByte(c)
	w.spill()
	return w.err
}

// Reserve makes room for about n more bytes at once, rather than growing
// the buffer step by step, when the file is to be kept whole.
func (w *fileWriter) Reserve(n int) {
	if w.stream == nil {
		w.buf.Grow(n)
	}
}

// spill hands the buffer on to the file once it holds chunk bytes.
func (w *fileWriter) spill() {
	if w.stream == nil || w.buf.Len() < w.chunk || w.err != nil {
		return
	}
	if w.file == nil {
		if w.file, w.err = w.stream(w.rel); w.err != nil {
			return
		}
	}
	_, w.err = w.file.Write(w.buf.Bytes())
	w.buf.Reset()
}

// finish ends the file: a streamed one gets the rest of the buffer and is
// closed; a whole one is handed to emit.
func (w *fileWriter) finish(emit func(string, []byte) error) error {
	if w.file == nil {
		if w.err != nil {
			return w.err
		}
		return emit(w.rel, w.buf.Bytes())
	}
	if w.err == nil {
		_, w.err = w.file.Write(w.buf.Bytes())
	}
	w.buf.Reset()
	return errors.Join(w.err, w.file.Close())
}
