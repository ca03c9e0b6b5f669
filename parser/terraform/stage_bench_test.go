package terraform

import (
	"context"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/a2z/a2z/internal/benchgen"
)

// Stage benchmarks: BenchmarkParse measures the parse stage alone (read,
// hclsyntax parse, sorting top-level blocks into declarations), without
// evaluation; BenchmarkEvaluate (bench_test.go) measures ParseTree, which
// parses and evaluates.

// parseStageTree returns the Terraform files of internal/benchgen's tree of
// the given size (30 roots per 1×, each with a queue module, a bucket module
// and a nested policy module in folders of their own): the file system, the
// folders with their files, and the resource and data blocks they declare.
func parseStageTree(size int) (fstest.MapFS, map[string][]string, int) {
	all, _ := benchgen.GenerateFS(size, 1)
	fsys := fstest.MapFS{}
	dirs := map[string][]string{}
	blocks := 0
	for name, f := range all {
		if !strings.HasSuffix(name, ".tf") {
			continue
		}
		fsys[name] = f
		dir := path.Dir(name)
		dirs[dir] = append(dirs[dir], name)
		body := "\n" + string(f.Data)
		blocks += strings.Count(body, "\nresource \"") + strings.Count(body, "\ndata \"")
	}
	return fsys, dirs, blocks
}

// BenchmarkParse reads and parses the Terraform folders of a 10× generated
// tree (2,100 files in 1,200 folders), one folder at a time, from memory.
func BenchmarkParse(b *testing.B) {
	fsys, dirs, blocks := parseStageTree(10)
	files := len(fsys)
	ctx := context.Background()
	b.ReportAllocs()
	var declared int
	for b.Loop() {
		declared = 0
		for dir, names := range dirs {
			s := readSource(ctx, fsys, dir, names)
			if len(s.diags) > 0 {
				b.Fatalf("%s: %v", dir, s.diags[0])
			}
			declared += len(s.resources)
		}
	}
	if declared != blocks {
		b.Fatalf("parsed %d resource and data blocks, the files hold %d", declared, blocks)
	}
	b.ReportMetric(float64(files), "files/op")
	b.ReportMetric(float64(declared), "blocks/op")
}

// TestParseStageTree keeps BenchmarkParse's input honest: it evaluates
// without diagnostics and expands to resources.
func TestParseStageTree(t *testing.T) {
	fsys, dirs, _ := parseStageTree(1)
	var roots []string
	for dir := range dirs {
		if !strings.Contains(dir, "/modules/") {
			roots = append(roots, dir)
		}
	}
	if len(roots) != 30 {
		t.Fatalf("roots %v", roots)
	}
	for _, root := range roots {
		p := ParseModule(context.Background(), fsys, dirs[root], Inputs{})
		if len(p.Diagnostics) > 0 {
			t.Fatalf("%s: %v", root, p.Diagnostics[0])
		}
		if len(p.Resources) < 8 {
			t.Errorf("%s: %d resources", root, len(p.Resources))
		}
	}
}
