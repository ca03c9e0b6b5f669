package numlimit

import (
	"errors"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// ErrOutOfRange is the error of an operation or function whose operand or
// result is out of range.
var ErrOutOfRange = errors.New(Message)

// guardedOps maps hcl's arithmetic and comparison operations to copies
// whose functions are guarded (Guard): squaring a local twenty times, or
// 1e1000 * 1e1000 * ..., makes numbers no literal bound catches, and an
// operand may be a string of a million digits. Built once; hcl's own
// operations are left as they are.
var guardedOps = sync.OnceValue(func() map[*hclsyntax.Operation]*hclsyntax.Operation {
	out := map[*hclsyntax.Operation]*hclsyntax.Operation{}
	for _, op := range []*hclsyntax.Operation{
		hclsyntax.OpAdd, hclsyntax.OpSubtract, hclsyntax.OpMultiply,
		hclsyntax.OpDivide, hclsyntax.OpModulo, hclsyntax.OpNegate,
		hclsyntax.OpGreaterThan, hclsyntax.OpGreaterThanOrEqual,
		hclsyntax.OpLessThan, hclsyntax.OpLessThanOrEqual,
	} {
		g := *op
		g.Impl = Guard(op.Impl)
		out[op] = &g
	}
	return out
})

// GuardOperator returns the guarded copy of an arithmetic or comparison
// operation, or op itself.
func GuardOperator(op *hclsyntax.Operation) *hclsyntax.Operation {
	if g, ok := guardedOps()[op]; ok {
		return g
	}
	return op
}

// GuardOperators makes the operator expressions under n use guarded
// operations (GuardOperator), in place. Call it on what a parser returns,
// before evaluating it.
func GuardOperators(n hclsyntax.Node) {
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		GuardNode(n)
		return nil
	})
}

// GuardNode guards n itself when it is an operator expression, for callers
// that walk a tree for their own reasons.
func GuardNode(n hclsyntax.Node) {
	switch e := n.(type) {
	case *hclsyntax.BinaryOpExpr:
		e.Op = GuardOperator(e.Op)
	case *hclsyntax.UnaryOpExpr:
		e.Op = GuardOperator(e.Op)
	}
}

// Guard wraps f so that a call fails with ErrOutOfRange when an argument (a
// number, or a collection's number elements) or the result holds a number
// out of range, or a string argument holds more than MaxDigits digits in a
// row. Guard converts the arguments to f's parameter types itself, after
// that check: hcl converts arguments before the call, and turning a string
// of a million digits into a number takes minutes (cty's parse is quadratic
// in the digits). "1e100000000" given for a number parameter is caught once
// converted.
func Guard(f function.Function) function.Function {
	params, vp := f.Params(), f.VarParam()
	open := func(p function.Parameter) function.Parameter {
		p.Type, p.AllowDynamicType = cty.DynamicPseudoType, true
		return p
	}
	opened := make([]function.Parameter, len(params))
	for i, p := range params {
		opened[i] = open(p)
	}
	var openedVP *function.Parameter
	if vp != nil {
		o := open(*vp)
		openedVP = &o
	}
	conv := func(args []cty.Value) ([]cty.Value, error) {
		out := make([]cty.Value, len(args))
		for i, a := range args {
			p := vp
			if i < len(params) {
				p = &params[i]
			}
			if p == nil {
				out[i] = a // too many arguments: f reports it
				continue
			}
			if longNumeral(a) {
				return nil, ErrOutOfRange
			}
			c, err := convert.Convert(a, p.Type)
			if err != nil {
				return nil, function.NewArgError(i, err)
			}
			if !ValueInRange(c) {
				return nil, ErrOutOfRange
			}
			out[i] = c
		}
		return out, nil
	}
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      opened,
		VarParam:    openedVP,
		Type: func(args []cty.Value) (cty.Type, error) {
			c, err := conv(args)
			if err != nil {
				return cty.DynamicPseudoType, err
			}
			return f.ReturnTypeForValues(c)
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			c, err := conv(args)
			if err != nil {
				return cty.UnknownVal(retType), err
			}
			v, err := f.Call(c)
			if err == nil && !ValueInRange(v) {
				return cty.UnknownVal(retType), ErrOutOfRange
			}
			return v, err
		},
	})
}

// wrap is a function with f's parameters and return type, and impl.
func wrap(f function.Function, impl function.ImplFunc) function.Function {
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type:        f.ReturnTypeForValues,
		Impl:        impl,
	})
}

// GuardText is Guard for functions that may read numbers out of their
// string arguments themselves (format's %d): a string argument, or a string
// element of a list argument, that SuspectText flags fails the call too.
func GuardText(f function.Function) function.Function {
	g := Guard(f)
	return wrap(f, func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		for _, a := range args {
			if suspectStrings(a) {
				return cty.UnknownVal(retType), ErrOutOfRange
			}
		}
		return g.Call(args)
	})
}

// longNumeral reports whether v is a known string with a run of more than
// MaxDigits digits.
func longNumeral(v cty.Value) bool {
	v, _ = v.Unmark()
	if v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
		return false
	}
	long, _ := Scan(v.AsString())
	return long > 0
}

// suspectStrings reports whether a string in v holds a numeral out of
// bounds.
func suspectStrings(v cty.Value) bool {
	return anyLeaf(v, nil, func(l cty.Value) bool { return l.Type() == cty.String && SuspectText(l.AsString()) })
}
