package tffunc

import (
	"testing"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func TestFunctionResults(t *testing.T) {
	s := cty.StringVal
	n := cty.NumberIntVal
	tests := []struct {
		name string
		f    function.Function
		args []cty.Value
		want cty.Value
	}{
		{"cidrsubnets list type", CidrSubnets, []cty.Value{s("10.0.0.0/16"), n(8), n(8)},
			cty.ListVal([]cty.Value{s("10.0.0.0/24"), s("10.0.1.0/24")})},
		{"cidrhost ipv6 last", CidrHost, []cty.Value{s("fd00::/64"), n(-1)}, s("fd00::ffff:ffff:ffff:ffff")},
		{"cidrsubnet ipv6 wide netnum", CidrSubnet, []cty.Value{s("2001:db8::/32"), n(32), n(4294967295)}, s("2001:db8:ffff:ffff::/64")},
		{"yamldecode sequence is a tuple", YAMLDecode, []cty.Value{s("- a\n- 1")}, cty.TupleVal([]cty.Value{s("a"), n(1)})},
		{"yamldecode quoted stays string", YAMLDecode, []cty.Value{s(`"yes"`)}, s("yes")},
		{"yamldecode explicit tag", YAMLDecode, []cty.Value{s("!!str 12")}, s("12")},
		{"lookup object key", Lookup, []cty.Value{cty.ObjectVal(map[string]cty.Value{"a": n(1), "b": s("x")}), s("b")}, s("x")},
		{"lookup map default converted", Lookup, []cty.Value{cty.MapVal(map[string]cty.Value{"a": s("1")}), s("z"), n(2)}, s("2")},
		{"lookup beside unknowns", Lookup, []cty.Value{cty.ObjectVal(map[string]cty.Value{"a": n(1), "b": cty.UnknownVal(cty.String)}), s("a")}, n(1)},
		{"lookup missing beside unknowns", Lookup, []cty.Value{cty.MapVal(map[string]cty.Value{"a": cty.UnknownVal(cty.String)}), s("z"), s("d")}, s("d")},
		{"coalesce unifies", Coalesce, []cty.Value{cty.NullVal(cty.Number), s("x")}, s("x")},
		{"coalesce stops at unknown", Coalesce, []cty.Value{cty.UnknownVal(cty.String), s("x")}, cty.UnknownVal(cty.String)},
		{"alltrue known false wins over unknown", AllTrue, []cty.Value{cty.ListVal([]cty.Value{cty.UnknownVal(cty.Bool), cty.False})}, cty.False},
		{"alltrue unknown element", AllTrue, []cty.Value{cty.ListVal([]cty.Value{cty.UnknownVal(cty.Bool), cty.True})}, cty.UnknownVal(cty.Bool)},
		{"anytrue known true wins", AnyTrue, []cty.Value{cty.ListVal([]cty.Value{cty.UnknownVal(cty.Bool), cty.True})}, cty.True},
		{"index unknown element", Index, []cty.Value{cty.ListVal([]cty.Value{cty.UnknownVal(cty.String), s("b")}), s("b")}, cty.UnknownVal(cty.Number)},
		{"one of unknown list", One, []cty.Value{cty.UnknownVal(cty.List(cty.String))}, cty.UnknownVal(cty.String)},
		{"sum of tuple", Sum, []cty.Value{cty.TupleVal([]cty.Value{n(1), s("2")})}, n(3)},
		{"timestamp unknown string", Timestamp, nil, cty.UnknownVal(cty.String)},
		{"bcrypt with cost", Bcrypt, []cty.Value{s("x"), n(10)}, cty.UnknownVal(cty.String)},
	}
	for _, tt := range tests {
		got, err := tt.f.Call(tt.args)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !got.RawEquals(tt.want) {
			t.Errorf("%s = %#v, want %#v", tt.name, got, tt.want)
		}
	}
}

func TestFunctionErrors(t *testing.T) {
	s := cty.StringVal
	n := cty.NumberIntVal
	tests := []struct {
		name string
		f    function.Function
		args []cty.Value
	}{
		{"cidrhost fraction", CidrHost, []cty.Value{s("10.0.0.0/8"), cty.NumberFloatVal(1.5)}},
		{"cidrsubnet negative netnum", CidrSubnet, []cty.Value{s("10.0.0.0/8"), n(8), n(-1)}},
		{"cidrsubnet ipv6 too long", CidrSubnet, []cty.Value{s("fd00::/64"), n(65), n(0)}},
		{"cidrsubnets zero bits", CidrSubnets, []cty.Value{s("10.0.0.0/8"), n(0)}},
		{"yamldecode NaN", YAMLDecode, []cty.Value{s(".nan")}},
		{"yamldecode bad bool tag", YAMLDecode, []cty.Value{s("!!bool bananas")}},
		{"lookup null map", Lookup, []cty.Value{cty.NullVal(cty.Map(cty.String)), s("a")}},
		{"lookup too many", Lookup, []cty.Value{cty.MapValEmpty(cty.String), s("a"), s("b"), s("c")}},
		{"transpose null list", Transpose, []cty.Value{cty.MapVal(map[string]cty.Value{"a": cty.NullVal(cty.List(cty.String))})}},
		{"timecmp bad", TimeCmp, []cty.Value{s("yesterday"), s("2017-11-22T00:00:00Z")}},
		{"textdecodebase64 bad base64", TextDecodeBase64, []cty.Value{s("!!"), s("UTF-8")}},
	}
	for _, tt := range tests {
		if got, err := tt.f.Call(tt.args); err == nil {
			t.Errorf("%s = %#v, want an error", tt.name, got)
		}
	}
}
