package tffunc

import (
	"fmt"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/a2z/a2z/internal/numlimit"
)

// Guard wraps f so that a call fails with numlimit.ErrOutOfRange when an
// argument (a number, or a collection's number elements) or the result
// holds a number out of range, or a string argument holds more than
// numlimit.MaxDigits digits in a row. The wrapper converts the arguments to
// f's parameter types itself (see converting), after that check: hcl would
// convert first, and turning a string of a million digits into a number
// takes minutes (cty's parse is quadratic in the digits). "1e100000000"
// given for a number parameter is caught once converted. The parameters
// keep f's flags for null, unknown and marked values.
func Guard(name string, f function.Function) function.Function {
	return guard(name, f, false)
}

// GuardText is Guard for functions that may read numbers out of their
// string arguments themselves (format's %d): a string argument, or a
// string inside one, that numlimit.SuspectText flags fails the call too.
func GuardText(name string, f function.Function) function.Function {
	return guard(name, f, true)
}

func guard(name string, f function.Function, text bool) function.Function {
	open := func(p function.Parameter) function.Parameter {
		p.Type, p.AllowDynamicType = cty.DynamicPseudoType, true
		return p
	}
	outOfRange := fmt.Errorf("%s: %w", name, numlimit.ErrOutOfRange)
	arg := func(i int, a cty.Value, ty cty.Type) (cty.Value, error) {
		if numlimit.LongNumeralString(a) || text && numlimit.SuspectStrings(a) {
			return cty.NilVal, outOfRange
		}
		v, err := argument(name, i, a, ty)
		if err == nil && !numlimit.ValueInRange(v) {
			return cty.NilVal, outOfRange
		}
		return v, err
	}
	result := func(v cty.Value) error {
		if !numlimit.ValueInRange(v) {
			return outOfRange
		}
		return nil
	}
	return converting(f, open, arg, nil, result)
}

// guardedOps maps hcl's arithmetic and comparison operations to copies
// whose functions are guarded (Guard): squaring a local twenty times, or
// 1e1000 * 1e1000 * ..., makes numbers no literal bound catches, and an
// operand may be a string of a million digits. Built once; hcl's own
// operations are left as they are.
var guardedOps = sync.OnceValue(func() map[*hclsyntax.Operation]*hclsyntax.Operation {
	out := map[*hclsyntax.Operation]*hclsyntax.Operation{}
	for name, op := range map[string]*hclsyntax.Operation{
		"+": hclsyntax.OpAdd, "-": hclsyntax.OpSubtract, "*": hclsyntax.OpMultiply,
		"/": hclsyntax.OpDivide, "%": hclsyntax.OpModulo, "negation": hclsyntax.OpNegate,
		">": hclsyntax.OpGreaterThan, ">=": hclsyntax.OpGreaterThanOrEqual,
		"<": hclsyntax.OpLessThan, "<=": hclsyntax.OpLessThanOrEqual,
	} {
		g := *op
		g.Impl = Guard(name, op.Impl)
		out[op] = &g
	}
	return out
})

// GuardOperators makes the operator expressions under n use guarded
// operations, in place. Call it on what a parser returns, before
// evaluating it.
func GuardOperators(n hclsyntax.Node) {
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		GuardNode(n)
		return nil
	})
}

// GuardNode guards n itself when it is an arithmetic or comparison
// expression, for callers that walk a tree for their own reasons.
func GuardNode(n hclsyntax.Node) {
	switch e := n.(type) {
	case *hclsyntax.BinaryOpExpr:
		if g, ok := guardedOps()[e.Op]; ok {
			e.Op = g
		}
	case *hclsyntax.UnaryOpExpr:
		if g, ok := guardedOps()[e.Op]; ok {
			e.Op = g
		}
	}
}
