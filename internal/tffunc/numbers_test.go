package tffunc

import (
	"errors"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/a2z/a2z/internal/numlimit"
)

// TestArithmeticGuarded evaluates hcl expressions whose operators
// GuardOperators guarded; hcl's own operations stay as they were.
func TestArithmeticGuarded(t *testing.T) {
	for src, ok := range map[string]bool{
		"1e600 * 1e600":         true,
		"1e700 * 1e700":         false,
		"1 / 1e-2000":           false,
		"\"1e100000000\" + 0":   false, // converted from a string
		"-(\"1e100000000\")":    false,
		"1e300 * 1e300 - 1":     true,
		"(1e1000 * 10) % 7 + 1": true,
	} {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "x.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", src, diags)
		}
		if _, diags := expr.Value(nil); diags.HasErrors() && !strings.Contains(src, "\"") {
			t.Errorf("%s: fails before its operators are guarded: %s", src, diags)
		}
		GuardOperators(expr)
		v, diags := expr.Value(nil)
		if got := !diags.HasErrors(); got != ok {
			t.Errorf("%s: evaluated %v (%#v, %s), want %v", src, got, v, diags, ok)
			continue
		}
		if !ok && !strings.Contains(diags.Error(), numlimit.Message) {
			t.Errorf("%s: error %q does not say why", src, diags.Error())
		}
	}
}

func TestGuard(t *testing.T) {
	max := Guard("max", stdlib.MaxFunc)
	if v, err := max.Call([]cty.Value{cty.NumberIntVal(1), cty.NumberIntVal(2)}); err != nil || !v.RawEquals(cty.NumberIntVal(2)) {
		t.Errorf("max(1, 2) = %#v, %v", v, err)
	}
	// hcl converts the string argument to the parameter's type.
	expr, _ := hclsyntax.ParseExpression([]byte(`max(1, "1e100000000") + 1`), "x.tf", hcl.InitialPos)
	GuardOperators(expr)
	if _, diags := expr.Value(&hcl.EvalContext{Functions: map[string]function.Function{"max": max}}); !strings.Contains(diags.Error(), numlimit.Message) {
		t.Errorf("max(1, \"1e100000000\"): %v", diags)
	}
	parse := Guard("parseint", stdlib.ParseIntFunc)
	if _, err := parse.Call([]cty.Value{cty.StringVal(strings.Repeat("1", numlimit.MaxDigits+1)), cty.NumberIntVal(10)}); !errors.Is(err, numlimit.ErrOutOfRange) {
		t.Errorf("parseint of a long numeral: error %v", err)
	}
	format := GuardText("format", stdlib.FormatFunc)
	if _, err := format.Call([]cty.Value{cty.StringVal("%d"), cty.StringVal("1e100000000")}); !errors.Is(err, numlimit.ErrOutOfRange) {
		t.Errorf("format(%%d, \"1e100000000\"): error %v", err)
	}
	if v, err := format.Call([]cty.Value{cty.StringVal("%s-%d"), cty.StringVal("ami-1e12345678"), cty.NumberIntVal(7)}); err != nil || v.AsString() != "ami-1e12345678-7" {
		t.Errorf("format of an ID = %#v, %v", v, err)
	}
}
