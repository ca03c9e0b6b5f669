package tffunc

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

func strs(n int, f func(i int) string) []cty.Value {
	out := make([]cty.Value, n)
	for i := range out {
		out[i] = cty.StringVal(f(i))
	}
	return out
}

func numList(n int) cty.Value {
	out := make([]cty.Value, n)
	for i := range out {
		out[i] = cty.NumberIntVal(int64(i))
	}
	return cty.ListVal(out)
}

// doubling returns a value of 2^depth strings that takes depth steps to
// build: each level holds the one below twice, shared.
func doubling(depth int) cty.Value {
	v := cty.StringVal("x")
	for range depth {
		v = cty.TupleVal([]cty.Value{v, v})
	}
	return v
}

// TestLimitsTrigger calls each bounded function with small arguments whose
// result would be huge: each must fail with a *LimitError naming it.
func TestLimitsTrigger(t *testing.T) {
	s, n := cty.StringVal, cty.NumberIntVal
	big := s(strings.Repeat("a", 1<<20))
	lines := s(strings.Repeat("a\n", 1000))
	tests := []struct {
		name string
		args []cty.Value
		want string
	}{
		{"setproduct", []cty.Value{numList(1000), numList(1000)}, "setproduct: result would have up to 1000000 elements; a2z stops at 100000"},
		{"setproduct", []cty.Value{numList(400), numList(400), numList(400)}, "64000000 elements"},
		{"concat", []cty.Value{numList(60_000), numList(60_000)}, "concat: result would have up to 120000 elements"},
		{"flatten", []cty.Value{doubling(18)}, "flatten: result would have up to"},
		{"chunklist", []cty.Value{numList(MaxElements + 1), n(1)}, "chunklist: result would have up to 100001 elements"},
		{"format", []cty.Value{s("%01000000000d"), n(1)}, "format: result would have up to 1000000"},
		{"format", []cty.Value{s("%.999999999f"), n(1)}, "bytes; a2z stops at 16777216"},
		{"format", []cty.Value{s(strings.Repeat("%[1]s", 20)), big}, "format: result would have up to"},
		{"format", []cty.Value{s("%d"), cty.MustParseNumberVal("1e100000000")}, "format: result would have up to"},
		{"formatlist", []cty.Value{s("%s"), numList(MaxElements + 1)}, "formatlist: result would have up to 100001 elements"},
		{"formatlist", []cty.Value{s("%0100000d"), numList(1000)}, "formatlist: result would have up to"},
		{"join", []cty.Value{big, numList(20)}, "join: result would have up to"},
		{"indent", []cty.Value{n(100_000), lines}, "indent: result would have up to 100002000 bytes"},
		{"strrev", []cty.Value{s(strings.Repeat("a", MaxStringBytes+1))}, "strrev: result would have up to 16777217 bytes"},
		{"split", []cty.Value{s(""), s(strings.Repeat("a", MaxElements+1))}, "split: result would have up to 100001 elements"},
		{"regexall", []cty.Value{s("a"), s(strings.Repeat("a", MaxElements+1))}, "regexall: result would have up to 100001 elements"},
		{"replace", []cty.Value{lines, s("a"), s(strings.Repeat("b", 20_000))}, "replace: result would have up to 20001000 bytes"},
		{"replace", []cty.Value{lines, s("/a/"), s(strings.Repeat("$0", 20_000))}, "replace: result would have up to"},
		{"jsonencode", []cty.Value{doubling(18)}, "jsonencode: result would have up to"},
		{"yamlencode", []cty.Value{cty.TupleVal([]cty.Value{big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big})}, "yamlencode: result would have up to"},
		{"cidrsubnets", append([]cty.Value{s("10.0.0.0/8")}, make([]cty.Value, MaxElements+1)...), "cidrsubnets: result would have up to 100001 elements"},
		{"toset", []cty.Value{cty.TupleVal(append(strs(MaxMixedElements, func(i int) string { return "x" }), cty.True))}, "toset: result would have up to 5001 elements of mixed types to convert; a2z stops at 5000"},
		{"tolist", []cty.Value{cty.TupleVal(append(strs(MaxMixedElements, func(i int) string { return "x" }), cty.True))}, "elements of mixed types"},
		{"distinct", []cty.Value{cty.TupleVal(append(strs(MaxMixedElements, func(i int) string { return "x" }), cty.True))}, "distinct: result would have up to 5001 elements of mixed types"},
		{"tostring", []cty.Value{cty.MustParseNumberVal("1e100000000")}, "tostring: result would have up to"},
	}
	for _, tc := range tests {
		for i, a := range tc.args {
			if a == cty.NilVal {
				tc.args[i] = n(8)
			}
		}
		f := BoundedFuncs(nil)[tc.name]
		_, err := f.Call(tc.args)
		var le *LimitError
		if !errors.As(err, &le) || le.Func != tc.name || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want a limit error containing %q", tc.name, err, tc.want)
		}
	}
}

