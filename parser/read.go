package parser

import (
	"errors"
	"io"
	"io/fs"
)

// ErrTooLarge is returned by ReadLimited for a file over its limit.
var ErrTooLarge = errors.New("file too large")

// ReadLimited reads a whole file of at most limit bytes, in one buffer sized
// from the file's length (growing one from 512 bytes costs a copy per
// doubling, per file). A larger file is ErrTooLarge, found without reading
// it when its size is known.
func ReadLimited(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	size := int64(512)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if fi.Size() > limit {
			return nil, ErrTooLarge
		}
		size = fi.Size() + 1 // +1 to read the end without growing
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, ErrTooLarge
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadHead returns up to n bytes from the start of a file; nil when it
// cannot be opened.
func ReadHead(fsys fs.FS, name string, n int) []byte {
	f, err := fsys.Open(name)
	if err != nil {
		return nil
	}
	defer func() { _ = f.Close() }()
	head := make([]byte, n)
	k, _ := io.ReadFull(f, head)
	return head[:k]
}
