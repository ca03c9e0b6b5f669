package tffunc

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// identity passes its argument through untouched, marks and unknowns too.
// a2z does not track sensitivity or ephemerality, so sensitive,
// nonsensitive and ephemeralasnull are identities.
func identity() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{
			Name: "value", Type: cty.DynamicPseudoType,
			AllowUnknown: true, AllowNull: true, AllowMarked: true, AllowDynamicType: true,
		}},
		Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
	})
}

// Sensitive, Nonsensitive and EphemeralAsNull are identities (see above).
var (
	Sensitive       = identity()
	Nonsensitive    = identity()
	EphemeralAsNull = identity()
)

// IsSensitive is false for any known value: nothing a2z reads is marked.
var IsSensitive = function.New(&function.Spec{
	Params: []function.Parameter{{
		Name: "value", Type: cty.DynamicPseudoType,
		AllowUnknown: true, AllowNull: true, AllowMarked: true, AllowDynamicType: true,
	}},
	Type: function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if !args[0].IsKnown() {
			return cty.UnknownVal(cty.Bool), nil
		}
		return cty.False, nil
	},
})

// Unpredictable builds a function that accepts the given parameters but
// always returns an unknown value of type ret: for functions whose result
// depends on the clock, randomness, the machine or the network.
func Unpredictable(ret cty.Type, params []function.Parameter, varParam *function.Parameter) function.Function {
	open := func(p function.Parameter) function.Parameter {
		p.AllowUnknown, p.AllowNull, p.AllowMarked, p.AllowDynamicType = true, true, true, true
		return p
	}
	ps := make([]function.Parameter, len(params))
	for i, p := range params {
		ps[i] = open(p)
	}
	var vp *function.Parameter
	if varParam != nil {
		v := open(*varParam)
		vp = &v
	}
	return function.New(&function.Spec{
		Params:   ps,
		VarParam: vp,
		Type:     function.StaticReturnType(ret),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.UnknownVal(ret), nil
		},
	})
}

func str(name string) function.Parameter { return function.Parameter{Name: name, Type: cty.String} }

// Impure or environment-dependent Terraform functions, unknown on purpose.
var (
	Timestamp     = Unpredictable(cty.String, nil, nil)
	PlanTimestamp = Unpredictable(cty.String, nil, nil)
	UUID          = Unpredictable(cty.String, nil, nil)
	Bcrypt        = Unpredictable(cty.String, []function.Parameter{str("str")}, &function.Parameter{Name: "cost", Type: cty.Number})
	AbsPath       = Unpredictable(cty.String, []function.Parameter{str("path")}, nil)
	PathExpand    = Unpredictable(cty.String, []function.Parameter{str("path")}, nil)
	RSADecrypt    = Unpredictable(cty.String, []function.Parameter{str("ciphertext"), str("privatekey")}, nil)
)
