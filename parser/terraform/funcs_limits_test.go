package terraform

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/a2z/a2z/internal/tffunc"
	"github.com/a2z/a2z/parser"
)

// stockFunctions is the table with go-cty's unbounded functions, as
// Terraform has them, in place of the bounded ones.
func stockFunctions() map[string]function.Function {
	funcs := functions()
	stock := map[string]function.Function{
		"setproduct": stdlib.SetProductFunc, "concat": stdlib.ConcatFunc, "flatten": stdlib.FlattenFunc,
		"chunklist": stdlib.ChunklistFunc, "distinct": stdlib.DistinctFunc, "setunion": stdlib.SetUnionFunc,
		"setintersection": stdlib.SetIntersectionFunc, "setsubtract": stdlib.SetSubtractFunc,
		"format": stdlib.FormatFunc, "formatlist": stdlib.FormatListFunc, "join": stdlib.JoinFunc,
		"indent": stdlib.IndentFunc, "strrev": stdlib.ReverseFunc, "split": stdlib.SplitFunc,
		"regexall": stdlib.RegexAllFunc, "jsonencode": stdlib.JSONEncodeFunc, "yamlencode": tffunc.YAMLEncode,
		"cidrsubnets": tffunc.CidrSubnets, "matchkeys": tffunc.Matchkeys,
		"tolist":   stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
		"toset":    stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)),
		"tomap":    stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
		"tostring": stdlib.MakeToFunc(cty.String),
		"replace": function.New(&function.Spec{
			Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}, {Name: "replace", Type: cty.String}},
			Type:   function.StaticReturnType(cty.String),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				sub := args[1].AsString()
				if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' {
					return stdlib.RegexReplace(args[0], cty.StringVal(sub[1:len(sub)-1]), args[2])
				}
				return stdlib.Replace(args[0], args[1], args[2])
			},
		}),
	}
	for name, f := range stock {
		if _, ok := funcs[name]; !ok {
			panic("no function " + name)
		}
		funcs[name] = f
	}
	return funcs
}

