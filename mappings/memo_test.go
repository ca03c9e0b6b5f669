package mappings

import (
	"math/big"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// TestEncodeValueTellsApart: values an expression could tell apart must
// encode differently, or the memo would hand one the other's result.
func TestEncodeValueTellsApart(t *testing.T) {
	obj := cty.ObjectVal
	values := map[string]cty.Value{
		"string 1":          cty.StringVal("1"),
		"number 1":          cty.NumberIntVal(1),
		"number 1.5":        cty.NumberFloatVal(1.5),
		"big number":        cty.NumberVal(new(big.Float).SetPrec(512).SetMantExp(big.NewFloat(1), 300)),
		"true":              cty.True,
		"false":             cty.False,
		"string true":       cty.StringVal("true"),
		"empty string":      cty.StringVal(""),
		"null string":       cty.NullVal(cty.String),
		"null number":       cty.NullVal(cty.Number),
		"unknown string":    cty.UnknownVal(cty.String),
		"unknown number":    cty.UnknownVal(cty.Number),
		"unknown dynamic":   cty.DynamicVal,
		"empty list string": cty.ListValEmpty(cty.String),
		"empty list number": cty.ListValEmpty(cty.Number),
		"empty set string":  cty.SetValEmpty(cty.String),
		"empty tuple":       cty.EmptyTupleVal,
		"empty object":      cty.EmptyObjectVal,
		"empty map":         cty.MapValEmpty(cty.String),
		"list a":            cty.ListVal([]cty.Value{cty.StringVal("a")}),
		"set a":             cty.SetVal([]cty.Value{cty.StringVal("a")}),
		"tuple a":           cty.TupleVal([]cty.Value{cty.StringVal("a")}),
		"list a b":          cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}),
		"list ab":           cty.ListVal([]cty.Value{cty.StringVal("ab")}),
		"list b a":          cty.ListVal([]cty.Value{cty.StringVal("b"), cty.StringVal("a")}),
		"map a=b":           cty.MapVal(map[string]cty.Value{"a": cty.StringVal("b")}),
		"object a=b":        obj(map[string]cty.Value{"a": cty.StringVal("b")}),
		"object a=null":     obj(map[string]cty.Value{"a": cty.NullVal(cty.String)}),
		"object ab=''":      obj(map[string]cty.Value{"ab": cty.StringVal("")}),
		"object a='b'…":     obj(map[string]cty.Value{"a": cty.StringVal("b"), "c": cty.UnknownVal(cty.Bool)}),
		"list unknown":      cty.ListVal([]cty.Value{cty.UnknownVal(cty.String)}),
		"null list":         cty.NullVal(cty.List(cty.String)),
		"null object":       cty.NullVal(cty.EmptyObject),
	}
	seen := map[string]string{}
	for name, v := range values {
		var b strings.Builder
		if !encodeValue(&b, v) {
			t.Errorf("%s: not encodable", name)
			continue
		}
		if prev, dup := seen[b.String()]; dup {
			t.Errorf("%s and %s encode alike: %q", name, prev, b.String())
		}
		seen[b.String()] = name

		// The same value built again encodes the same, or the memo never hits.
		var again strings.Builder
		encodeValue(&again, v)
		if again.String() != b.String() {
			t.Errorf("%s: encodings differ between calls", name)
		}
	}

	var b strings.Builder
	if encodeValue(&b, cty.StringVal("x").Mark("sensitive")) {
		t.Error("a marked value was encoded; it must be evaluated every time")
	}
	b.Reset()
	if encodeValue(&b, cty.StringVal(strings.Repeat("x", maxMemoKey+1))) {
		t.Error("a value longer than the key bound was encoded")
	}
}

// TestSubjectKeysAbsentAndNull: can(self.x) differs between an absent and a
// null attribute, so their keys must too.
func TestSubjectKeysAbsentAndNull(t *testing.T) {
	kb := &KB{}
	absent := kb.Subject(cty.ObjectVal(map[string]cty.Value{"y": cty.True}), parser.SourceTerraform)
	null := kb.Subject(cty.ObjectVal(map[string]cty.Value{"x": cty.NullVal(cty.String)}), parser.SourceTerraform)
	ka, ok1 := absent.key([]string{"x"})
	kn, ok2 := null.key([]string{"x"})
	if !ok1 || !ok2 || ka == kn {
		t.Errorf("absent %q (%v) and null %q (%v) keys must both exist and differ", ka, ok1, kn, ok2)
	}
	cfn := kb.Subject(cty.ObjectVal(map[string]cty.Value{"y": cty.True}), parser.SourceCloudFormation)
	if kc, _ := cfn.key([]string{"x"}); kc == ka {
		t.Errorf("keys from different sources are equal: %q", kc)
	}
}
