package tfplan_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/tfplan"
)

var ctyEqual = cmp.Comparer(func(a, b cty.Value) bool { return a.RawEquals(b) })

// FuzzParse checks that no input makes Parse panic (a recovered panic is an
// "Internal error" diagnostic, which fails here), that every range into the
// plan lies inside it, and that parsing is deterministic. Run it with:
// go test -fuzz FuzzParse ./parser/tfplan/
func FuzzParse(f *testing.F) {
	_ = filepath.WalkDir("testdata", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
		return nil
	})
	for _, s := range []string{
		`{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":{"x":[1,{"y":null}]}}]}},"resource_changes":[{"address":"aws_s3_bucket.b","change":{"after_unknown":{"x":[false,{"y":true},true],"z":true}}}]}`,
		`{"format_version":"1.2","planned_values":{"root_module":{"child_modules":[{"address":"module.a[\"]\"].module.b","resources":[{"address":"module.a.aws_vpc.v","type":"aws_vpc","name":"v","values":{"region":"x"},"sensitive_values":{"region":true}}]}]}},"configuration":{"provider_config":{"aws":{"expressions":{"region":{"references":["var.r"]}}}},"root_module":{"module_calls":{"a":{"source":"../../x","module":{"resources":[{"mode":"managed","type":"aws_vpc","name":"v","provider_config_key":"module.a.module.b:aws"}]}}}}},"variables":{"r":{"value":1}}}`,
		`{"format_version":"1.2","planned_values":{},"x":"\ud800\udc00\ud800","y":1e999,"z":-0.0e+1}`,
		`{"format_version":"1.2","format_version":2,"planned_values":null}`,
	} {
		f.Add([]byte(s))
	}
	fsys := fstest.MapFS{
		"main.tf":         {Data: []byte(`resource "aws_s3_bucket" "b" { bucket = "x" }` + "\nmodule \"a\" { source = \"./m\" }\n")},
		"m/main.tf":       {Data: []byte(`resource "aws_vpc" "v" {`)},
		"m/other.tf.json": {Data: []byte(`{"resource":{"aws_vpc":{"w":{"cidr_block":"x"}}}}`)},
		"m/override.tf":   {Data: []byte(`resource "aws_vpc" "v" {}`)},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := tfplan.Parse(context.Background(), fsys, "plan.json", data)
		for _, d := range p.Diagnostics {
			if strings.Contains(d.Summary, "Internal error") {
				t.Fatalf("panic: %s", d.Detail)
			}
			checkRange(t, data, d.Range)
		}
		for _, r := range p.Resources {
			checkRange(t, data, r.Range)
			checkRange(t, data, r.TypeRange)
			for _, ar := range r.AttrRanges {
				checkRange(t, data, ar)
			}
			if r.Attrs == cty.NilVal || !r.Attrs.Type().IsObjectType() {
				t.Fatalf("%s: attrs %#v", r.Address, r.Attrs)
			}
		}
		again := tfplan.Parse(context.Background(), fsys, "plan.json", data)
		if diff := cmp.Diff(p, again, ctyEqual); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	})
}

// checkRange fails when a range into the plan does not lie inside it.
func checkRange(t *testing.T, data []byte, r parser.Range) {
	t.Helper()
	if r.File != "plan.json" {
		return
	}
	if r.Start.Line < 1 || r.Start.Column < 1 || r.Start.Byte < 0 || r.End.Byte > len(data) || r.Start.Byte > r.End.Byte {
		t.Fatalf("range %v (bytes %d-%d) outside the %d-byte plan", r, r.Start.Byte, r.End.Byte, len(data))
	}
}