// TestLimitsBoundary checks that the limits are where they say: a result
// of exactly MaxElements elements or MaxStringBytes bytes is computed.
func TestLimitsBoundary(t *testing.T) {
	fs := BoundedFuncs(nil)
	half := numList(MaxElements / 2)
	v, err := fs["concat"].Call([]cty.Value{half, half})
	if err != nil || v.LengthInt() != MaxElements {
		t.Errorf("concat at the limit: %v", err)
	}
	if _, err := fs["concat"].Call([]cty.Value{half, half, numList(1)}); !IsLimitError(err) {
		t.Errorf("concat one over the limit: %v", err)
	}
	s := cty.StringVal(strings.Repeat("ab", MaxStringBytes/4))
	v, err = fs["join"].Call([]cty.Value{cty.StringVal(""), cty.ListVal([]cty.Value{s, s})})
	if err != nil || len(v.AsString()) != MaxStringBytes {
		t.Errorf("join at the limit: %v", err)
	}
	// Past the cheap bound, replace counts the regular expression's
	// matches: 2^19 of "b", each doubled, is well within the limit.
	s = cty.StringVal(strings.Repeat("ab", 1<<19))
	v, err = fs["replace"].Call([]cty.Value{s, cty.StringVal("/b/"), cty.StringVal("$0$0")})
	if err != nil || len(v.AsString()) != 3<<19 {
		t.Errorf("replace within the limit: %v", err)
	}
	if _, err := fs["replace"].Call([]cty.Value{s, cty.StringVal("/b/"), cty.StringVal(strings.Repeat("$0", 40))}); !IsLimitError(err) {
		t.Errorf("replace over the limit: %v", err)
	}
}

// TestBudget checks that one table's calls add up: within the per-call
// limits, calls fail once the table's budget is spent.
func TestBudget(t *testing.T) {
	b := new(Budget)
	for i := range BudgetElements / MaxElements {
		if err := b.elements("concat", MaxElements); err != nil {
			t.Fatalf("charge %d: %v", i, err)
		}
	}
	if err := b.elements("concat", 1); !IsLimitError(err) || !strings.Contains(err.Error(), "would come to 1600001 elements; a2z stops at 1600000") {
		t.Errorf("over the element budget: %v", err)
	}
	// Through the functions, for bytes.
	mib := cty.ListVal([]cty.Value{cty.StringVal(strings.Repeat("a", 1<<20))})
	for _, tc := range []struct {
		name  string
		args  []cty.Value
		calls int
	}{
		{"join", []cty.Value{cty.StringVal(""), mib}, BudgetBytes / (1 << 20)},
	} {
		fs := BoundedFuncs(new(Budget))
		calls := 0
		for ; calls <= tc.calls; calls++ {
			if _, err := fs[tc.name].Call(tc.args); err != nil {
				var le *LimitError
				if !errors.As(err, &le) || !le.Total || !strings.Contains(err.Error(), "with the results of earlier calls") {
					t.Fatalf("%s call %d: %v", tc.name, calls, err)
				}
				break
			}
		}
		if calls != tc.calls {
			t.Errorf("the budget stopped %s after %d calls, want %d", tc.name, calls, tc.calls)
		}
		// A fresh table has its own budget; without one, calls never add up.
		if _, err := BoundedFuncs(new(Budget))[tc.name].Call(tc.args); err != nil {
			t.Errorf("%s with a fresh budget: %v", tc.name, err)
		}
		for range tc.calls + 1 {
			if _, err := BoundedFuncs(nil)[tc.name].Call(tc.args); err != nil {
				t.Fatalf("%s without a budget: %v", tc.name, err)
			}
		}
	}
}

