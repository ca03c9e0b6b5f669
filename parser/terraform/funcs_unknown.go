package terraform

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// unknownFunction stands in for a function a2z does not know (a provider
// function, or one from a newer Terraform): any arguments, unknown result,
// so only that call becomes unknown instead of the expression failing.
func unknownFunction() function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{
			Name: "args", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) { return cty.DynamicVal, nil },
	})
}

// calledFunctions lists, sorted and without repeats, the names of the
// functions called anywhere in expr, provider functions under their full
// "provider::aws::arn_parse" name. Only native syntax can be walked: for
// other expressions (JSON) it returns nil.
func calledFunctions(expr hcl.Expression) []string {
	se, ok := expr.(hclsyntax.Expression)
	if !ok {
		return nil
	}
	var names []string
	_ = hclsyntax.VisitAll(se, func(n hclsyntax.Node) hcl.Diagnostics {
		if call, ok := n.(*hclsyntax.FunctionCallExpr); ok {
			names = append(names, call.Name)
		}
		return nil
	})
	slices.Sort(names)
	return slices.Compact(names)
}

// withUnknownStubs returns funcs, or a copy of it with unknownFunction
// added for every function of called (see calledFunctions) that funcs
// lacks.
func withUnknownStubs(funcs map[string]function.Function, called []string) map[string]function.Function {
	var missing []string
	for _, name := range called {
		if _, ok := funcs[name]; !ok {
			missing = append(missing, name)
		}
	}
	if len(missing) == 0 {
		return funcs
	}
	out := make(map[string]function.Function, len(funcs)+len(missing))
	for k, v := range funcs {
		out[k] = v
	}
	stub := unknownFunction()
	for _, name := range missing {
		out[name] = stub
	}
	return out
}
