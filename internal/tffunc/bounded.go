package tffunc

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// BoundedFuncs returns, under their Terraform names, the functions whose
// result can be far bigger than their arguments, bounded (see limits.go),
// plus the conversions that would be quadratic on big tuples. Below the
// limits they behave as go-cty's (or tffunc's) do. Results are charged to
// b, which may be nil.
func BoundedFuncs(b *Budget) map[string]function.Function {
	overElements := b.elements
	overBytes := b.bytes
	return map[string]function.Function{
		"setproduct": Bounded("setproduct", stdlib.SetProductFunc, func(args []cty.Value) error {
			n := int64(1)
			for _, a := range args {
				l, ok := lengthOf(a)
				if !ok {
					return nil // the result is unknown
				}
				if l == 0 {
					return nil
				}
				n = satMul(n, l)
			}
			if len(args) == 0 {
				return nil
			}
			return overElements("setproduct", n)
		}),
		"concat": Bounded("concat", stdlib.ConcatFunc, func(args []cty.Value) error {
			return overElements("concat", sumLengths(args))
		}),
		"flatten": Bounded("flatten", stdlib.FlattenFunc, func(args []cty.Value) error {
			if len(args) != 1 {
				return nil
			}
			return overElements("flatten", leaves(args[0], MaxElements))
		}),
		"chunklist": Bounded("chunklist", stdlib.ChunklistFunc, func(args []cty.Value) error {
			if len(args) == 0 {
				return nil
			}
			return overElements("chunklist", sumLengths(args[:1]))
		}),
		"distinct": Bounded("distinct", distinct, nil),
		"matchkeys": Bounded("matchkeys", Matchkeys, func(args []cty.Value) error {
			if len(args) != 3 {
				return nil
			}
			keys, _ := lengthOf(args[1])
			search, _ := lengthOf(args[2])
			return overComparisons("matchkeys", satMul(keys, search))
		}),
		"setunion":        Bounded("setunion", stdlib.SetUnionFunc, nil),
		"setintersection": Bounded("setintersection", stdlib.SetIntersectionFunc, nil),
		"setsubtract":     Bounded("setsubtract", stdlib.SetSubtractFunc, nil),

		"format": Bounded("format", stdlib.FormatFunc, func(args []cty.Value) error {
			if len(args) == 0 {
				return nil
			}
			f, ok := strOf(args[0])
			if !ok {
				return nil
			}
			var longest int64
			for _, a := range args[1:] {
				longest = max(longest, formattedLen(a))
			}
			return overBytes("format", formatLen(f, longest))
		}),
		"formatlist": Bounded("formatlist", stdlib.FormatListFunc, func(args []cty.Value) error {
			if len(args) == 0 {
				return nil
			}
			f, ok := strOf(args[0])
			if !ok {
				return nil
			}
			n, longest := int64(1), int64(0)
			for _, a := range args[1:] {
				v, ok := known(a)
				ty := v.Type()
				if !ok || !isSequence(ty) {
					longest = max(longest, formattedLen(a))
					continue
				}
				n = max(n, int64(v.LengthInt()))
				for it := v.ElementIterator(); it.Next(); {
					_, e := it.Element()
					longest = max(longest, formattedLen(e))
				}
			}
			if err := overElements("formatlist", n); err != nil {
				return err
			}
			return overBytes("formatlist", satMul(n, formatLen(f, longest)))
		}),
		"join": Bounded("join", stdlib.JoinFunc, func(args []cty.Value) error {
			if len(args) == 0 {
				return nil
			}
			sep, _ := strOf(args[0])
			var total int64
			for _, l := range args[1:] {
				v, ok := known(l)
				if !ok || !v.CanIterateElements() {
					continue
				}
				for it := v.ElementIterator(); it.Next(); {
					_, e := it.Element()
					s, _ := strOf(e)
					total = satAdd(total, int64(len(s)+len(sep)))
				}
				if total > MaxStringBytes {
					break
				}
			}
			return overBytes("join", total)
		}),
		"indent": Bounded("indent", stdlib.IndentFunc, func(args []cty.Value) error {
			if len(args) != 2 {
				return nil
			}
			s, ok := strOf(args[1])
			n, ok2 := known(args[0])
			if !ok || !ok2 || n.Type() != cty.Number {
				return nil
			}
			spaces, _ := n.AsBigFloat().Int64()
			if spaces <= 0 {
				return nil
			}
			return overBytes("indent", satAdd(int64(len(s)), satMul(spaces, int64(strings.Count(s, "\n")))))
		}),
		"strrev": Bounded("strrev", stdlib.ReverseFunc, func(args []cty.Value) error {
			if len(args) != 1 {
				return nil
			}
			s, _ := strOf(args[0])
			return overBytes("strrev", int64(len(s)))
		}),
		"split": Bounded("split", stdlib.SplitFunc, func(args []cty.Value) error {
			if len(args) != 2 {
				return nil
			}
			sep, ok := strOf(args[0])
			s, ok2 := strOf(args[1])
			if !ok || !ok2 {
				return nil
			}
			n := int64(strings.Count(s, sep)) + 1
			if sep == "" {
				n = int64(utf8.RuneCountInString(s)) // one per character
			}
			return overElements("split", n)
		}),
		"regexall": Bounded("regexall", stdlib.RegexAllFunc, func(args []cty.Value) error {
			if len(args) != 2 {
				return nil
			}
			pat, ok := strOf(args[0])
			s, ok2 := strOf(args[1])
			if !ok || !ok2 {
				return nil
			}
			// A bad pattern is for regexall to report. Matching twice costs
			// time linear in s; keeping a million matches costs far more.
			if re, err := regexp.Compile(pat); err == nil {
				return overElements("regexall", int64(len(re.FindAllStringIndex(s, MaxElements+1))))
			}
			return nil
		}),
		"jsonencode": Bounded("jsonencode", stdlib.JSONEncodeFunc, func(args []cty.Value) error {
			if len(args) != 1 {
				return nil
			}
			return overBytes("jsonencode", encodedSize(args[0], 0, MaxStringBytes))
		}),
		"yamlencode": Bounded("yamlencode", YAMLEncode, func(args []cty.Value) error {
			if len(args) != 1 {
				return nil
			}
			return overBytes("yamlencode", encodedSize(args[0], 0, MaxStringBytes))
		}),
		"cidrsubnets": Bounded("cidrsubnets", CidrSubnets, func(args []cty.Value) error {
			return overElements("cidrsubnets", int64(len(args)-1))
		}),
		"tolist":   BoundedConversion("tolist", stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)), cty.List(cty.DynamicPseudoType)),
		"toset":    BoundedConversion("toset", stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), cty.Set(cty.DynamicPseudoType)),
		"tomap":    BoundedConversion("tomap", stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)), cty.Map(cty.DynamicPseudoType)),
		"tostring": BoundedConversion("tostring", stdlib.MakeToFunc(cty.String), cty.String),
		"replace": Bounded("replace", replaceFunc, func(args []cty.Value) error {
			if len(args) != 3 {
				return nil
			}
			s, ok1 := strOf(args[0])
			sub, ok2 := strOf(args[1])
			repl, ok3 := strOf(args[2])
			if !ok1 || !ok2 || !ok3 {
				return nil
			}
			return overBytes("replace", replacedLen(s, sub, repl))
		}),
	}
}