// TestConvertArgMatchesCty checks the linear conversion against cty's own
// on the shapes it takes over (and some it leaves to cty).
func TestConvertArgMatchesCty(t *testing.T) {
	s := cty.StringVal
	obj := func(v string) cty.Value { return cty.ObjectVal(map[string]cty.Value{"a": s(v)}) }
	values := []cty.Value{
		cty.TupleVal([]cty.Value{s("b"), s("a"), s("b")}),
		cty.TupleVal([]cty.Value{s("a"), cty.UnknownVal(cty.String), cty.NullVal(cty.String)}),
		cty.TupleVal([]cty.Value{obj("x"), obj("y")}),
		cty.TupleVal([]cty.Value{cty.NumberIntVal(1), s("a")}),
		cty.TupleVal([]cty.Value{cty.NullVal(cty.DynamicPseudoType), s("a")}),
		cty.EmptyTupleVal,
		cty.UnknownVal(cty.Tuple([]cty.Type{cty.String, cty.String})),
		cty.NullVal(cty.Tuple([]cty.Type{cty.String})),
		cty.UnknownVal(cty.Object(map[string]cty.Type{"k": cty.String, "l": cty.String})),
		cty.ObjectVal(map[string]cty.Value{"k": s("v"), "l": s("w")}),
		cty.ObjectVal(map[string]cty.Value{"k": s("v"), "l": cty.True}),
		cty.ListVal([]cty.Value{s("a")}),
		s("not a collection"),
	}
	for _, ty := range []cty.Type{cty.List(cty.DynamicPseudoType), cty.Set(cty.DynamicPseudoType), cty.Map(cty.DynamicPseudoType)} {
		for _, v := range values {
			want, werr := convert.Convert(v, ty)
			got, gerr := convertArg("test", v, ty)
			if (werr != nil) != (gerr != nil) || (werr == nil && !got.RawEquals(want)) {
				t.Errorf("%#v to %s: got %#v, %v; cty gives %#v, %v", v, ty.FriendlyName(), got, gerr, want, werr)
			}
		}
	}
}

// TestLengthEstimatesExact checks the estimates that are meant to be
// exact against the real results.
func TestLengthEstimatesExact(t *testing.T) {
	cases := [][3]string{
		{"hello world", "o", "0"}, {"aaa", "a", ""}, {"héllo", "", "-"}, {"abc", "", ""},
		{"a-b-c", "/-/", "$0$0"}, {"abcabc", "/(a)(b)/", "${2}x$1"}, {"xyz", "/a*/", "-"},
		{"line1\nline2", "/(?m)^/", "> "},
	}
	for _, c := range cases {
		var want string
		if len(c[1]) > 1 && c[1][0] == '/' {
			want = regexp.MustCompile(c[1][1:len(c[1])-1]).ReplaceAllString(c[0], c[2])
			// The cheap bound answers 0 when far below the limit; force
			// the exact count by asking about the same string at scale.
		} else {
			want = strings.ReplaceAll(c[0], c[1], c[2])
		}
		got, err := BoundedFuncs(nil)["replace"].Call([]cty.Value{cty.StringVal(c[0]), cty.StringVal(c[1]), cty.StringVal(c[2])})
		if err != nil || got.AsString() != want {
			t.Errorf("replace(%q, %q, %q) = %v, %v; want %q", c[0], c[1], c[2], got, err, want)
		}
		if c[1] == "" || c[1][0] != '/' {
			if n := replacedLen(c[0], c[1], c[2]); n != int64(len(want)) {
				t.Errorf("replacedLen(%q, %q, %q) = %d, want %d", c[0], c[1], c[2], n, len(want))
			}
		}
	}
	// formatLen is an upper bound on format's result.
	for _, f := range []string{"%d", "%5d", "%-10s|", "%.3f", "%08.3f", "%%d%[1]q", "%v and %#v", "%é"} {
		v, err := BoundedFuncs(nil)["format"].Call([]cty.Value{cty.StringVal(f), cty.NumberIntVal(12345)})
		if err != nil {
			continue // a verb that does not take a number
		}
		if got := int64(len(v.AsString())); got > formatLen(f, formattedLen(cty.NumberIntVal(12345))) {
			t.Errorf("format(%q) has %d bytes, over formatLen", f, got)
		}
	}
}
