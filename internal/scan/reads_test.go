package scan

import (
	"context"
	"io/fs"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/benchgen"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/terraform"
	"github.com/a2z/a2z/rules"
)

// TestRunEvaluatesOnlyWhatRulesRead checks that evaluating only the
// attributes the knowledge base reads (plus what the configuration itself
// reads) maps every resource exactly as a full evaluation does: same
// targets, translations and findings, over the engine's fixtures (which set
// the attributes its caveats test), the examples, a multi-module project
// and a generated tree. The filtered scan may report fewer diagnostics (a
// problem in an attribute nothing reads), never others.
func TestRunEvaluatesOnlyWhatRulesRead(t *testing.T) {
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	engine := rules.New(kb)
	gen, _ := benchgen.GenerateFS(2, 7)
	trees := map[string]fs.FS{
		"rules/testdata/engine":             os.DirFS("../../rules/testdata/engine"),
		"examples":                          os.DirFS("../../examples"),
		"parser/terraform/testdata/project": os.DirFS("../../parser/terraform/testdata/project"),
		"generated 2×":                      gen,
	}
	all := func(parser.Kind, string) ([]string, bool) { return nil, true }
	for name, fsys := range trees {
		t.Run(name, func(t *testing.T) {
			part, err := Run(context.Background(), fsys, []string{"."}, engine, Options{})
			if err != nil {
				t.Fatal(err)
			}
			full, err := Run(context.Background(), fsys, []string{"."}, engine, Options{Terraform: terraform.Inputs{Reads: all}})
			if err != nil {
				t.Fatal(err)
			}
			if len(full.Resources) == 0 || len(full.Findings) == 0 {
				t.Fatalf("%d resources and %d findings: the tree tests nothing", len(full.Resources), len(full.Findings))
			}
			// Unresolved lists only what was evaluated.
			for _, r := range []*rules.Result{part, full} {
				for i := range r.Resources {
					r.Resources[i].Resource.Unresolved = nil
				}
			}
			if diff := cmp.Diff(full.Resources, part.Resources, cmp.Comparer(func(a, b cty.Value) bool { return a.RawEquals(b) })); diff != "" {
				t.Errorf("mapped resources differ (-full +filtered):\n%s", diff)
			}
			if diff := cmp.Diff(full.Findings, part.Findings); diff != "" {
				t.Errorf("findings differ (-full +filtered):\n%s", diff)
			}
			seen := map[string]bool{}
			for _, d := range full.Diagnostics {
				seen[d.Range.String()+d.Message()] = true
			}
			for _, d := range part.Diagnostics {
				if !seen[d.Range.String()+d.Message()] {
					t.Errorf("diagnostic only with filtering: %s: %s", d.Range, d.Message())
				}
			}
		})
	}
}