// distinct is cty's distinct, which compares each element with every one
// kept so far: quadratic, forty seconds for 100,000 numbers with 1,000
// distinct values. Lists of strings, numbers or bools, the usual case, are
// deduplicated through a map instead; other lists go to cty up to
// MaxComparisons.
var distinct = function.New(&function.Spec{
	Description:  stdlib.DistinctFunc.Description(),
	Params:       stdlib.DistinctFunc.Params(),
	Type:         func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	RefineResult: func(b *cty.RefinementBuilder) *cty.RefinementBuilder { return b.NotNull() },
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		list := args[0]
		ety := retType.ElementType()
		if !list.IsWhollyKnown() || !ety.IsPrimitiveType() {
			if n, ok := lengthOf(list); ok && list.IsWhollyKnown() {
				if err := overComparisons("distinct", satMul(n, n)/2); err != nil {
					return cty.NilVal, err
				}
			}
			return stdlib.DistinctFunc.Call(args)
		}
		seen := map[string]bool{}
		var out []cty.Value
		for it := list.ElementIterator(); it.Next(); {
			_, v := it.Element()
			k := primitiveKey(v)
			if !seen[k] {
				seen[k] = true
				out = append(out, v)
			}
		}
		if len(out) == 0 {
			return cty.ListValEmpty(ety), nil
		}
		return cty.ListVal(out), nil
	},
})

