package mappings_test

import (
	"context"
	"os"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
)

// TestMemoAgreesWithEvaluation maps every resource of the repository's
// fixtures twice over one knowledge base, so later resources of a type hit the
// memo filled by earlier ones, and checks each memoised result against a
// fresh evaluation of the same expression.
func TestMemoAgreesWithEvaluation(t *testing.T) {
	kb, err := mappings.Load(os.DirFS("data"))
	if err != nil {
		t.Fatal(err)
	}
	var resources []parser.Resource
	for _, dir := range []string{"../examples", "../parser/terraform/testdata", "../parser/cloudformation/testdata", "../rules/testdata"} {
		res, err := scan.Parse(context.Background(), os.DirFS(dir), []string{"."}, scan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		resources = append(resources, res.Resources...)
	}
	if len(resources) < 500 {
		t.Fatalf("only %d resources in the fixtures", len(resources))
	}

	// Each resource also with every attribute unknown, as a reference to
	// another resource would leave it.
	var variants []parser.Resource
	for _, r := range resources {
		if r.Attrs.IsKnown() && !r.Attrs.IsNull() && r.Attrs.Type().IsObjectType() {
			attrs := map[string]cty.Value{}
			for name, ty := range r.Attrs.Type().AttributeTypes() {
				attrs[name] = cty.UnknownVal(ty)
			}
			v := r
			v.Attrs = cty.ObjectVal(attrs)
			variants = append(variants, v)
		}
	}
	resources = append(resources, variants...)

	checked, hits := 0, 0
	for pass := range 2 {
		for _, r := range resources {
			m := lookup(kb, &r)
			if m == nil {
				continue
			}
			subject := kb.Subject(r.Attrs, r.Source)
			ctx := mappings.EvalContext(r.Attrs, r.Source)
			for _, expr := range expressions(m) {
				want, _ := mappings.Eval(expr, ctx)
				if got := subject.Truth(expr); got != want && !isValue(m, expr) {
					t.Errorf("pass %d, %s %s: memo says %s, evaluation %s for %s", pass, r.Range, r.Address, got, want, expr.Range())
				}
				wantV, wantDiags := expr.Value(ctx)
				gotV, gotDiags := subject.Value(expr)
				if !gotV.RawEquals(wantV) || gotDiags.HasErrors() != wantDiags.HasErrors() {
					t.Errorf("pass %d, %s %s: memo value %#v, evaluation %#v for %s", pass, r.Range, r.Address, gotV, wantV, expr.Range())
				}
				checked++
				if pass == 1 {
					hits++
				}
			}
		}
	}
	if checked == 0 || hits == 0 {
		t.Fatalf("checked %d expressions", checked)
	}
	t.Logf("%d expression results checked", checked)
}

func lookup(kb *mappings.KB, r *parser.Resource) *mappings.Mapping {
	switch {
	case r.Source == parser.SourceCloudFormation:
		return kb.CloudFormation(r.Type)
	case r.Kind == parser.KindData:
		return kb.Data(r.Type)
	}
	return kb.Resource(r.Type)
}

func expressions(m *mappings.Mapping) []hcl.Expression {
	var out []hcl.Expression
	for _, t := range m.Targets {
		out = append(out, t.When)
	}
	for _, c := range m.Caveats {
		if c.When != nil {
			out = append(out, c.When)
		}
	}
	for _, tr := range m.Translations {
		out = append(out, tr.Value)
	}
	return out
}

// isValue tells translation values (not conditions) apart: only their
// values are compared.
func isValue(m *mappings.Mapping, expr hcl.Expression) bool {
	for _, tr := range m.Translations {
		if tr.Value == expr {
			return true
		}
	}
	return false
}
