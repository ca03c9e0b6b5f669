package mappings

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReferenceCopiesMatchShared keeps reference/ and testdata/reference in step with the
// project's shared fact tables, which a clone does not have: when they are
// beside the repository, the copies must be identical.
func TestReferenceCopiesMatchShared(t *testing.T) {
	shared := filepath.Join("..", "..", "shared", "reference")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared reference tables not present at %s (%v); they live outside the repository", shared, err)
	}
	copies, err := filepath.Glob(filepath.Join("testdata", "reference", "*.[tc][sx][vt]"))
	embedded, err2 := filepath.Glob(filepath.Join("reference", "*.t[sx][vt]"))
	copies = append(copies, embedded...)
	if err != nil || err2 != nil || len(embedded) < 7 {
		t.Fatalf("no reference copies found (%v)", err)
	}
	for _, c := range copies {
		mine, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		theirs, err := os.ReadFile(filepath.Join(shared, filepath.Base(c)))
		if err != nil {
			t.Errorf("%s: no counterpart in %s: %v", c, shared, err)
			continue
		}
		if !bytes.Equal(mine, theirs) {
			t.Errorf("%s differs from %s: copy the newer table over it", c, shared)
		}
	}
}