// primitiveKey is equal for two known primitive values exactly when cty
// finds them equal: numbers by exact value whatever their precision.
func primitiveKey(v cty.Value) string {
	switch {
	case v.IsNull():
		return "null"
	case v.Type() == cty.String:
		return "s" + v.AsString()
	case v.Type() == cty.Bool:
		return "b" + fmt.Sprint(v.True())
	}
	f := v.AsBigFloat()
	if f.IsInf() {
		return "n" + f.String()
	}
	r, _ := f.Rat(nil)
	return "n" + r.String()
}

// replaceFunc is Terraform's replace: a search string wrapped in slashes is
// a regular expression.
var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "str", Type: cty.String},
		{Name: "substr", Type: cty.String},
		{Name: "replace", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		sub := args[1].AsString()
		if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' {
			re := cty.StringVal(sub[1 : len(sub)-1])
			return stdlib.RegexReplace(args[0], re, args[2])
		}
		return stdlib.Replace(args[0], args[1], args[2])
	},
})

// replacedLen is the length of replace(s, sub, repl), computed without
// building it (for a regular expression, stopping once past the limit).
func replacedLen(s, sub, repl string) int64 {
	if len(sub) <= 1 || sub[0] != '/' || sub[len(sub)-1] != '/' {
		n := int64(strings.Count(s, sub))
		return satAdd(int64(len(s)), satMul(n, int64(len(repl)-len(sub))))
	}
	re, err := regexp.Compile(sub[1 : len(sub)-1])
	if err != nil {
		return 0 // replace reports it
	}
	// Cheap bound first: at most one match per byte, each replaced by repl
	// with every $ reference expanded to all of s.
	refs := int64(strings.Count(repl, "$"))
	perMatch := satAdd(int64(len(repl)), satMul(refs, int64(len(s))))
	if satAdd(int64(len(s)), satMul(int64(len(s))+1, perMatch)) <= MaxStringBytes {
		return 0
	}
	total := int64(len(s))
	var buf []byte
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		buf = re.ExpandString(buf[:0], repl, s, m)
		total = satAdd(total, int64(len(buf)-(m[1]-m[0])))
		if total > MaxStringBytes {
			break
		}
	}
	return total
}

// sumLengths adds the lengths of the known collections among args.
func sumLengths(args []cty.Value) int64 {
	var n int64
	for _, a := range args {
		if l, ok := lengthOf(a); ok {
			n = satAdd(n, l)
		}
	}
	return n
}

// formattedLen bounds the characters %v or %s writes for v.
func formattedLen(v cty.Value) int64 {
	v, ok := known(v)
	switch {
	case !ok:
		return 8
	case v.Type() == cty.String:
		return int64(len(v.AsString()))
	case v.Type() == cty.Number:
		return numberLen(v)
	}
	return encodedSize(v, 0, MaxStringBytes)
}

// formatLen bounds the length of format(f, ...) when no argument is longer
// than longest: f itself, plus for each verb its width and precision (the
// numbers in "%08.3f"; an argument index "%[2]d" counts too, harmlessly)
// and the longest argument.
func formatLen(f string, longest int64) int64 {
	total := int64(len(f))
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		var num int64
		for ; i < len(f) && strings.IndexByte("+-# 0123456789.[]", f[i]) >= 0; i++ {
			if c := f[i]; c >= '0' && c <= '9' {
				num = satAdd(satMul(num, 10), int64(c-'0'))
				continue
			}
			total, num = satAdd(total, num), 0
		}
		total = satAdd(satAdd(total, num), longest)
		if i < len(f) {
			_, size := utf8.DecodeRuneInString(f[i:])
			i += size - 1
		}
	}
	return total
}

// CheckTemplateResult bounds what templatefile and templatestring return.
// hcl renders the template before a2z sees the result, so this cannot save
// that memory; it stops the result from feeding further growth.
func CheckTemplateResult(name string, v cty.Value) error {
	if s, ok := strOf(v); ok {
		return noBudget.bytes(name, int64(len(s)))
	}
	return nil
}
