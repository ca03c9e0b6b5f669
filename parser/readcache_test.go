package parser

import (
	"io/fs"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
)

// countingFS counts the files opened through it.
type countingFS struct {
	fs.FS
	opens atomic.Int64
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.opens.Add(1)
	return c.FS.Open(name)
}

func TestReadCache(t *testing.T) {
	const a = "resource \"aws_sqs_queue\" \"q\" {}\n"
	under := &countingFS{FS: fstest.MapFS{
		"a.tf":     {Data: []byte(a)},
		"empty.tf": {Data: nil},
		"big.yaml": {Data: []byte(strings.Repeat("x", maxCachedFile+1))},
		"dir/b.tf": {Data: []byte("b")},
		"c.tf":     {Data: []byte("cc")},
	}}
	c := NewReadCache(under, int64(len(a)+1)) // a.tf and b.tf
	read := func(name string) string {
		t.Helper()
		data, err := ReadLimited(c, name, 1<<30)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return string(data)
	}
	for _, name := range []string{"a.tf", "empty.tf", "dir/b.tf"} {
		first := read(name)
		opens := under.opens.Load()
		if again := read(name); again != first {
			t.Errorf("%s read again = %q, first %q", name, again, first)
		}
		if under.opens.Load() != opens {
			t.Errorf("%s was opened again", name)
		}
		if info, err := fs.Stat(c, name); err != nil || info.Size() != int64(len(first)) {
			t.Errorf("Stat(%s) = %v, %v", name, info, err)
		}
	}
	// Over the per-file bound: read through every time.
	for range 2 {
		opens := under.opens.Load()
		if got := read("big.yaml"); len(got) != maxCachedFile+1 {
			t.Errorf("big.yaml: %d bytes", len(got))
		}
		if under.opens.Load() == opens {
			t.Error("big.yaml was served from the cache")
		}
	}
	// The budget is spent by a.tf and b.tf: c.tf is read through.
	read("c.tf")
	opens := under.opens.Load()
	if read("c.tf") != "cc" || under.opens.Load() == opens {
		t.Error("c.tf was cached beyond the budget")
	}
	if _, err := c.Open("missing.tf"); err == nil {
		t.Error("opening a missing file: no error")
	}
	entries, err := fs.ReadDir(c, "dir")
	if err != nil || len(entries) != 1 || entries[0].Name() != "b.tf" {
		t.Errorf("ReadDir(dir) = %v, %v", entries, err)
	}

	// Concurrent readers agree (run with -race).
	c = NewReadCache(under, 1<<20)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if data, err := ReadLimited(c, "a.tf", 1<<20); err != nil || !strings.HasPrefix(string(data), "resource") {
					t.Errorf("concurrent read: %q, %v", data, err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestReadCacheListsOnce checks that a folder is listed once while the budget
// allows, and that each caller gets its own slice.
func TestReadCacheListsOnce(t *testing.T) {
	under := &countingFS{FS: fstest.MapFS{
		"dir/a.tf":  {Data: []byte("a")},
		"dir/b.tf":  {Data: []byte("b")},
		"dir/sub/c": {Data: []byte("c")},
	}}
	names := func(es []fs.DirEntry) string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name())
		}
		return strings.Join(out, ",")
	}
	c := NewReadCache(under, 1<<20)
	first, err := fs.ReadDir(c, "dir")
	if err != nil || names(first) != "a.tf,b.tf,sub" {
		t.Fatalf("ReadDir(dir) = %q, %v", names(first), err)
	}
	first[0] = first[1] // a caller's change stays its own
	opens := under.opens.Load()
	again, err := fs.ReadDir(c, "dir")
	if err != nil || names(again) != "a.tf,b.tf,sub" {
		t.Errorf("ReadDir(dir) again = %q, %v", names(again), err)
	}
	if under.opens.Load() != opens {
		t.Error("dir was listed again")
	}
	if _, err := fs.ReadDir(c, "missing"); err == nil {
		t.Error("listing a missing folder gave no error")
	}

	// No budget: every listing goes through.
	c = NewReadCache(under, 0)
	for range 2 {
		opens := under.opens.Load()
		if es, err := fs.ReadDir(c, "dir"); err != nil || len(es) != 3 {
			t.Fatalf("ReadDir(dir) = %v, %v", es, err)
		}
		if under.opens.Load() == opens {
			t.Error("dir was listed from the cache with no budget")
		}
	}
}
