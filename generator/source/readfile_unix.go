//go:build unix

package source

import (
	"io/fs"
	"syscall"
)

// readFile reads only regular files: it opens without blocking (a FIFO
// would wait for a writer forever) and refuses anything else.
//
// readFile reads the whole file name into buf, which it grows as needed,
// and returns it. It calls the system directly: for a
// regular file os.ReadFile spends five more system calls (non-blocking
// mode, poller registration, undoing both), which a load pays once per
// source file.
func readFile(name string, buf []byte) ([]byte, error) {
	fd, err := retry(func() (int, error) {
		return syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	})
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG { // a FIFO would block, a device never end
		return nil, &fs.PathError{Op: "read", Path: name, Err: errNotRegular}
	}
	// One byte more than the size, so that the read that sees the end
	// needs no new buffer.
	data := buf[:0]
	if size := max(int(st.Size), 0) + 1; cap(data) < size {
		data = make([]byte, 0, size)
	}
	for {
		if st.Size > 0 && len(data) == int(st.Size) {
			// All the bytes fstat counted: the read that would return
			// none is spared. A file written to meanwhile is read as it
			// stood then, as it would be a moment earlier.
			return data, nil
		}
		if len(data) == cap(data) { // the file grew
			data = append(data, 0)[:len(data)]
		}
		n, err := retry(func() (int, error) { return syscall.Read(fd, data[len(data):cap(data)]) })
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

// retry calls f again while it fails with EINTR.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}
