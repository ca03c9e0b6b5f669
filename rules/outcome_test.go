package rules_test

import (
	"context"
	"io/fs"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/benchgen"
	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/rules"
)

// TestOutcomeMemoAgrees maps the engine fixtures, the examples and a
// generated tree twice, with the outcome memo and without, and expects the
// same result. The memoised engine maps each tree twice, so the second pass
// is served from the memo.
func TestOutcomeMemoAgrees(t *testing.T) {
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	gen, _ := benchgen.GenerateFS(2, 3)
	memo := rules.New(kb)
	for name, fsys := range map[string]fs.FS{
		"testdata/engine": os.DirFS("testdata/engine"),
		"examples":        os.DirFS("../examples"),
		"generated 2×":    gen,
	} {
		p, err := scan.Parse(context.Background(), fsys, []string{"."}, scan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := rules.NewUnmemoised(kb).Run(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Findings) == 0 {
			t.Fatalf("%s: no findings, nothing to compare", name)
		}
		for pass := range 2 {
			got, err := memo.Run(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b cty.Value) bool { return a.RawEquals(b) })); diff != "" {
				t.Errorf("%s, pass %d: memoised mapping differs (-without +with):\n%s", name, pass+1, diff)
			}
		}
	}
}
