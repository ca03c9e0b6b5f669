package parser

import (
	"errors"
	"io/fs"
	"path"
	"syscall"
	"time"
)

// readDirect reads a regular file of at most limit bytes under root with
// five system calls: open, fstat, two reads, close. os.Open on Linux also
// switches the file to non-blocking mode and tries to register it with the
// network poller, which fails for regular files: a few more calls per file,
// which a large tree pays tens of thousands of times (on a VM, ~10 µs
// each). ok is false for anything else (a folder, a larger file, a read
// error): the caller then opens it the usual way, unless missing is set,
// the error os.DirFS gives for a file that does not exist.
func readDirect(root, name string, limit int64) (data []byte, info fs.FileInfo, ok bool, missing error) {
	if !fs.ValidPath(name) {
		return nil, nil, false, nil
	}
	p := root + "/" + name
	if name == "." {
		p = root
	}
	// O_NONBLOCK: opening a FIFO must not wait for a writer.
	fd, err := retryEINTR(func() (int, error) {
		return syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	})
	if errors.Is(err, syscall.ENOENT) || errors.Is(err, syscall.ENOTDIR) {
		// The answer os.DirFS would give, without asking twice: a scan
		// looks for files that are often missing (each root's
		// .terraform/modules/modules.json).
		return nil, nil, false, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if err != nil {
		return nil, nil, false, nil
	}
	defer func() { _ = syscall.Close(fd) }()
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size > limit {
		return nil, nil, false, nil
	}
	buf := make([]byte, st.Size+1) // +1: a file that grew is not read here
	n := 0
	for {
		k, err := retryEINTR(func() (int, error) { return syscall.Read(fd, buf[n:]) })
		if err != nil {
			return nil, nil, false, nil
		}
		if k == 0 {
			break
		}
		n += k
		if n == len(buf) {
			return nil, nil, false, nil
		}
	}
	if int64(n) != st.Size {
		return nil, nil, false, nil
	}
	return buf[:n:n], fileInfo{
		name:  path.Base(name),
		size:  st.Size,
		mode:  fs.FileMode(st.Mode & 0o777),
		mtime: time.Unix(st.Mtim.Unix()),
	}, true, nil
}

func retryEINTR(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if !errors.Is(err, syscall.EINTR) {
			return n, err
		}
	}
}

// fileInfo describes a regular file read by readDirect.
type fileInfo struct {
	name  string
	size  int64
	mode  fs.FileMode
	mtime time.Time
}

func (fi fileInfo) Name() string       { return fi.name }
func (fi fileInfo) Size() int64        { return fi.size }
func (fi fileInfo) Mode() fs.FileMode  { return fi.mode }
func (fi fileInfo) ModTime() time.Time { return fi.mtime }
func (fi fileInfo) IsDir() bool        { return false }
func (fi fileInfo) Sys() any           { return nil }