// TestBoundedFunctionsMatchStock evaluates every bounded function on
// ordinary arguments with both tables: values (type included) and errors
// must be the same.
func TestBoundedFunctionsMatchStock(t *testing.T) {
	exprs := []string{
		`setproduct(["a", "b"], [1, 2])`, `setproduct(toset(["x"]), ["y", "z"])`, `setproduct([], [1])`,
		`setproduct(["a"], aws_x.y)`, `setproduct([{ a = 1 }], [[1]])`, `setproduct()`, `setproduct(1)`,
		`concat([1], [2, 3])`, `concat([1], ["a"])`, `concat(["a"], aws_x.y)`, `concat()`, `concat(1)`,
		`flatten([[1, [2]], [], [[[3]]]])`, `flatten([toset(["a"]), ["b"]])`, `flatten(aws_x.y)`, `flatten("a")`,
		`chunklist([1, 2, 3, 4, 5], 2)`, `chunklist([for i in range(7) : i], 3)`, `chunklist([], 1)`, `chunklist([1], -1)`,
		`distinct(["a", "b", "a"])`, `distinct([for i in range(10) : i % 3])`, `distinct([1, "1"])`, `distinct([[1], ["a"]])`,
		`distinct(["a", null, null, "a"])`, `distinct([1, 1.0, 2, 0.1, 0.1, 1/3, 1/3])`, `distinct([true, false, true])`,
		`distinct([])`, `distinct(["a", aws_x.y])`, `distinct([{ a = 1 }, { a = 1 }])`, `distinct(toset(["b", "a"]))`,
		`matchkeys(["a", "b", "c"], [1, 2, 3], [1, 3])`, `matchkeys(["a"], [1, 2], [1])`,
		`setunion(["a"], ["b", "a"])`, `setunion([for s in ["x", "y"] : s], [])`, `setintersection([1, 2], [2, 3])`,
		`setsubtract(["a", "b"], ["a"])`, `setunion([1], ["a"])`,
		`format("%s-%05d-%.2f-%t-%q", "a", 42, 3.14159, true, "x")`, `format("%[2]s %[1]s %%", "a", "b")`,
		`format("%v", { a = [1] })`, `format("%d", "x")`, `format("%-8s|%8s|", "ab", "cd")`, `format("héllo %5.1s", "wörld")`,
		`formatlist("%s=%d", ["a", "b"], [1, 2])`, `formatlist("%s-%s", "x", ["a", "b"])`, `formatlist("%s", [])`,
		`formatlist("%s", ["a"], ["b", "c"])`,
		`join(",", ["a", "b"])`, `join("-", [for i in range(3) : tostring(i)], ["z"])`, `join(",", [])`, `join(",", [1, true])`,
		`indent(2, "a\nb\n")`, `indent(0, "x")`, `indent(-1, "a\nb")`,
		`strrev("héllo")`, `strrev("")`,
		`split(",", "a,b,,c")`, `split("", "héllo")`, `split(",", "")`,
		`regexall("[a-z]+", "a1bc2def")`, `regexall("(\\d)(\\w)", "1a2b")`, `regexall("(?P<k>\\w)=(?P<v>\\d)", "a=1 b=2")`, `regexall("(", "x")`,
		`replace("hello", "l", "L")`, `replace("a-b-c", "/-(.)/", "+$1")`, `replace("abc", "", "-")`, `replace("x", "/(/", "y")`,
		`jsonencode({ a = [1, "x", null], b = { c = true } })`, `jsonencode("\u2028<>&")`, `jsonencode(1e100)`,
		`yamlencode({ a = [1, "x"], b = {} })`, `yamlencode("x")`, `yamlencode([for i in range(3) : { n = i }])`,
		`cidrsubnets("10.0.0.0/16", 4, 4, 8)`, `cidrsubnets("10.0.0.0/16")`, `cidrsubnets("10.0.0.0/30", 4)`,
		`tolist(["a", "b"])`, `tolist([1, "a"])`, `tolist([for i in range(5) : { id = i }])`, `tolist([])`,
		`tolist([null, "a"])`, `tolist([aws_x.y, "a"])`, `tolist(aws_x.y)`, `tolist({ a = 1 })`, `tolist([[1], ["a"]])`,
		`toset(["b", "a", "b"])`, `toset([for i in range(5) : "${i % 2}"])`, `toset([1, "1"])`, `toset([{ a = 1 }, { a = 2 }])`,
		`tomap({ a = "x", b = "y" })`, `tomap({ a = 1, b = "y" })`, `tomap({ for k in ["a", "b"] : k => upper(k) })`, `tomap([])`,
		`tostring(12.5)`, `tostring("x")`, `tostring(true)`, `tostring([])`, `tostring(1e30)`,
	}
	// Unknown arguments: the results must be unknown with the same
	// refinements.
	exprs = append(exprs,
		`setproduct(["a"], var.list)`, `concat(["a"], var.list)`, `flatten([var.list])`, `chunklist(var.list, 2)`,
		`distinct(var.list)`, `setunion(var.list, ["a"])`, `format("%s", var.str)`, `format(var.str, 1)`,
		`formatlist("%s", var.list)`, `join(",", var.list)`, `join(var.str, ["a"])`, `indent(2, var.str)`,
		`strrev(var.str)`, `split(",", var.str)`, `regexall("a", var.str)`, `replace(var.str, "a", "b")`,
		`jsonencode(var.list)`, `jsonencode(var.any)`, `yamlencode({ a = var.str })`, `cidrsubnets(var.str, 1)`,
		`tolist(var.any)`, `tolist([var.str, "a"])`, `toset([var.str, "a"])`, `toset(var.list)`,
		`tomap({ a = var.str })`, `tostring(var.any)`, `matchkeys(["a"], var.list, ["b"])`,
	)
	vars := map[string]cty.Value{"var": cty.ObjectVal(map[string]cty.Value{
		"list": cty.UnknownVal(cty.List(cty.String)),
		"str":  cty.UnknownVal(cty.String),
		"any":  cty.DynamicVal,
	})}
	eval := func(e string, funcs map[string]function.Function) (cty.Value, hcl.Diagnostics) {
		expr, diags := hclsyntax.ParseExpression([]byte(e), "test.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", e, diags.Error())
		}
		return expr.Value(&hcl.EvalContext{Variables: vars, Functions: withUnknownStubs(funcs, calledFunctions(expr))})
	}
	bounded, stock := functions(), stockFunctions()
	for _, e := range exprs {
		got, gd := eval(e, bounded)
		want, wd := eval(e, stock)
		switch {
		case gd.HasErrors() != wd.HasErrors():
			t.Errorf("%s: bounded errors %v, stock errors %v", e, gd, wd)
		case gd.HasErrors():
			// A recovered panic carries its goroutine's stack: compare
			// what comes before.
			g, _, _ := strings.Cut(gd.Error(), "\ngoroutine")
			w, _, _ := strings.Cut(wd.Error(), "\ngoroutine")
			if g != w {
				t.Errorf("%s: bounded error %q, stock error %q", e, gd.Error(), wd.Error())
			}
		case !got.RawEquals(want):
			t.Errorf("%s = %#v, stock gives %#v", e, got, want)
		}
	}
}

