package terraform

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzParseModule feeds arbitrary native and JSON sources through the whole
// parse: no panic may escape, none may be recovered (a recovered panic is an
// internal-error diagnostic, still a bug), and every diagnostic and resource
// must point into a file that was passed.
func FuzzParseModule(f *testing.F) {
	seeds := [][2]string{
		{addressesSrc, addressesJSONSrc},
		{valuesVariablesSrc + valuesLocalsSrc + valuesMainSrc, nestedJSONSrc},
		{nestedNativeSrc, `{"resource": {"aws_s3_bucket": {"b": {"bucket": "${var.x}", "count": 0}}}}`},
		{providersSrc + providersMainSrc, `{"provider": {"aws": [{"region": "eu-west-1"}, {"alias": "w", "region": "${var.r}"}]}}`},
		{"locals {\n a = local.b\n b = local.a\n}\nresource \"aws_x\" \"y\" { v = local.a }", `{"locals": {"a": "${local.a}"}}`},
		{"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n", "{\"resource\": {\"aws_s3_bucket\": {\"a\": {\"bucket\": tru}}\n"},
		{"module \"m\" { source = \"./m\" }\nvariable \"v\" { type = object({a = optional(string)}) }", `{"variable": {"v": {"type": "list(string)", "default": ["a"]}}, "module": {"m": {"source": "x"}}}`},
		{"resource \"aws_x\" \"y\" { dynamic \"d\" { for_each = [1]\n content { a = d.value } } }", `{"resource": {"aws_x": {"y": {"dynamic": {"d": {"for_each": [1]}}}}}}`},
		{"\x00\xff", "[]"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, native, json string) {
		fsys := fstest.MapFS{
			"m/main.tf":      &fstest.MapFile{Data: []byte(native)},
			"m/main.tf.json": &fstest.MapFile{Data: []byte(json)},
		}
		p := ParseModule(context.Background(), fsys, []string{"m/main.tf.json", "m/main.tf"}, Inputs{})
		for _, d := range p.Diagnostics {
			if d.Range.File == "" {
				t.Errorf("diagnostic without a file: %+v", d)
			}
			if d.Summary == internalErrorSummary {
				t.Errorf("recovered panic: %s at %s", d.Detail, d.Range)
			}
		}
		for _, r := range p.Resources {
			if !strings.HasPrefix(r.Range.File, "m/main.tf") || r.TypeRange.File != r.Range.File {
				t.Errorf("%s: bad ranges %v %v", r.Address, r.Range, r.TypeRange)
			}
			if !r.Attrs.Type().IsObjectType() {
				t.Errorf("%s: Attrs is %#v, not an object", r.Address, r.Attrs)
			}
		}
	})
}

// TestHostileExpressions evaluates function calls and operators with the
// argument shapes most likely to trip cty: empty, null, unknown, mixed types.
func TestHostileExpressions(t *testing.T) {
	exprs := []string{
		`jsondecode("[")`, `element([], 0)`, `element(aws_x.y, 1)`, `tolist([1, "a", {}])`,
		`setproduct()`, `flatten([[1], [[2]], aws_x.y])`, `substr("abc", -1, -5)`, `lookup({}, "a")`,
		`regex("(", "x")`, `max()`, `merge(1)`, `keys(aws_x.y)`, `length(null)`, `length(aws_x.y.z)`,
		`length({ a = aws_x.y })`, `length("héllo")`, `[for x in aws_x.y : x]`, `{ for k, v in var.m : k => v... }`,
		`aws_x.y[*].id`, `var.obj.missing`, `local`, `var`, `"${local}"`, `replace("a", "/(/", "b")`,
		`timeadd("x", "y")`, `formatdate("YYYY", "bad")`, `csvdecode("a,b\n1")`, `try()`, `can()`,
		`sort([1, "a"])`, `tomap({ a = 1, b = "x" })`, `toset([{ a = 1 }, { b = 2 }])`, `range(0, 1e10)`,
		`base64decode("!!")`, `zipmap(["a"], [])`, `chunklist([1], 0)`, `indent(-1, "x")`,
		`parseint("zz", 99)`, `log(0, 0)`, `signum(1 / 0)`, `1 / 0`, `setunion(aws_x.y, [1])`,
		`coalesce()`, `length(aws_x)`, `format("%d", "x")`, `formatlist("%s", aws_x.y)`,
		`contains(aws_x.y, 1)`, `distinct(null)`, `values(aws_x.y)`, `zipmap(aws_x.y, [1])`,
		`slice([1], 2, 1)`, `tostring([])`, `tonumber("x")`, `tobool(aws_x.y)`, `jsonencode(aws_x.y)`,
		`startswith(null, "a")`, `length(tolist(aws_x.y))`, `replace(aws_x.y, "/a/", "b")`,
		`count.index + 1`, `each.value.name`, `self`, `aws_x.y ? 1 : "a"`, `!aws_x.y`, `-"a"`,
		`try(aws_x.y.z, local.nope, "x")`, `can(regex("^a", aws_x.y))`, `upper(join(",", aws_x.y))`,
		`provider::aws::arn_parse("x")`, `sensitive("x")`, `var.m[aws_x.y]`, `{ (aws_x.y) = 1 }`,
	}
	for _, e := range exprs {
		src := "variable \"m\" {\n  type = map(string)\n}\nvariable \"obj\" {\n  default = { a = 1 }\n}\n" +
			"locals {\n  l = " + e + "\n}\nresource \"aws_s3_bucket\" \"b\" {\n  v = " + e + "\n  n { v = " + e + " }\n  w = local.l\n}\n"
		p := ParseModule(context.Background(), fstest.MapFS{"main.tf": &fstest.MapFile{Data: []byte(src)}}, []string{"main.tf"}, Inputs{})
		for _, d := range p.Diagnostics {
			if d.Summary == internalErrorSummary || d.Range.File == "" {
				t.Errorf("%s: %+v", e, d)
			}
		}
		if len(p.Resources) != 1 {
			t.Errorf("%s: %d resources; diagnostics %+v", e, len(p.Resources), p.Diagnostics)
		}
	}
}
