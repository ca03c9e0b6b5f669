package terraform

import (
	"context"
	"fmt"
	"os"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/parser"
)

// render lists a result's resources and diagnostics as text, attribute
// values included, for comparing two parses.
func render(p parser.Parsed) []string {
	var out []string
	for _, r := range p.Resources {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%#v", r.Root, r.Address, r.Range, r.Region, r.Unexpanded, r.Attrs))
	}
	for _, d := range p.Diagnostics {
		out = append(out, fmt.Sprintf("diag %s %s %s", d.Range, d.Summary, d.Detail))
	}
	return out
}

// TestCacheBoundKeepsResults parses trees whose roots share modules with the
// loader's cache as large as it is by default and with no room at all, so
// every folder is dropped as soon as it is read and parsed again when a
// root uses it: the results, diagnostics included, must be the same.
func TestCacheBoundKeepsResults(t *testing.T) {
	trees := map[string]string{
		"project":  "testdata/project",
		"examples": "../../examples/terraform",
	}
	for name, dir := range trees {
		t.Run(name, func(t *testing.T) {
			fsys := os.DirFS(dir)
			in, err := parser.Discover(context.Background(), fsys, []string{"."})
			if err != nil {
				t.Fatal(err)
			}
			want := ParseTree(context.Background(), fsys, in.Terraform, Inputs{})
			if len(want.Resources) < 20 {
				t.Fatalf("only %d resources", len(want.Resources))
			}
			defer func(b int64) { cacheBound = b }(cacheBound)
			cacheBound = 0
			got := ParseTree(context.Background(), fsys, in.Terraform, Inputs{})
			if d := cmp.Diff(render(want), render(got)); d != "" {
				t.Errorf("results differ with an empty cache (-full +empty):\n%s", d)
			}
		})
	}
}

// TestLoaderCacheBounded loads more folders than the bound holds and checks
// that the cache keeps within it, drops the least recently used folder
// first, and still answers for a dropped folder.
func TestLoaderCacheBounded(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 6 {
		fsys[fmt.Sprintf("m%d/main.tf", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "resource \"aws_sqs_queue\" \"q%d\" {\n  name = \"queue-%d\"\n}\n", i, i)}
	}
	defer func(b int64) { cacheBound = b }(cacheBound)
	size := int64(len(fsys["m0/main.tf"].Data))
	cacheBound = 3 * size
	l := NewLoader(fsys)
	ctx := context.Background()
	for i := range 6 {
		l.load(ctx, fmt.Sprintf("m%d", i), nil)
		if i == 3 {
			l.load(ctx, "m1", nil) // m1 is now more recent than m2 and m3
		}
	}
	if l.held > cacheBound {
		t.Errorf("cache holds %d bytes, bound %d", l.held, cacheBound)
	}
	var kept []string
	for e := l.lru.Front(); e != nil; e = e.Next() {
		kept = append(kept, e.Value.(*loadOnce).dir)
	}
	if d := cmp.Diff([]string{"m1", "m4", "m5"}, kept); d != "" {
		t.Errorf("kept folders (-want +got):\n%s", d)
	}
	if src := l.load(ctx, "m0", nil); len(src.resources) != 1 || src.resources[0].name != "q0" {
		t.Errorf("m0 parsed again: %+v", src.resources)
	}
}
