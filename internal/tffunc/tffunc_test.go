package tffunc

import (
	"testing"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func TestLength(t *testing.T) {
	tests := []struct {
		in   cty.Value
		want cty.Value
	}{
		{cty.StringVal("héllo"), cty.NumberIntVal(5)},
		{cty.ListVal([]cty.Value{cty.True, cty.False}), cty.NumberIntVal(2)},
		{cty.TupleVal([]cty.Value{cty.True, cty.StringVal("x"), cty.UnknownVal(cty.String)}), cty.NumberIntVal(3)},
		{cty.ObjectVal(map[string]cty.Value{"a": cty.True}), cty.NumberIntVal(1)},
		{cty.UnknownVal(cty.List(cty.String)), cty.UnknownVal(cty.Number)},
		{cty.DynamicVal, cty.UnknownVal(cty.Number)},
	}
	for _, tt := range tests {
		got, err := Length.Call([]cty.Value{tt.in})
		if err != nil {
			t.Errorf("length(%#v): %v", tt.in, err)
			continue
		}
		if !got.RawEquals(tt.want) {
			t.Errorf("length(%#v) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
	if _, err := Length.Call([]cty.Value{cty.True}); err == nil {
		t.Error("length(true) should fail")
	}
	if _, err := Length.Call([]cty.Value{cty.NullVal(cty.List(cty.String))}); err == nil {
		t.Error("length(null) should fail")
	}
}

func TestStringPredicates(t *testing.T) {
	tests := []struct {
		f      function.Function
		s, arg string
		want   bool
	}{
		{StartsWith, "aurora-postgresql", "aurora", true},
		{StartsWith, "postgres", "aurora", false},
		{EndsWith, "jobs.fifo", ".fifo", true},
		{EndsWith, "jobs", ".fifo", false},
		{StrContains, "sqlserver-ee", "server", true},
		{StrContains, "mysql", "server", false},
	}
	for _, tt := range tests {
		got, err := tt.f.Call([]cty.Value{cty.StringVal(tt.s), cty.StringVal(tt.arg)})
		if err != nil {
			t.Fatal(err)
		}
		if got.True() != tt.want {
			t.Errorf("(%q, %q) = %v, want %v", tt.s, tt.arg, got.True(), tt.want)
		}
	}
}
