package parser

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDirReadCacheReadsLikeOS checks NewDirReadCache (the direct reads on
// Linux) against os.DirFS: the same bytes and sizes for files, and the
// usual results for what it does not read itself.
func TestDirReadCacheReadsLikeOS(t *testing.T) {
	root := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.tf", "resource \"aws_sqs_queue\" \"q\" {}\n")
	write("empty.tf", "")
	write("dir/nested.yaml", "Resources: {}\n")
	write("big.tf", strings.Repeat("#", maxCachedFile+10))
	if err := os.Symlink("main.tf", filepath.Join(root, "link.tf")); err != nil {
		t.Fatal(err)
	}

	c := NewDirReadCache(root, 1<<30)
	plain := os.DirFS(root)
	for _, name := range []string{"main.tf", "empty.tf", "dir/nested.yaml", "big.tf", "link.tf"} {
		for range 2 { // first read, then from the cache
			got, err := ReadLimited(c, name, 1<<30)
			want, werr := fs.ReadFile(plain, name)
			if err != nil || werr != nil || string(got) != string(want) {
				t.Errorf("%s: %d bytes, %v; os.DirFS: %d bytes, %v", name, len(got), err, len(want), werr)
			}
			info, err := fs.Stat(c, name)
			if err != nil || info.Size() != int64(len(want)) || !info.Mode().IsRegular() {
				t.Errorf("Stat(%s) = %v, %v", name, info, err)
			}
		}
	}
	// Missing files get os.DirFS's error, word for word.
	for _, name := range []string{"missing.tf", "dir/missing.tf", "nodir/x.tf", "main.tf/x.tf"} {
		_, err := c.Open(name)
		_, want := plain.Open(name)
		if want == nil || err == nil || err.Error() != want.Error() || errors.Is(err, fs.ErrNotExist) != errors.Is(want, fs.ErrNotExist) {
			t.Errorf("Open(%s): %v; os.DirFS: %v", name, err, want)
		}
	}
	if _, err := c.Open("missing.tf"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
	if _, err := c.Open("../outside.tf"); err == nil {
		t.Error("a path outside the root was opened")
	}
	entries, err := fs.ReadDir(c, "dir")
	if err != nil || len(entries) != 1 {
		t.Errorf("ReadDir(dir) = %v, %v", entries, err)
	}
	f, err := c.Open("dir")
	if err != nil {
		t.Fatalf("opening a folder: %v", err)
	}
	if info, err := f.Stat(); err != nil || !info.IsDir() {
		t.Errorf("folder Stat = %v, %v", info, err)
	}
	_ = f.Close()
}
