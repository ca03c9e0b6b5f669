package tffunc

import (
	"errors"
	"fmt"
	"math"
	"sync/atomic"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// A scanned file is untrusted: a few lines such as
// setproduct(range(1000), range(1000)) or format("%01000000000d", 1) would
// otherwise take minutes or gigabytes. The functions below estimate the size
// of a result from their arguments before computing it and fail with a
// *LimitError when it is over a limit, so only that call fails.
const (
	// MaxElements bounds the elements of a collection a function returns.
	MaxElements = 100_000
	// MaxStringBytes bounds a string a function returns. It matches the
	// largest file the file functions read, so any such file still fits.
	MaxStringBytes = 16 << 20
	// MaxMixedElements bounds a tuple or object of mixed element types
	// converted to a collection: cty unifies element types pairwise, in
	// time quadratic in their number.
	MaxMixedElements = 5_000
	// MaxComparisons bounds the pairs of values a function compares one by
	// one (matchkeys, distinct on lists of structures): a second or so.
	MaxComparisons = 2_000_000
)

// LimitError reports a result over one of the limits above.
type LimitError struct {
	Func  string // the Terraform function
	What  string // "elements", "bytes", "comparisons"...
	Size  int64  // the estimated size (an upper bound)
	Limit int64
	// Total is set when the call is within the per-call limit but the
	// table's budget is spent.
	Total bool
}

func (e *LimitError) Error() string {
	if e.What == "comparisons" {
		return fmt.Sprintf("%s: would compare up to %s pairs of values; a2z stops at %d", e.Func, sizeText(e.Size), e.Limit)
	}
	if e.Total {
		return fmt.Sprintf("%s: with the results of earlier calls, would come to %s %s; a2z stops at %d", e.Func, sizeText(e.Size), e.What, e.Limit)
	}
	return fmt.Sprintf("%s: result would have up to %s %s; a2z stops at %d", e.Func, sizeText(e.Size), e.What, e.Limit)
}

func sizeText(n int64) string {
	if n == math.MaxInt64 {
		return "too many"
	}
	return fmt.Sprint(n)
}

// IsLimitError reports whether err, or an error it wraps, is a *LimitError.
func IsLimitError(err error) bool {
	var le *LimitError
	return errors.As(err, &le)
}

// Budget bounds what the functions of one table produce altogether. Each
// call is bounded on its own, but a for expression or template can make a
// thousand calls per level of nesting, each just under the limit; once the
// table's results add up to BudgetBytes or BudgetElements, further calls
// fail. The sums are of estimates (upper bounds) made before each call.
type Budget struct {
	bytesUsed, elementsUsed atomic.Int64
}

// The budget of one table: 16 calls at the per-call limit.
const (
	BudgetBytes    = 16 * MaxStringBytes
	BudgetElements = 16 * MaxElements
)

// noBudget checks the per-call limits only.
var noBudget *Budget

// overComparisons checks n pairwise comparisons against MaxComparisons.
func overComparisons(name string, n int64) error {
	if n > MaxComparisons {
		return &LimitError{Func: name, What: "comparisons", Size: n, Limit: MaxComparisons}
	}
	return nil
}

// elements checks a result of n elements against the per-call limit and
// charges it to b (a nil b charges nothing).
func (b *Budget) elements(name string, n int64) error {
	if n > MaxElements {
		return &LimitError{Func: name, What: "elements", Size: n, Limit: MaxElements}
	}
	if b != nil {
		if used := b.elementsUsed.Add(n); used > BudgetElements {
			return &LimitError{Func: name, What: "elements", Size: used, Limit: BudgetElements, Total: true}
		}
	}
	return nil
}

// bytes is elements for a string result of n bytes.
func (b *Budget) bytes(name string, n int64) error {
	if n > MaxStringBytes {
		return &LimitError{Func: name, What: "bytes", Size: n, Limit: MaxStringBytes}
	}
	if b != nil {
		if used := b.bytesUsed.Add(n); used > BudgetBytes {
			return &LimitError{Func: name, What: "bytes", Size: used, Limit: BudgetBytes, Total: true}
		}
	}
	return nil
}

// satAdd and satMul saturate instead of overflowing.
func satAdd(a, b int64) int64 {
	if b > 0 && a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

func satMul(a, b int64) int64 {
	if a != 0 && b > math.MaxInt64/a {
		return math.MaxInt64
	}
	return a * b
}

// known returns v unmarked when it is known and not null. Unmarking is
// shallow: a deep unmark copies the whole value, and a2z marks nothing.
func known(v cty.Value) (cty.Value, bool) {
	v, _ = v.Unmark()
	return v, v.IsKnown() && !v.IsNull()
}

// lengthOf is the number of elements of a known collection or structure.
func lengthOf(v cty.Value) (int64, bool) {
	v, ok := known(v)
	if !ok || !v.CanIterateElements() {
		return 0, false
	}
	return int64(v.LengthInt()), true
}

// strOf is a known string argument.
func strOf(v cty.Value) (string, bool) {
	v, ok := known(v)
	if !ok || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// numberLen bounds the characters of a number written in decimal: its
// binary exponent gives the digits before the point (1e100000000 has a
// hundred million), plus sign, point and cty's 512 bits of precision.
func numberLen(v cty.Value) int64 {
	f := v.AsBigFloat()
	if f.IsInf() {
		return 4
	}
	exp := int64(f.MantExp(nil))
	if exp < 0 {
		exp = -exp
	}
	return exp*31/100 + 160
}

// encodedSize bounds the length of v encoded as JSON or YAML, stopping as
// soon as it passes limit: values share structure, so
// [local.x, local.x] doubles in size at no cost and walking it all could
// take forever. Each element costs its indentation plus some punctuation.
func encodedSize(v cty.Value, depth int, limit int64) int64 {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return 8
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return int64(len(v.AsString())) + 2
	case ty == cty.Number:
		return numberLen(v)
	case v.CanIterateElements():
		total := int64(2)
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			total = satAdd(total, int64(16+2*depth))
			if ty.IsMapType() || ty.IsObjectType() {
				total = satAdd(total, int64(len(k.AsString())))
			}
			total = satAdd(total, encodedSize(e, depth+1, limit-total))
			if total > limit {
				return total
			}
		}
		return total
	}
	return 8
}

func isSequence(ty cty.Type) bool { return ty.IsListType() || ty.IsSetType() || ty.IsTupleType() }

// leaves counts what flatten returns: the non-sequence values inside nested
// lists, sets and tuples, stopping past limit.
func leaves(v cty.Value, limit int64) int64 {
	v, _ = v.Unmark()
	ty := v.Type()
	if !v.IsKnown() || v.IsNull() || !isSequence(ty) {
		return 1
	}
	var n int64
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		n = satAdd(n, leaves(e, limit-n))
		if n > limit {
			return n
		}
	}
	return n
}

