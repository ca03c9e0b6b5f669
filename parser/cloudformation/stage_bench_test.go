package cloudformation_test

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/a2z/a2z/internal/benchgen"
	"github.com/a2z/a2z/parser/cloudformation"
)

// stageTemplate is one template held in memory for BenchmarkParse.
type stageTemplate struct {
	name string
	data []byte
}

// stageTemplates returns the CloudFormation templates (parameters,
// conditions, !Sub, !GetAtt, !If) and SAM templates of internal/benchgen's
// tree of the given size (12 and 6 per 1×), in name order.
func stageTemplates(size int) (cfn, sam []stageTemplate) {
	fsys, _ := benchgen.GenerateFS(size, 1)
	names := slices.Sorted(maps.Keys(fsys))
	for _, name := range names {
		switch {
		case strings.HasPrefix(name, "cfn/"):
			cfn = append(cfn, stageTemplate{name, fsys[name].Data})
		case strings.HasPrefix(name, "sam/"):
			sam = append(sam, stageTemplate{name, fsys[name].Data})
		}
	}
	return cfn, sam
}

// BenchmarkParse measures the CloudFormation parse stage (YAML decoding,
// intrinsics, conditions, the SAM transform) on templates held in memory:
// the 10× tree of internal/bench (120 templates, 60 SAM templates) and, when
// it is present, the cfn-lint corpus of real-world templates.
func BenchmarkParse(b *testing.B) {
	cfn, sam := stageTemplates(10)
	b.Run("cfn", func(b *testing.B) { benchParse(b, cfn) })
	b.Run("sam", func(b *testing.B) { benchParse(b, sam) })
	b.Run("corpus", func(b *testing.B) {
		var ts []stageTemplate
		for _, sub := range []string{"good", "quickstart", "public"} {
			for _, name := range corpusFiles(b, sub) {
				data, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(name)))
				if err != nil {
					b.Fatal(err)
				}
				ts = append(ts, stageTemplate{name, data})
			}
		}
		benchParse(b, ts)
	})
}

func benchParse(b *testing.B, ts []stageTemplate) {
	ctx := context.Background()
	b.ReportAllocs()
	var templates, resources int
	size := 0
	for _, t := range ts {
		size += len(t.data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		templates, resources = 0, 0
		for _, t := range ts {
			p, ok := cloudformation.Parse(ctx, t.name, t.data, cloudformation.Options{})
			if ok {
				templates++
			}
			resources += len(p.Resources)
		}
	}
	if templates == 0 || resources == 0 {
		b.Fatalf("%d files: %d templates, %d resources", len(ts), templates, resources)
	}
	b.ReportMetric(float64(templates), "templates/op")
	b.ReportMetric(float64(resources), "resources/op")
}

// TestStageTemplates keeps BenchmarkParse's generated input honest: every
// template reads without diagnostics and yields resources.
func TestStageTemplates(t *testing.T) {
	cfn, sam := stageTemplates(1)
	if len(cfn) != 12 || len(sam) != 6 {
		t.Fatalf("%d templates, %d SAM templates", len(cfn), len(sam))
	}
	for _, tpl := range append(cfn, sam...) {
		p, ok := cloudformation.Parse(context.Background(), tpl.name, tpl.data, cloudformation.Options{})
		if !ok || len(p.Diagnostics) > 0 {
			t.Fatalf("%s: template %v, diagnostics %v", tpl.name, ok, p.Diagnostics)
		}
		if len(p.Resources) < 2 {
			t.Errorf("%s: %d resources", tpl.name, len(p.Resources))
		}
	}
}
