package mappings

import (
	"fmt"
	"slices"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/a2z/a2z/parser"

	"github.com/a2z/a2z/internal/tffunc"
)

// Variable names a condition may refer to.
const (
	varSelf   = "self"
	varSource = "source"
)

// functions is the table conditions may call. It is small on purpose: a
// condition inspects attributes, it does not compute.
//
//	try, can              tolerate missing attributes (see tryFunc and canFunc)
//	lower, upper          case folding
//	contains(list, v)     membership
//	length(v)             characters of a string, elements of a collection
//	coalesce(a, …)        first non-null, non-empty argument
//	regex(pattern, s)     use as can(regex(…)) for a match test
//	startswith, endswith  prefix and suffix tests
//	lookup(map, key, def) map access with a default
//	keys(map)             map keys
//	anytrue, alltrue      reduce a list of bools (unknown elements stay unknown)
//	tostring, tonumber    conversions (CloudFormation often carries "true"/"5")
//	jsonencode(v)         to match inside CloudFormation policy documents
var functions = sync.OnceValue(func() map[string]function.Function {
	return map[string]function.Function{
		"try":        tryFunc,
		"can":        canFunc,
		"lower":      stdlib.LowerFunc,
		"upper":      stdlib.UpperFunc,
		"contains":   stdlib.ContainsFunc,
		"length":     tffunc.Length,
		"coalesce":   stdlib.CoalesceFunc,
		"regex":      stdlib.RegexFunc,
		"startswith": tffunc.StartsWith,
		"endswith":   tffunc.EndsWith,
		"lookup":     stdlib.LookupFunc,
		"keys":       stdlib.KeysFunc,
		"anytrue":    reduceBoolFunc(true),
		"alltrue":    reduceBoolFunc(false),
		"tostring":   stdlib.MakeToFunc(cty.String),
		"tonumber":   stdlib.MakeToFunc(cty.Number),
		"jsonencode": stdlib.JSONEncodeFunc,
	}
})

// FunctionNames lists the functions conditions may call, sorted.
func FunctionNames() []string {
	names := make([]string, 0, len(functions()))
	for n := range functions() {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// EvalContext returns the context conditions are evaluated in: self is the
// resource's attributes (a nil or null value becomes an empty object), source
// is "terraform" or "cloudformation", and the function table above.
func EvalContext(self cty.Value, source parser.Source) *hcl.EvalContext {
	if self == cty.NilVal || (self.IsKnown() && self.IsNull()) {
		self = cty.EmptyObjectVal
	}
	return &hcl.EvalContext{
		Variables: map[string]cty.Value{
			varSelf:   self,
			varSource: cty.StringVal(string(source)),
		},
		Functions: functions(),
	}
}

// Truth is the result of a condition: known true, known false, or unknown
// (the attributes it reads are not statically known, so it may apply).
type Truth int

// Truth values.
const (
	False Truth = iota
	True
	Unknown
)

func (t Truth) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}

// Eval evaluates a condition. A nil expression is always true; a null result
// is false. A condition that fails (which the load-time checks make unlikely)
// is Unknown, with the diagnostics saying why; Eval never panics.
func Eval(when hcl.Expression, ctx *hcl.EvalContext) (Truth, hcl.Diagnostics) {
	if when == nil {
		return True, nil
	}
	v, diags := evalSafe(when, ctx)
	if diags.HasErrors() {
		return Unknown, diags
	}
	return truth(v, when.Range())
}

func panicDiagnostic(expr hcl.Expression, r any) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Condition panicked",
		Detail:   fmt.Sprint(r),
		Subject:  expr.Range().Ptr(),
	}
}

// truth turns a condition's value into a Truth.
func truth(v cty.Value, rng hcl.Range) (Truth, hcl.Diagnostics) {
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() {
		return Unknown, nil
	}
	if v.IsNull() {
		return False, nil
	}
	b, err := convert.Convert(v, cty.Bool)
	if err != nil {
		return Unknown, hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Condition is not a bool",
			Detail:   fmt.Sprintf("A condition must produce true or false, not %s.", v.Type().FriendlyName()),
			Subject:  rng.Ptr(),
		}}
	}
	if !b.IsKnown() {
		return Unknown, nil
	}
	if b.True() {
		return True, nil
	}
	return False, nil
}