// Bounded wraps f so that check runs on the arguments before f does. Its
// parameters take anything and the wrapper converts the arguments to f's
// parameter types itself, as hcl would, so that a big tuple converts in
// linear time (see convertArg) and check sees the arguments first.
func Bounded(name string, f function.Function, check func(args []cty.Value) error) function.Function {
	open := func(p function.Parameter) function.Parameter {
		return function.Parameter{
			Name: p.Name, Description: p.Description, Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
		}
	}
	arg := func(i int, a cty.Value, ty cty.Type) (cty.Value, error) { return argument(name, i, a, ty) }
	return converting(f, open, arg, check, nil)
}

// argument converts the i-th argument of a call to name (convertArg): a
// limit error as it is, so that callers find it (ArgError would hide it),
// another one as an argument error.
func argument(name string, i int, a cty.Value, ty cty.Type) (cty.Value, error) {
	v, err := convertArg(name, a, ty)
	switch {
	case IsLimitError(err):
		return cty.NilVal, err
	case err != nil:
		return cty.NilVal, function.NewArgError(i, err)
	}
	return v, nil
}

// converting is the scaffold of Bounded and Guard: a function like f whose
// parameters (opened by open) take any type, so that hcl hands the
// arguments over as they are and arg converts each to its parameter's type
// itself, or refuses it. before runs on the converted arguments ahead of f,
// once (it may cost a pass over them; the type needs only the
// conversions), and after on f's result; either may be nil.
func converting(f function.Function, open func(function.Parameter) function.Parameter,
	arg func(i int, a cty.Value, ty cty.Type) (cty.Value, error),
	before func([]cty.Value) error, after func(cty.Value) error) function.Function {
	params, fvp := f.Params(), f.VarParam()
	ps := make([]function.Parameter, len(params))
	for i, p := range params {
		ps[i] = open(p)
	}
	var vp *function.Parameter
	if fvp != nil {
		o := open(*fvp)
		vp = &o
	}
	prepare := func(args []cty.Value) ([]cty.Value, error) {
		out := make([]cty.Value, len(args))
		for i, a := range args {
			p := fvp
			if i < len(params) {
				p = &params[i]
			}
			if p == nil {
				// Too many arguments: f reports it.
				out[i] = a
				continue
			}
			v, err := arg(i, a, p.Type)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      ps,
		VarParam:    vp,
		Type: func(args []cty.Value) (cty.Type, error) {
			args, err := prepare(args)
			if err != nil {
				return cty.NilType, err
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			args, err := prepare(args)
			if err != nil {
				return cty.NilVal, err
			}
			if before != nil {
				if err := before(args); err != nil {
					return cty.NilVal, err
				}
			}
			v, err := f.Call(args)
			if err == nil && after != nil {
				if err := after(v); err != nil {
					return cty.NilVal, err
				}
			}
			return v, err
		},
	})
}

// convertArg converts v to ty as hcl does before a call. cty converts a
// tuple (or object) to a collection of unknown element type by unifying
// its element types pairwise, quadratic in the length: a 30,000-element
// tuple took ten seconds. When all elements have the same type, which is
// what a for expression gives, the collection is built directly; other
// tuples are converted by cty up to MaxMixedElements.
func convertArg(name string, v cty.Value, ty cty.Type) (cty.Value, error) {
	ety, fast, err := uniformElem(name, v, ty)
	switch {
	case err != nil:
		return cty.NilVal, err
	case !fast:
		return convert.Convert(v, ty)
	case !v.IsKnown():
		// With the length bounds cty's conversion gives: a set may
		// collapse equal elements.
		var n int
		if vty := v.Type(); vty.IsObjectType() {
			n = len(vty.AttributeTypes())
		} else {
			n = len(vty.TupleElementTypes())
		}
		lower := n
		if ty.IsSetType() {
			lower = min(n, 1)
		}
		return cty.UnknownVal(withElem(ty, ety)).Refine().CollectionLengthLowerBound(lower).CollectionLengthUpperBound(n).NewValue(), nil
	case v.IsNull():
		return cty.NullVal(withElem(ty, ety)), nil
	case ty.IsListType():
		return cty.ListVal(v.AsValueSlice()), nil
	case ty.IsSetType():
		return cty.SetVal(v.AsValueSlice()), nil
	}
	return cty.MapVal(v.AsValueMap()), nil
}

// uniformElem reports whether convertArg may build v as a collection of
// type ty itself, and with which element type: v must be a tuple (for a
// list or set) or an object (for a map), unmarked, whose elements all have
// one known type, and ty's element type must be unknown. Marks are checked
// on v and its elements only; a2z marks nothing.
func uniformElem(name string, v cty.Value, ty cty.Type) (cty.Type, bool, error) {
	if !ty.IsCollectionType() || ty.ElementType() != cty.DynamicPseudoType || v.IsMarked() {
		return cty.NilType, false, nil
	}
	vty := v.Type()
	var etys []cty.Type
	switch {
	case vty.IsTupleType() && (ty.IsListType() || ty.IsSetType()):
		etys = vty.TupleElementTypes()
	case vty.IsObjectType() && ty.IsMapType():
		for _, t := range vty.AttributeTypes() {
			etys = append(etys, t)
		}
	default:
		return cty.NilType, false, nil
	}
	if len(etys) == 0 || etys[0] == cty.DynamicPseudoType {
		return cty.NilType, false, nil
	}
	for _, t := range etys[1:] {
		if !t.Equals(etys[0]) {
			if len(etys) > MaxMixedElements {
				return cty.NilType, false, &LimitError{Func: name, What: "elements of mixed types to convert", Size: int64(len(etys)), Limit: MaxMixedElements}
			}
			return cty.NilType, false, nil
		}
	}
	if v.IsKnown() && !v.IsNull() {
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); e.IsMarked() {
				return cty.NilType, false, nil
			}
		}
	}
	return etys[0], true, nil
}