// TestLimitDiagnostics checks that a call over a limit fails on its own,
// with a diagnostic at the call, and that warnLimits reports it once.
func TestLimitDiagnostics(t *testing.T) {
	tests := []struct {
		expr  string
		line  int
		want  string
		other bool // another, ordinary, error is there too
	}{
		{`toset([for p in setproduct(range(1000), range(1000)) : "${p[0]}-${p[1]}"])`, 1,
			"setproduct: result would have up to 1000000 elements; a2z stops at 100000", false},
		{"[\n  1,\n  format(\"%01000000000d\", 1),\n]", 3, "format: result would have up to 1000000", false},
		{`length(join("", [for i in range(20) : format("%01000000d", i)]))`, 1, "join: result would have up to 20000", false},
		{`templatestring("$${indent(1000000000, \"a\\n\")}", {})`, 1, "indent: result would have up to 1000000002 bytes", false},
		{`matchkeys(range(1000), range(1000), concat(range(1000), range(1000), range(1000)))`, 1, "matchkeys: would compare up to 3000000 pairs of values", false},
		{`distinct(concat([for i in range(1000) : [i % 3]], [for i in range(1000) : [i % 3]], [for i in range(1000) : [i]]))`, 1,
			"distinct: would compare up to 4500000 pairs of values", false},
		{`jsondecode("[") == 1 ? 1 : length(setproduct(range(500), range(500)))`, 1, "setproduct", true},
	}
	for _, tc := range tests {
		v, diags := evalFn(t, tc.expr, functions())
		if !diags.HasErrors() || v.IsWhollyKnown() {
			t.Errorf("%s = %#v, want an error", tc.expr, v)
			continue
		}
		var sink diagSink
		sink.warnLimits(diags)
		sink.warnLimits(diags) // evaluated again: no repeat
		got := sink.diags
		if len(got) != 1 {
			if !tc.other || len(got) != 0 {
				t.Errorf("%s: %d limit diagnostics %v, want 1; from %v", tc.expr, len(got), got, diags)
			}
			continue
		}
		d := got[0]
		if d.Severity != parser.SeverityWarning || d.Summary != limitSummary || !strings.Contains(d.Detail, tc.want) ||
			d.Range.File != "test.tf" || d.Range.Start.Line != tc.line {
			t.Errorf("%s: got %+v, want a warning at test.tf:%d saying %q", tc.expr, d, tc.line, tc.want)
		}
	}
	// Ordinary errors stay unreported.
	_, diags := evalFn(t, `format("%d", "x") == tolist(aws_x.y)`, functions())
	if !diags.HasErrors() {
		t.Fatal("want an error")
	}
	var sink diagSink
	if sink.warnLimits(diags); len(sink.diags) != 0 {
		t.Errorf("ordinary errors reported: %v", sink.diags)
	}
	if sink.warnLimits(hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "x"}}); len(sink.diags) != 0 {
		t.Errorf("a diagnostic without a call reported: %v", sink.diags)
	}
}

// TestForOverBigCollections checks that for expressions over big
// collections, which hcl evaluates itself, still give the right values
// now that the conversions around them are linear: a for expression gives
// a tuple, and cty's conversion of a tuple to a set or list is quadratic
// (the first case took ten seconds, a 100,000-element tuple minutes).
func TestForOverBigCollections(t *testing.T) {
	tests := []struct {
		expr string
		want int
	}{
		{`length(toset([for p in setproduct(range(100), range(300)) : "${p[0]}-${p[1]}"]))`, 30_000},
		{`length(distinct([for i in flatten([for j in range(100) : range(1000)]) : i]))`, 1000},
		{`length(distinct([for i in flatten([for j in range(100) : range(1000)]) : "${i}"]))`, 1000},
		{`length(tolist([for i in flatten([for j in range(100) : range(1000)]) : { id = i }]))`, 100_000},
		{`length(tomap({ for p in setproduct(range(100), range(300)) : "${p[0]}-${p[1]}" => p[0] }))`, 30_000},
	}
	for _, tc := range tests {
		v, diags := evalFn(t, tc.expr, functions())
		if diags.HasErrors() {
			t.Errorf("%s: %s", tc.expr, diags.Error())
			continue
		}
		if !v.RawEquals(cty.NumberIntVal(int64(tc.want))) {
			t.Errorf("%s = %#v, want %d", tc.expr, v, tc.want)
		}
	}
	// Mixed element types are still converted by cty, up to a bound.
	v, diags := evalFn(t, `tolist(concat([true], [for i in range(5) : [for j in range(1024) : "x"]]...))`, functions())
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "elements of mixed types to convert; a2z stops at 5000") {
		t.Errorf("mixed tuple of 4097 elements converted: %#v %v", v, diags)
	}
}
