package parser

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
)

// TestReadAheadListsWhatTheWalkEnters checks that read-ahead listings are
// the folders' real listings, that it skips what discovery skips, and that
// a walk over it sees the same tree as over the plain file system.
func TestReadAheadListsWhatTheWalkEnters(t *testing.T) {
	fsys := fstest.MapFS{
		"node_modules/x/main.tf": {},
		".git/config":            {},
		"cdk.out/asset.1/a.tf":   {},
	}
	for i := range 30 {
		fsys[fmt.Sprintf("team%d/stack%d/main.tf", i%4, i)] = &fstest.MapFile{}
		fsys[fmt.Sprintf("team%d/stack%d/modules/q/main.tf", i%4, i)] = &fstest.MapFile{}
	}
	listing := readAhead(context.Background(), fsys, ".").(*dirListings)
	for dir, entries := range listing.entries {
		want, err := fs.ReadDir(fsys, dir)
		if err != nil || !slices.EqualFunc(entries, want, func(a, b fs.DirEntry) bool { return a.Name() == b.Name() }) {
			t.Errorf("%s: listed %v, want %v (%v)", dir, entries, want, err)
		}
	}
	for _, skipped := range []string{"node_modules", ".git", "cdk.out/asset.1"} {
		if _, ok := listing.entries[skipped]; ok {
			t.Errorf("%s was listed", skipped)
		}
	}
	if _, ok := listing.entries["team3/stack7/modules/q"]; !ok {
		t.Error("a nested folder was not listed ahead")
	}
	walk := func(f fs.FS) []string {
		var out []string
		_ = fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
			out = append(out, p)
			return err
		})
		return out
	}
	if got, want := walk(listing), walk(fsys); !slices.Equal(got, want) {
		t.Errorf("walk over the read-ahead listings differs:\n%v\nwant\n%v", got, want)
	}
}