func withElem(ty, ety cty.Type) cty.Type {
	switch {
	case ty.IsListType():
		return cty.List(ety)
	case ty.IsSetType():
		return cty.Set(ety)
	}
	return cty.Map(ety)
}

// BoundedConversion wraps one of the type conversion functions (tolist,
// toset, tomap, tostring): they take anything and convert inside, where
// Bounded cannot reach, so this converts first to target with convertArg
// and lets f finish. A conversion error that is not a limit is left for f
// to report in its own words.
func BoundedConversion(name string, f function.Function, target cty.Type) function.Function {
	prepare := func(args []cty.Value) ([]cty.Value, error) {
		if len(args) != 1 {
			return args, nil
		}
		v := args[0]
		if target == cty.String {
			if n, ok := known(v); ok && n.Type() == cty.Number {
				if err := noBudget.bytes(name, numberLen(n)); err != nil {
					return nil, err
				}
			}
			return args, nil
		}
		c, err := convertArg(name, v, target)
		if IsLimitError(err) {
			return nil, err
		}
		if err == nil {
			args = []cty.Value{c}
		}
		return args, nil
	}
	// done is the converted value itself when it is already what f would
	// return: f would only convert it again, walking it twice more.
	done := func(args []cty.Value) (cty.Value, bool) {
		if len(args) != 1 || !target.IsCollectionType() {
			return cty.NilVal, false
		}
		_, fast, _ := uniformElem(name, args[0], target)
		if !fast {
			return cty.NilVal, false
		}
		c, err := convertArg(name, args[0], target)
		return c, err == nil
	}
	p := f.Params()[0]
	return function.New(&function.Spec{
		Description: f.Description(),
		Params: []function.Parameter{{
			Name: p.Name, Description: p.Description, Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
		}},
		Type: func(args []cty.Value) (cty.Type, error) {
			// The to* functions' types depend on the argument's type only:
			// spare the conversion.
			if len(args) == 1 && target.IsCollectionType() {
				ety, fast, err := uniformElem(name, args[0], target)
				if err != nil {
					return cty.NilType, err
				}
				if fast {
					return f.ReturnTypeForValues([]cty.Value{cty.UnknownVal(withElem(target, ety))})
				}
			}
			args, err := prepare(args)
			if err != nil {
				return cty.NilType, err
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if c, ok := done(args); ok {
				return c, nil
			}
			args, err := prepare(args)
			if err != nil {
				return cty.NilVal, err
			}
			return f.Call(args)
		},
	})
}
