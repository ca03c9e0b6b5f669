package terraform

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/a2z/a2z/internal/numlimit"
)

// jsonEvalSeeds are JSON documents whose top-level properties are evaluated
// both by hcl and by evalJSON.
var jsonEvalSeeds = []string{
	`{"a": "x", "b": 1.5, "c": true, "d": null, "e": [], "f": {}}`,
	`{"t": "${var.x}-${upper(var.x)}", "u": "${var.u}", "p": "pre-${var.u}"}`,
	`{"o": {"${var.x}": 1, "k": [1, "two", {"n": "${var.x}"}]}, "unknown_key": {"${var.u}": 1, "z": 2}}`,
	`{"dup": {"a": 1, "a": 2}, "dupt": {"${var.x}": 1, "hello": 2}, "nullkey": {"${null}": 1}}`,
	`{"f": "${[for i in range(3) : i * 2]}", "d": "%{ for i in range(2) }${i},%{ endfor }", "m": "${{for k, v in {a = 1} : k => v}}"}`,
	`{"bad": "${", "badkey": {"${": 1}, "esc": "a\"b\\c $${x} %%{y}", "num": "${1e10 + 1}"}`,
	`{"deep": [[["${var.x}"]], {"a": {"b": {"c": "${var.u}"}}}]}`,
}

func jsonEvalContext() *hcl.EvalContext {
	return &hcl.EvalContext{
		Variables: map[string]cty.Value{"var": cty.ObjectVal(map[string]cty.Value{
			"x": cty.StringVal("hello"), "u": cty.UnknownVal(cty.String),
		})},
		Functions: map[string]function.Function{"upper": stdlib.UpperFunc, "range": stdlib.RangeFunc},
	}
}

// checkJSONEval evaluates every top-level property of src both ways and
// reports any difference in value or in the diagnostics' summaries and
// places. One difference is deliberate: a2z guards the arithmetic and
// comparison operators of the templates it parses (tffunc.GuardOperators),
// converting operands itself, so an operand that does not convert is
// reported differently ("Operation failed" at the operation, where hcl says
// "Invalid operand" at the operand, and not at all when the other operand
// failed too). a2z reports neither (only its bounds' warnings), so where
// src may hold an operator only the values and whether there were errors
// are compared.
func checkJSONEval(t *testing.T, src string) {
	f, diags := hcljson.Parse([]byte(src), "x.tf.json")
	if diags.HasErrors() {
		return
	}
	attrs, diags := f.Body.JustAttributes()
	if diags.HasErrors() {
		return
	}
	m := &module{diagSink: &diagSink{}}
	for name, a := range attrs {
		want, wd := a.Expr.Value(jsonEvalContext())
		got, gd := m.evalJSON(a.Expr, jsonEvalContext())
		if !got.RawEquals(want) {
			t.Errorf("%s in %s: evalJSON = %#v, hcl = %#v", name, src, got, want)
		}
		if strings.ContainsAny(src, "+-*/%<>") {
			if gd.HasErrors() != wd.HasErrors() {
				t.Errorf("%s in %s: evalJSON diagnostics %v, hcl %v", name, src, gd, wd)
			}
			continue
		}
		if len(gd) != len(wd) {
			t.Errorf("%s in %s: evalJSON diagnostics %v, hcl %v", name, src, gd, wd)
			continue
		}
		for i := range gd {
			if gd[i].Summary != wd[i].Summary || gd[i].Subject.String() != wd[i].Subject.String() {
				t.Errorf("%s in %s: diagnostic %d: evalJSON %q at %s, hcl %q at %s", name, src, i, gd[i].Summary, gd[i].Subject, wd[i].Summary, wd[i].Subject)
			}
		}
	}
}

func TestJSONEvalMatchesHCL(t *testing.T) {
	for _, src := range jsonEvalSeeds {
		checkJSONEval(t, src)
	}
}

// FuzzJSONEval: on any JSON within a2z's bounds, evalJSON is hcl's JSON
// evaluation.
func FuzzJSONEval(f *testing.F) {
	for _, s := range jsonEvalSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if _, suspect := numlimit.Scan(src); suspect || len(src) > 4096 {
			return // bounded by design, or too slow to compare
		}
		checkJSONEval(t, src)
	})
}
