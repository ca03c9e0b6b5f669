package terraform

import (
	"errors"
	"fmt"
	"reflect"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/tffunc"
)

// maxIterations bounds the elements the for expressions of one root
// module's evaluation iterate over, all counted: three nested loops over
// range(1000) are a billion iterations, minutes of work and gigabytes of
// values for one line of a file. Real configurations loop over lists of
// tens or thousands of elements.
const maxIterations = 1_000_000

// loopSummary is the warning of a for expression left unknown.
const loopSummary = "Too many loop iterations"

// errIterations is the error of a templatefile or templatestring call whose
// template went over the bound; each call counts its own iterations.
var errIterations = errors.New("too many loop iterations")

// maxTemplateBytes bounds the text the string templates of one root
// module's evaluation build, all counted: "%{for i in range(100000)}${local.big}%{endfor}"
// would otherwise build a string of 100,000 copies (hcl builds a template's
// text as it evaluates its parts, and cty normalises each result, at about
// 30 MB/s). Only interpolated values count, not a template's literal text:
// real configurations interpolate names and ARNs, a few hundred bytes per
// resource.
const maxTemplateBytes = 32 << 20

// templateSummary is the warning of a template left unknown.
const templateSummary = "Template text too large"

// iterations counts a run's for-expression iterations, and the bytes its
// templates interpolate. Each root is evaluated on one goroutine; atomic
// only keeps the race detector content should that change.
type iterations struct{ n, bytes atomic.Int64 }

// charge adds n and reports whether the total is still within the bound.
func (it *iterations) charge(n int64) bool { return it.n.Add(n) <= maxIterations }

// chargeText adds n bytes of template text and reports whether the total
// is still within the bound.
func (it *iterations) chargeText(n int64) bool { return it.bytes.Add(n) <= maxTemplateBytes }

// budgetVar is the name under which an evaluation context carries the
// run's counter. It is not an identifier, so no expression can name it.
const budgetVar = "\x00iterations"

var iterationsType = cty.Capsule("iterations", reflect.TypeFor[iterations]())

// newIterations is a new counter, as the value the context carries.
func newIterations() cty.Value { return cty.CapsuleVal(iterationsType, &iterations{}) }

// countedColl is a for expression's collection, charged to the counter of
// the evaluation it is part of (found in its context) before the loop runs.
// It embeds a parentheses node around the original so that it is an
// hclsyntax node whose walks (Variables) still reach the original.
type countedColl struct {
	*hclsyntax.ParenthesesExpr
}

func (c countedColl) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	v, diags := c.Expression.Value(ctx)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || !v.CanIterateElements() {
		return v, diags
	}
	if it := counterIn(ctx); it == nil || it.charge(int64(v.LengthInt())) {
		return v, diags
	}
	return exceeded(diags, c.Range(), loopSummary, fmt.Sprintf(
		"With the loops evaluated before it, this for expression would iterate more than %d times in this module's evaluation; a2z leaves it unknown.",
		maxIterations))
}

// exceeded is the value and diagnostics of an expression past a bound.
func exceeded(diags hcl.Diagnostics, rng hcl.Range, summary, detail string) (cty.Value, hcl.Diagnostics) {
	return cty.DynamicVal, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: &rng})
}

// sizedPart is an interpolation in a string template, its text charged to
// the counter of the evaluation it is part of before hcl appends it to the
// template's text. (Literal parts are left alone: the source bounds them,
// and a literal template must stay recognisable as one.)
type sizedPart struct {
	*hclsyntax.ParenthesesExpr
}

func (p sizedPart) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	v, diags := p.Expression.Value(ctx)
	u, _ := v.Unmark()
	if diags.HasErrors() || !u.IsKnown() || u.IsNull() || u.Type() != cty.String {
		return v, diags
	}
	if it := counterIn(ctx); it == nil || it.chargeText(int64(len(u.AsString()))) {
		return v, diags
	}
	return exceeded(diags, p.Range(), templateSummary, fmt.Sprintf(
		"With the templates evaluated before it, this interpolation would bring the text templates build in this module's evaluation past %d MiB; a2z leaves it unknown.",
		maxTemplateBytes>>20))
}

func counterIn(ctx *hcl.EvalContext) *iterations {
	for c := ctx; c != nil; c = c.Parent() {
		if v, ok := c.Variables[budgetVar]; ok {
			return v.EncapsulatedValue().(*iterations)
		}
	}
	return nil
}

// harden prepares a parsed tree for evaluation, in one walk: every for
// expression counts its iterations, every template interpolation its text,
// and the arithmetic and comparison operators and index keys are guarded
// against numbers out of range (numlimit). It reports whether there was anything to count
// (the evaluation context must then carry the counter). Every native file, template
// and tfvars value is walked once parsed: no byte pattern finds every for
// expression ([ /* */ for ...), and the walk costs about 3% of parsing.
func harden(n hclsyntax.Node) (loops bool) {
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		tffunc.GuardNode(n)
		switch e := n.(type) {
		case *hclsyntax.ForExpr:
			if _, done := e.CollExpr.(countedColl); !done {
				e.CollExpr = countedColl{&hclsyntax.ParenthesesExpr{Expression: e.CollExpr, SrcRange: e.CollExpr.Range()}}
			}
			loops = true
		case *hclsyntax.IndexExpr:
			if _, done := e.Key.(checkedKey); !done {
				e.Key = checkedKey{&hclsyntax.ParenthesesExpr{Expression: e.Key, SrcRange: e.Key.Range()}}
			}
		case *hclsyntax.TemplateExpr:
			for i, part := range e.Parts {
				switch part.(type) {
				case *hclsyntax.LiteralValueExpr, sizedPart:
					continue
				}
				e.Parts[i] = sizedPart{&hclsyntax.ParenthesesExpr{Expression: part, SrcRange: part.Range()}}
				loops = true
			}
		}
		return nil
	})
	return loops
}

// constContext is the context for an expression that may not refer to
// anything (a variable's default, a tfvars value): nil, as hcl expects,
// unless it has for expressions, which then count their iterations. (hcl
// then says "Unknown variable" rather than "Variables not allowed" for a
// reference in it.)
func (m *module) constContext(expr hcl.Expression) *hcl.EvalContext {
	n, ok := expr.(hclsyntax.Node)
	if !ok {
		return nil
	}
	loops := false
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		_, isFor := n.(*hclsyntax.ForExpr)
		loops = loops || isFor
		return nil
	})
	if !loops {
		return nil
	}
	ctx := &hcl.EvalContext{}
	m.withCounter(ctx)
	return ctx
}

// withCounter adds the run's counter to ctx's variables.
func (m *module) withCounter(ctx *hcl.EvalContext) {
	if ctx.Variables == nil {
		ctx.Variables = map[string]cty.Value{}
	}
	ctx.Variables[budgetVar] = m.run.loops
}

// maxValueNodes bounds the values (elements and attributes, at every
// depth) an expression's result may hold, a string counting one per
// stringBytes bytes too. Values share structure: twenty locals that each
// make [local.prev, local.prev] build a tree of a million leaves at no
// cost, and everything that walks it (knowing whether it is wholly known,
// comparing, encoding) takes time exponential in the number of such lines;
// "${local.prev}${local.prev}" doubles a string's memory each time. A
// result over the bound is left unknown, so it feeds nothing bigger.
const (
	maxValueNodes = 1_000_000
	stringBytes   = 32
)

const valueSummary = "Value too large"

// wholly is cty's IsWhollyKnown, walking at most maxValueNodes values:
// small is false, and known meaningless, when the value holds more.
func wholly(v cty.Value) (known, small bool) {
	n := 0
	var walk func(v cty.Value) bool
	walk = func(v cty.Value) bool {
		if n++; n > maxValueNodes {
			return false
		}
		v, _ = v.Unmark()
		if !v.IsKnown() {
			known = false
			return true
		}
		if v.IsNull() {
			return true
		}
		if ty := v.Type(); ty == cty.String {
			n += len(v.AsString()) / stringBytes
			return n <= maxValueNodes
		} else if ty.IsPrimitiveType() || ty.IsCapsuleType() {
			return true
		}
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			if !walk(e) {
				return false
			}
		}
		return true
	}
	known = true
	small = walk(v)
	return known, small
}