// reduceBoolFunc builds anytrue (any=true) and alltrue (any=false). Null
// elements count as false; unknown elements make the result unknown unless a
// known element already decides it.
func reduceBoolFunc(any bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			unknown := false
			for it := args[0].ElementIterator(); it.Next(); {
				_, v := it.Element()
				v, _ = v.Unmark()
				if !v.IsKnown() {
					unknown = true
					continue
				}
				b := !v.IsNull() && v.True()
				if b == any {
					return cty.BoolVal(any), nil
				}
			}
			if unknown {
				return cty.UnknownVal(cty.Bool), nil
			}
			return cty.BoolVal(!any), nil
		},
	})
}

// Select picks the target for one resource: the first conditional target
// whose condition is true, otherwise the default. Maybe lists the conditional
// targets before the chosen one whose conditions are unknown (they could
// apply once the attributes are known); when Maybe is empty the choice is
// certain.
func (m *Mapping) Select(ctx *hcl.EvalContext) (chosen *Target, maybe []*Target) {
	return m.selectBy(func(e hcl.Expression) Truth {
		t, _ := Eval(e, ctx)
		return t
	})
}

// selectBy is Select with conditions decided by truth (Subject.Select's
// memoised evaluation, or Eval).
func (m *Mapping) selectBy(truth func(hcl.Expression) Truth) (chosen *Target, maybe []*Target) {
	for i := range m.Targets {
		t := &m.Targets[i]
		switch truth(t.When) {
		case True:
			return t, maybe
		case Unknown:
			maybe = append(maybe, t)
		}
	}
	return &m.Default, maybe
}

// tryFunc and canFunc follow hcl's ext/tryfunc, with unknowns handled for
// static analysis, where most attributes that reference other resources are
// unknown. tryfunc gives up on any argument that is not wholly known, so
// try(self.ingress, []) would be unknown as soon as one rule references a
// security group, and can(self.nat_gateway_id) would be unknown whenever the
// gateway ID is. Here:
//
//   - try returns the first argument that evaluates without error, even when
//     parts of it are unknown (an argument that is entirely unknown is
//     returned as is, so the result stays unknown);
//   - can of an attribute or index path (can(self.a.b[0].c)) is true when the
//     path exists, whatever its value: the attribute is set. It is unknown
//     only when the value holding the last step is unknown;
//   - can of any other expression is false on error, true when the result is
//     wholly known, and unknown otherwise (an unknown input could still fail).
var (
	tryFunc = function.New(&function.Spec{
		Description: "Returns the first argument that evaluates without error.",
		VarParam:    &function.Parameter{Name: "expressions", Type: customdecode.ExpressionClosureType},
		// The type is whatever the chosen argument gives: deciding it here
		// would evaluate the arguments twice (four times for a nested try).
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return tryImpl(args)
		},
	})
	canFunc = function.New(&function.Spec{
		Description: "Tells whether an expression evaluates without error.",
		Params:      []function.Parameter{{Name: "expression", Type: customdecode.ExpressionClosureType}},
		Type:        function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return canImpl(customdecode.ExpressionClosureFromVal(args[0])), nil
		},
	})
)

func tryImpl(args []cty.Value) (cty.Value, error) {
	if len(args) == 0 {
		return cty.NilVal, fmt.Errorf("at least one argument is required")
	}
	var last hcl.Diagnostics
	for _, arg := range args {
		v, diags := customdecode.ExpressionClosureFromVal(arg).Value()
		if !diags.HasErrors() {
			return v, nil
		}
		last = diags
	}
	return cty.NilVal, fmt.Errorf("no argument succeeded; the last failed with: %s", last.Error())
}

func canImpl(c *customdecode.ExpressionClosure) cty.Value {
	if st, ok := c.Expression.(*hclsyntax.ScopeTraversalExpr); ok && len(st.Traversal) > 1 {
		n := len(st.Traversal)
		holder, diags := st.Traversal[:n-1].TraverseAbs(c.EvalContext)
		if diags.HasErrors() {
			return cty.False
		}
		if !holder.IsKnown() {
			return cty.UnknownVal(cty.Bool)
		}
		step, ok := st.Traversal[n-1].(interface {
			TraversalStep(cty.Value) (cty.Value, hcl.Diagnostics)
		})
		if !ok {
			return cty.False
		}
		if _, diags := step.TraversalStep(holder); diags.HasErrors() {
			return cty.False
		}
		return cty.True
	}
	v, diags := c.Value()
	switch {
	case diags.HasErrors():
		return cty.False
	case !v.IsWhollyKnown():
		return cty.UnknownVal(cty.Bool)
	}
	return cty.True
}
