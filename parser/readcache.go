package parser

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"sync"
)

// A scan reads most files more than once: the Terraform loader scans a
// folder for module calls and parses it later, and the suppression scanner
// reads every file with findings after the scan. Each read is an open, a
// stat, reads and a close; on a tree of tens of thousands of files the
// system calls cost seconds. ReadCache keeps the bytes of the small files
// read through it, up to a budget, so later reads cost no system call.

// Bounds of a ReadCache: files larger than maxCachedFile are never kept
// (configuration files are a few KiB; a large one is read once), and the
// cache stops keeping files once it holds its budget.
const maxCachedFile = 1 << 20

// ReadCache is an fs.FS over fsys that remembers the contents of the
// regular files opened through it, and folder listings, up to budget bytes
// in all. Folders opened as files, large files and files opened once the
// budget is spent are passed through.
// It is safe for concurrent use; a file that changes during the scan is
// seen as first read.
type ReadCache struct {
	fsys fs.FS
	// root is the folder fsys is, for NewDirReadCache: files are then read
	// with fewer system calls where the platform allows (readDirect).
	root   string
	mu     sync.Mutex
	files  map[string]*cachedFile
	dirs   map[string][]fs.DirEntry
	budget int64
}

type cachedFile struct {
	data []byte
	info fs.FileInfo
}

// NewReadCache returns a ReadCache over fsys holding at most budget bytes.
func NewReadCache(fsys fs.FS, budget int64) *ReadCache {
	return &ReadCache{fsys: fsys, files: map[string]*cachedFile{}, dirs: map[string][]fs.DirEntry{}, budget: budget}
}

// NewDirReadCache is NewReadCache over os.DirFS(root).
func NewDirReadCache(root string, budget int64) *ReadCache {
	c := NewReadCache(os.DirFS(root), budget)
	c.root = root
	return c
}

// Open opens name, from the cache when it was read before.
func (c *ReadCache) Open(name string) (fs.File, error) {
	c.mu.Lock()
	cf := c.files[name]
	full := c.budget <= 0
	c.mu.Unlock()
	if cf != nil {
		return &memFile{Reader: bytes.NewReader(cf.data), info: cf.info}, nil
	}
	if c.root != "" {
		// Anything but a small regular file read without trouble goes
		// the usual way below, which also gives the usual errors.
		data, info, ok, missing := readDirect(c.root, name, maxCachedFile)
		if ok {
			return c.remember(name, data, info), nil
		}
		if missing != nil {
			return nil, missing
		}
	}
	f, err := c.fsys.Open(name)
	if err != nil || full {
		return f, err
	}
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() <= maxCachedFile {
		return c.keep(name, f, info)
	}
	// Not worth keeping, or not knowable: the caller reads it as usual.
	return f, nil
}

// keep reads open file f whole and remembers it, budget allowing.
func (c *ReadCache) keep(name string, f fs.File, info fs.FileInfo) (fs.File, error) {
	data := make([]byte, info.Size()+1) // +1 to see the end of a file that grew
	n, err := io.ReadFull(f, data)
	_ = f.Close()
	if (!errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF)) || int64(n) != info.Size() {
		// Not the size it said (or a read error): let the caller read it
		// the usual way and see for itself.
		return c.fsys.Open(name)
	}
	return c.remember(name, data[:n:n], info), nil
}

// remember keeps a file's contents, budget allowing, and opens them.
func (c *ReadCache) remember(name string, data []byte, info fs.FileInfo) fs.File {
	c.mu.Lock()
	if c.budget >= int64(len(data)) {
		c.files[name] = &cachedFile{data: data, info: info}
		c.budget -= int64(len(data))
	}
	c.mu.Unlock()
	return &memFile{Reader: bytes.NewReader(data), info: info}
}

// ReadDir lists a folder once: discovery lists every folder, and the
// Terraform loader lists each root again for its variable files. Listings
// count against the budget like file contents, and each caller gets its own
// copy of the slice.
func (c *ReadCache) ReadDir(name string) ([]fs.DirEntry, error) {
	c.mu.Lock()
	cached, ok := c.dirs[name]
	c.mu.Unlock()
	if ok {
		return slices.Clone(cached), nil
	}
	entries, err := fs.ReadDir(c.fsys, name)
	if err != nil {
		return entries, err
	}
	cost := int64(len(name))
	for _, e := range entries {
		cost += dirEntryCost + int64(len(e.Name()))
	}
	c.mu.Lock()
	if c.budget >= cost {
		c.dirs[name] = slices.Clone(entries)
		c.budget -= cost
	}
	c.mu.Unlock()
	return entries, nil
}

// dirEntryCost is about what a cached fs.DirEntry holds besides its name.
const dirEntryCost = 64

// Stat passes through, or answers from the cache.
func (c *ReadCache) Stat(name string) (fs.FileInfo, error) {
	c.mu.Lock()
	cf := c.files[name]
	c.mu.Unlock()
	if cf != nil {
		return cf.info, nil
	}
	return fs.Stat(c.fsys, name)
}

// memFile is a cached file opened for reading.
type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }
