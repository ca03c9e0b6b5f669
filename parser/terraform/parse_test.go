package terraform

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// parse runs ParseModule over in-memory files, passing them in map order so
// that tests also cover the order not mattering.
func parse(t *testing.T, files map[string]string) parser.Parsed {
	t.Helper()
	fsys := fstest.MapFS{}
	var names []string
	for n, s := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(s)}
		names = append(names, n)
	}
	return ParseModule(context.Background(), fsys, names, Inputs{})
}

func resource(t *testing.T, p parser.Parsed, addr string) parser.Resource {
	t.Helper()
	for _, r := range p.Resources {
		if r.Address == addr {
			return r
		}
	}
	t.Fatalf("no resource %s; have %v", addr, addresses(p))
	return parser.Resource{}
}

func addresses(p parser.Parsed) []string {
	var out []string
	for _, r := range p.Resources {
		out = append(out, r.Address)
	}
	return out
}

// ctyEqual compares cty values exactly, unknowns included.
func ctyEqual() cmp.Option {
	return cmp.Comparer(func(a, b cty.Value) bool { return a.RawEquals(b) })
}

func rng(file string, l1, c1, b1, l2, c2, b2 int) parser.Range {
	return parser.Range{File: file, Start: parser.Pos{Line: l1, Column: c1, Byte: b1}, End: parser.Pos{Line: l2, Column: c2, Byte: b2}}
}

func noDiags(t *testing.T, p parser.Parsed) {
	t.Helper()
	if len(p.Diagnostics) > 0 {
		t.Fatalf("unexpected diagnostics: %+v", p.Diagnostics)
	}
}

func TestRanges(t *testing.T) {
	const native = "# logs bucket\n" +
		"resource \"aws_s3_bucket\" \"logs\" {\n" +
		"  bucket = \"x\"\n" +
		"}\n"
	const jsonSrc = "{\n" +
		"  \"resource\": {\n" +
		"    \"aws_s3_bucket\": {\n" +
		"      \"logs\": {\n" +
		"        \"bucket\": \"x\"\n" +
		"      }\n" +
		"    }\n" +
		"  }\n" +
		"}\n"
	tests := []struct {
		name, file, src string
		want            parser.Range
		wantType        parser.Range
		wantAttr        parser.Range
	}{
		{
			name: "native", file: "a/main.tf", src: native,
			want:     rng("a/main.tf", 2, 1, 14, 4, 2, 64),
			wantType: rng("a/main.tf", 2, 10, 23, 2, 25, 38),
			wantAttr: rng("a/main.tf", 3, 3, 50, 3, 15, 62),
		},
		{
			// JSON has no block header: the range runs from the name key
			// to the closing brace of the resource's object.
			name: "json", file: "a/main.tf.json", src: jsonSrc,
			want:     rng("a/main.tf.json", 4, 7, 47, 6, 8, 86),
			wantType: rng("a/main.tf.json", 3, 5, 22, 3, 20, 37),
			wantAttr: rng("a/main.tf.json", 5, 9, 65, 5, 22, 78),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, map[string]string{tt.file: tt.src})
			noDiags(t, p)
			r := resource(t, p, "aws_s3_bucket.logs")
			if diff := cmp.Diff(tt.want, r.Range); diff != "" {
				t.Errorf("Range (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantType, r.TypeRange); diff != "" {
				t.Errorf("TypeRange (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(map[string]parser.Range{"bucket": tt.wantAttr}, r.AttrRanges); diff != "" {
				t.Errorf("AttrRanges (-want +got):\n%s", diff)
			}
			if got := tt.src[r.TypeRange.Start.Byte:r.TypeRange.End.Byte]; got != `"aws_s3_bucket"` {
				t.Errorf("TypeRange covers %q", got)
			}
		})
	}
}

func TestAddresses(t *testing.T) {
	type res struct {
		Address, Type, Name, Provider string
		Kind                          parser.Kind
		Source                        parser.Source
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []res
	}{
		{
			name:  "native",
			files: map[string]string{"main.tf": addressesSrc},
			want: []res{
				{"aws_sqs_queue.jobs", "aws_sqs_queue", "jobs", "aws", parser.KindResource, parser.SourceTerraform},
				{"data.aws_ami.ubuntu", "aws_ami", "ubuntu", "aws", parser.KindData, parser.SourceTerraform},
				{"awscc_s3_bucket.cc", "awscc_s3_bucket", "cc", "awscc", parser.KindResource, parser.SourceTerraform},
				{"data.awscc_ec2_vpc.v", "awscc_ec2_vpc", "v", "awscc", parser.KindData, parser.SourceTerraform},
			},
		},
		{
			name:  "json",
			files: map[string]string{"main.tf.json": addressesJSONSrc},
			want: []res{
				{"aws_sqs_queue.jobs", "aws_sqs_queue", "jobs", "aws", parser.KindResource, parser.SourceTerraform},
				{"data.aws_ami.ubuntu", "aws_ami", "ubuntu", "aws", parser.KindData, parser.SourceTerraform},
			},
		},
		{
			// Output is sorted by file then position, whatever the input order.
			name: "two files",
			files: map[string]string{
				"b.tf": `resource "aws_sqs_queue" "b" {}`,
				"a.tf": "\n\nresource \"aws_sqs_queue\" \"a2\" {}\nresource \"aws_sqs_queue\" \"a1\" {}",
			},
			want: []res{
				{"aws_sqs_queue.a2", "aws_sqs_queue", "a2", "aws", parser.KindResource, parser.SourceTerraform},
				{"aws_sqs_queue.a1", "aws_sqs_queue", "a1", "aws", parser.KindResource, parser.SourceTerraform},
				{"aws_sqs_queue.b", "aws_sqs_queue", "b", "aws", parser.KindResource, parser.SourceTerraform},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, tt.files)
			noDiags(t, p)
			var got []res
			for _, r := range p.Resources {
				got = append(got, res{r.Address, r.Type, r.Name, r.Provider, r.Kind, r.Source})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("resources (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValues(t *testing.T) {
	files := map[string]string{
		"variables.tf": valuesVariablesSrc,
		// Locals are declared before what they use, and across files.
		"locals.tf": valuesLocalsSrc,
		"main.tf":   valuesMainSrc,
	}
	p := parse(t, files)
	noDiags(t, p)
	r := resource(t, p, "aws_sqs_queue.jobs")
	want := cty.ObjectVal(map[string]cty.Value{
		"name":        cty.StringVal("prod-jobs"),
		"sizes":       cty.ListVal([]cty.Value{cty.NumberIntVal(1), cty.NumberIntVal(2)}),
		"retries":     cty.NumberIntVal(3),
		"delay":       cty.NumberIntVal(20),
		"tags":        cty.ObjectVal(map[string]cty.Value{"Env": cty.StringVal("PROD"), "Team": cty.StringVal("core")}),
		"fifo":        cty.False,
		"upper_name":  cty.StringVal("PROD-X"),
		"env_len":     cty.NumberIntVal(4),
		"regexed":     cty.StringVal("a_b_c"),
		"unknown_var": cty.UnknownVal(cty.String),
		"untyped":     cty.DynamicVal,
	})
	if diff := cmp.Diff(want, r.Attrs, ctyEqual()); diff != "" {
		t.Errorf("Attrs (-want +got):\n%s", diff)
	}
	wantUnresolved := map[string]string{"unknown_var": "var.no_default", "untyped": "var.untyped"}
	if diff := cmp.Diff(wantUnresolved, r.Unresolved); diff != "" {
		t.Errorf("Unresolved (-want +got):\n%s", diff)
	}
	if v, ok := r.Attr("name"); !ok || v.AsString() != "prod-jobs" {
		t.Errorf("Attr(name) = %#v, %v", v, ok)
	}
}

func TestUnresolved(t *testing.T) {
	tests := []struct {
		name, expr string
		// want is the value kept; unknown parts are cty.DynamicVal or typed.
		want cty.Value
	}{
		{"resource reference", `aws_s3_bucket.other.id`, cty.DynamicVal},
		{"data reference", `data.aws_iam_policy_document.p.json`, cty.DynamicVal},
		{"count", `count.index`, cty.DynamicVal},
		{"each", `each.key`, cty.DynamicVal},
		{"module output", `module.net.vpc_id`, cty.DynamicVal},
		{"missing file", `file("policy.json")`, cty.UnknownVal(cty.String)},
		{"impure function", `timestamp()`, cty.UnknownVal(cty.String)},
		{"function a2z does not know", `provider::aws::arn_parse("x")`, cty.DynamicVal},
		{"unknown function inside", `["a", nofunc(1)]`, cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.DynamicVal})},
		{"undeclared variable", `var.nope`, cty.DynamicVal},
		{"undeclared local", `local.nope`, cty.DynamicVal},
		{"type error", `"a" + 1`, cty.DynamicVal},
		{"multi-line", "[\n    \"a\",\n    aws_x.y.id,\n  ]", cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.DynamicVal})},
		{"partly known object", `{ Name = "x", Id = aws_x.y.id }`, cty.ObjectVal(map[string]cty.Value{"Name": cty.StringVal("x"), "Id": cty.DynamicVal})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "resource \"aws_s3_bucket\" \"b\" {\n  known = \"k\"\n  value = " + tt.expr + "\n}\n"
			p := parse(t, map[string]string{"main.tf": src})
			noDiags(t, p)
			r := resource(t, p, "aws_s3_bucket.b")
			if diff := cmp.Diff(map[string]string{"value": tt.expr}, r.Unresolved); diff != "" {
				t.Errorf("Unresolved (-want +got):\n%s", diff)
			}
			got, _ := r.Attr("value")
			if diff := cmp.Diff(tt.want, got, ctyEqual()); diff != "" {
				t.Errorf("value (-want +got):\n%s", diff)
			}
			if k, _ := r.Attr("known"); !k.RawEquals(cty.StringVal("k")) {
				t.Errorf("known = %#v", k)
			}
		})
	}
}

func TestNestedBlocks(t *testing.T) {
	obj := cty.ObjectVal
	num := cty.NumberIntVal
	tests := []struct {
		name           string
		files          map[string]string
		want           cty.Value
		wantUnresolved map[string]string
	}{
		{
			name:  "native",
			files: map[string]string{"main.tf": nestedNativeSrc},
			want: obj(map[string]cty.Value{
				"name": cty.StringVal("web"),
				"ingress": cty.TupleVal([]cty.Value{
					obj(map[string]cty.Value{"from_port": num(80), "cidr_blocks": cty.TupleVal([]cty.Value{cty.StringVal("0.0.0.0/0")})}),
					obj(map[string]cty.Value{"from_port": num(443), "description": cty.StringVal("tls")}),
				}),
				"versioning": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{
					"enabled": cty.True,
					"rule":    cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"days": num(3)})}),
				})}),
				"egress":   cty.DynamicVal,
				"timeouts": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"create": cty.DynamicVal})}),
			}),
			wantUnresolved: map[string]string{"egress": "var.rules", "timeouts": "aws_x.y.t"},
		},
		{
			// JSON has no schema: objects whose keys look like argument
			// names are blocks; tags and objects with other keys are maps.
			name:  "json",
			files: map[string]string{"main.tf.json": nestedJSONSrc},
			want: obj(map[string]cty.Value{
				"name": cty.StringVal("web"),
				"ingress": cty.TupleVal([]cty.Value{
					obj(map[string]cty.Value{"from_port": num(80)}),
					obj(map[string]cty.Value{"from_port": num(443), "description": cty.StringVal("tls")}),
				}),
				"versioning": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"enabled": cty.True})}),
				"tags":       obj(map[string]cty.Value{"name": cty.StringVal("web")}),
				"environment": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{
					"variables": obj(map[string]cty.Value{"foo": cty.StringVal("bar")}),
				})}),
				"headers": obj(map[string]cty.Value{"X-Forwarded-For": cty.StringVal("a")}),
				"egress":  cty.DynamicVal,
			}),
			wantUnresolved: map[string]string{"egress": `"${var.rules}"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, tt.files)
			noDiags(t, p)
			// count = 2 in the fixture: two instances with the same body.
			r := resource(t, p, "aws_security_group.sg[1]")
			if diff := cmp.Diff(tt.want, r.Attrs, ctyEqual()); diff != "" {
				t.Errorf("Attrs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantUnresolved, r.Unresolved); diff != "" {
				t.Errorf("Unresolved (-want +got):\n%s", diff)
			}
			// self.ingress[1].from_port, as a mapping condition would write it.
			if got := r.Attrs.GetAttr("ingress").Index(cty.NumberIntVal(1)).GetAttr("from_port"); !got.RawEquals(num(443)) {
				t.Errorf("ingress[1].from_port = %#v", got)
			}
		})
	}
}

func TestNestedBlockRanges(t *testing.T) {
	src := "resource \"aws_security_group\" \"sg\" {\n" +
		"  ingress {\n" +
		"    from_port = 80\n" +
		"  }\n" +
		"  ingress {}\n" +
		"}\n"
	p := parse(t, map[string]string{"sg.tf": src})
	noDiags(t, p)
	r := resource(t, p, "aws_security_group.sg")
	// The first block of the type.
	want := map[string]parser.Range{"ingress": rng("sg.tf", 2, 3, 39, 4, 4, 71)}
	if diff := cmp.Diff(want, r.AttrRanges); diff != "" {
		t.Errorf("AttrRanges (-want +got):\n%s", diff)
	}
}

func TestProviders(t *testing.T) {
	files := map[string]string{
		"providers.tf": providersSrc,
		"main.tf":      providersMainSrc,
	}
	p := parse(t, files)
	noDiags(t, p)
	type pr struct{ Address, Provider, Region string }
	var got []pr
	for _, r := range p.Resources {
		got = append(got, pr{r.Address, r.Provider, r.Region})
	}
	want := []pr{
		{"aws_s3_bucket.default", "aws", "eu-west-1"},
		{"aws_s3_bucket.west", "aws.west", "us-west-2"},
		{"aws_s3_bucket.dr", "aws.dr", ""},
		{"aws_s3_bucket.missing", "aws.nowhere", ""},
		{"aws_s3_bucket.quoted", "aws.west", "us-west-2"},
		{"awscc_s3_bucket.cc", "awscc", "ap-southeast-2"},
		{"data.aws_region.current", "aws.west", "us-west-2"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("providers (-want +got):\n%s", diff)
	}
	// The meta-argument is not an attribute.
	west := resource(t, p, "aws_s3_bucket.west")
	if _, ok := west.Attr("provider"); ok {
		t.Error("provider meta-argument reported as an attribute")
	}
}

func TestProvidersJSON(t *testing.T) {
	p := parse(t, map[string]string{"main.tf.json": `{
  "variable": {"west": {"default": "us-west-2"}},
  "provider": {"aws": [{"region": "eu-west-1"}, {"alias": "w", "region": "${var.west}"}]},
  "resource": {"aws_s3_bucket": {"a": {}, "b": {"provider": "aws.w"}}}
}`})
	noDiags(t, p)
	type pr struct{ Address, Provider, Region string }
	var got []pr
	for _, r := range p.Resources {
		got = append(got, pr{r.Address, r.Provider, r.Region})
	}
	want := []pr{{"aws_s3_bucket.a", "aws", "eu-west-1"}, {"aws_s3_bucket.b", "aws.w", "us-west-2"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("providers (-want +got):\n%s", diff)
	}
}

func TestProviderWithoutConfiguration(t *testing.T) {
	p := parse(t, map[string]string{"main.tf": `resource "aws_s3_bucket" "b" {}`})
	noDiags(t, p)
	r := resource(t, p, "aws_s3_bucket.b")
	if r.Provider != "aws" || r.Region != "" {
		t.Errorf("Provider, Region = %q, %q; want aws and no region", r.Provider, r.Region)
	}
}

func TestModules(t *testing.T) {
	files := map[string]string{
		"main.tf": "module \"net\" {\n  source = \"./modules/net\"\n  cidr   = \"10.0.0.0/16\"\n}\n" +
			"module \"dyn\" {\n  source = var.src\n}\n",
		"more.tf.json": `{"module": {"app": {"source": "terraform-aws-modules/ecs/aws", "version": "~> 5.0"}}}`,
	}
	p := parse(t, files)
	// Every module a2z cannot follow is said to be missing, with why and
	// what to do: the local folder does not exist, the source is not a
	// literal, the registry module was not installed by terraform init.
	type diag struct {
		Severity      parser.Severity
		Summary, File string
		Line          int
		Detail        string
	}
	var gotDiags []diag
	for _, d := range p.Diagnostics {
		gotDiags = append(gotDiags, diag{d.Severity, d.Summary, d.Range.File, d.Range.Start.Line, d.Detail})
	}
	wantDiags := []diag{
		{parser.SeverityWarning, "Module not read", "main.tf", 1,
			`Module "net": the folder modules/net holds no readable Terraform files, so its resources are not in this scan.`},
		{parser.SeverityWarning, "Module not read", "main.tf", 5,
			"The resources of module \"dyn\" (source not a literal string) are not in this scan: a2z follows registry and git modules through .terraform/modules/modules.json, so run `terraform init` in . first (a2z itself never downloads anything)."},
		{parser.SeverityWarning, "Module not read", "more.tf.json", 1,
			"The resources of module \"app\" (source \"terraform-aws-modules/ecs/aws\") are not in this scan: a2z follows registry and git modules through .terraform/modules/modules.json, so run `terraform init` in . first (a2z itself never downloads anything)."},
	}
	if diff := cmp.Diff(wantDiags, gotDiags); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	want := []parser.ModuleCall{
		{Name: "net", Source: "./modules/net", Range: rng("main.tf", 1, 1, 0, 4, 2, 68)},
		{Name: "dyn", Source: "", Range: rng("main.tf", 5, 1, 69, 7, 2, 104)},
		{Name: "app", Source: "terraform-aws-modules/ecs/aws", Range: rng("more.tf.json", 1, 13, 12, 1, 84, 83)},
	}
	if diff := cmp.Diff(want, p.Modules); diff != "" {
		t.Errorf("Modules (-want +got):\n%s", diff)
	}
	if len(p.Resources) != 0 {
		t.Errorf("module calls produced resources: %v", addresses(p))
	}
}

func TestDiagnostics(t *testing.T) {
	type diag struct {
		Severity parser.Severity
		Summary  string
		File     string
		Line     int
	}
	tests := []struct {
		name      string
		files     map[string]string
		want      []diag
		wantAddrs []string
	}{
		{
			name: "syntax error in one file, the other still read",
			files: map[string]string{
				"bad.tf":  "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n",
				"good.tf": `resource "aws_sqs_queue" "q" {}`,
			},
			want: []diag{{parser.SeverityError, "Invalid expression", "bad.tf", 6}},
			// hclsyntax recovers at the block boundary, so the broken
			// block is still listed, without the broken argument.
			wantAddrs: []string{"aws_s3_bucket.a", "aws_s3_bucket.b", "aws_sqs_queue.q"},
		},
		{
			name: "json syntax error",
			files: map[string]string{
				"bad.tf.json": "{\n  \"resource\": {\n    \"aws_s3_bucket\": {\"a\": {\"bucket\": tru}}\n  }\n}\n",
				"good.tf":     `resource "aws_sqs_queue" "q" {}`,
			},
			want: []diag{
				{parser.SeverityError, "Invalid JSON keyword", "bad.tf.json", 3},
			},
			wantAddrs: []string{"aws_s3_bucket.a", "aws_sqs_queue.q"},
		},
		{
			name: "duplicate address reported at the second declaration",
			files: map[string]string{
				"a.tf": "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"first\"\n}\n",
				"b.tf": "\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"second\"\n}\ndata \"aws_ami\" \"x\" {}\ndata \"aws_ami\" \"x\" {}\n",
			},
			want: []diag{
				{parser.SeverityError, `Duplicate resource "aws_s3_bucket" configuration`, "b.tf", 3},
				{parser.SeverityError, `Duplicate data "aws_ami" configuration`, "b.tf", 7},
			},
			wantAddrs: []string{"aws_s3_bucket.logs", "data.aws_ami.x"},
		},
		{
			name: "binary file",
			files: map[string]string{
				"blob.tf": "\x00\x01\x02resource \xff\xfe",
				"ok.tf":   `resource "aws_sqs_queue" "q" {}`,
			},
			want:      []diag{{parser.SeverityError, "File is not UTF-8 text", "blob.tf", 1}},
			wantAddrs: []string{"aws_sqs_queue.q"},
		},
		{
			name: "locals cycle",
			files: map[string]string{"main.tf": `
locals {
  ok = "fine"
  a  = "${local.b}-x"
  b  = local.a
  c  = local.b
}
resource "aws_sqs_queue" "q" {
  name  = local.c
  other = local.ok
}
`},
			want:      []diag{{parser.SeverityWarning, "Local values refer to each other in a cycle", "main.tf", 4}},
			wantAddrs: []string{"aws_sqs_queue.q"},
		},
		{
			name: "bad variable default",
			files: map[string]string{"vars.tf": `
variable "n" {
  type    = number
  default = "many"
}
variable "ref" {
  default = var.n
}
`},
			want: []diag{
				{parser.SeverityError, "Invalid default value for variable", "vars.tf", 4},
				{parser.SeverityError, "Variables not allowed", "vars.tf", 7},
			},
		},
		{
			name: "duplicate declarations",
			files: map[string]string{"main.tf": `
variable "v" {}
variable "v" {}
locals { l = 1 }
locals { l = 2 }
provider "aws" {}
provider "aws" {}
module "m" { source = "./m" }
module "m" { source = "./m" }
`},
			want: []diag{
				{parser.SeverityError, "Duplicate variable declaration", "main.tf", 3},
				{parser.SeverityError, "Duplicate local value definition", "main.tf", 5},
				{parser.SeverityError, "Duplicate provider configuration", "main.tf", 7},
				{parser.SeverityWarning, "Module not read", "main.tf", 8},
				{parser.SeverityError, "Duplicate module call", "main.tf", 9},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, tt.files)
			var got []diag
			for _, d := range p.Diagnostics {
				got = append(got, diag{d.Severity, d.Summary, d.Range.File, d.Range.Start.Line})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s\nall: %+v", diff, p.Diagnostics)
			}
			if diff := cmp.Diff(tt.wantAddrs, addresses(p)); diff != "" {
				t.Errorf("resources (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDuplicateKeepsFirst(t *testing.T) {
	p := parse(t, map[string]string{
		"b.tf": "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"second\"\n}\n",
		"a.tf": "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"first\"\n}\n",
	})
	r := resource(t, p, "aws_s3_bucket.logs")
	if v, _ := r.Attr("bucket"); !v.RawEquals(cty.StringVal("first")) || r.Range.File != "a.tf" {
		t.Errorf("kept %s with bucket %#v; want a.tf's", r.Range, v)
	}
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Detail != `A aws_s3_bucket resource named "logs" was already declared at a.tf:1:1. Resource names must be unique per type in each module.` {
		t.Errorf("diagnostics: %+v", p.Diagnostics)
	}
}

func TestLocalsCycleValues(t *testing.T) {
	p := parse(t, map[string]string{"main.tf": `
locals {
  a  = local.b
  b  = local.a
  ok = "fine"
}
resource "aws_sqs_queue" "q" {
  name  = local.a
  other = local.ok
}
`})
	r := resource(t, p, "aws_sqs_queue.q")
	want := cty.ObjectVal(map[string]cty.Value{"name": cty.DynamicVal, "other": cty.StringVal("fine")})
	if diff := cmp.Diff(want, r.Attrs, ctyEqual()); diff != "" {
		t.Errorf("Attrs (-want +got):\n%s", diff)
	}
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Detail != "local.a, local.b depend on each other, so they and everything that uses them are unknown." {
		t.Errorf("diagnostics: %+v", p.Diagnostics)
	}
}

// count and for_each expand into instances with Terraform's addresses;
// count = 0 declares nothing.
func TestCountAndForEachExpand(t *testing.T) {
	p := parse(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "off" {
  count  = 0
  bucket = "x"
}
resource "aws_s3_bucket" "each" {
  for_each = toset(["a", "b"])
  bucket   = each.key
}
resource "aws_sqs_queue" "text_count" {
  count = "2"
}
`})
	noDiags(t, p)
	if diff := cmp.Diff([]string{`aws_s3_bucket.each["a"]`, `aws_s3_bucket.each["b"]`, "aws_sqs_queue.text_count[0]", "aws_sqs_queue.text_count[1]"}, addresses(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
	for _, r := range p.Resources {
		for _, meta := range []string{"count", "for_each"} {
			if _, ok := r.Attr(meta); ok {
				t.Errorf("%s: meta-argument %s reported as an attribute", r.Address, meta)
			}
			if _, ok := r.AttrRanges[meta]; ok {
				t.Errorf("%s: meta-argument %s has an attribute range", r.Address, meta)
			}
		}
	}
}

func TestUnreadableAndCanceled(t *testing.T) {
	fsys := fstest.MapFS{
		"dir.tf/x": &fstest.MapFile{Data: []byte("x")}, // a directory named like a file
		"ok.tf":    &fstest.MapFile{Data: []byte(`resource "aws_sqs_queue" "q" {}`)},
		"zz.tf":    &fstest.MapFile{Data: []byte(`resource "aws_sqs_queue" "z" {}`)},
	}
	p := ParseModule(context.Background(), fsys, []string{"zz.tf", "dir.tf", "gone.tf", "ok.tf"}, Inputs{})
	var files []string
	for _, d := range p.Diagnostics {
		if d.Severity != parser.SeverityError || d.Summary != "Cannot read file" || d.Range.Start.Line != 1 {
			t.Errorf("unexpected diagnostic %+v", d)
		}
		files = append(files, d.Range.File)
	}
	if diff := cmp.Diff([]string{"dir.tf", "gone.tf"}, files); diff != "" {
		t.Errorf("diagnostic files (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"aws_sqs_queue.q", "aws_sqs_queue.z"}, addresses(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p = ParseModule(ctx, fsys, []string{"ok.tf", "zz.tf"}, Inputs{})
	if len(p.Resources) != 0 || len(p.Diagnostics) != 1 || p.Diagnostics[0].Range.File != "ok.tf" {
		t.Errorf("canceled parse: %v %+v", addresses(p), p.Diagnostics)
	}
}

func TestDeterministic(t *testing.T) {
	fsys := fstest.MapFS{
		"a.tf": &fstest.MapFile{Data: []byte("resource \"aws_sqs_queue\" \"a\" {\n  x = \n}\nmodule \"m\" { source = \"./m\" }")},
		"b.tf": &fstest.MapFile{Data: []byte("resource \"aws_sqs_queue\" \"b\" {}\nmodule \"n\" { source = \"./n\" }")},
	}
	first := ParseModule(context.Background(), fsys, []string{"a.tf", "b.tf"}, Inputs{})
	names := []string{"b.tf", "a.tf"}
	for range 5 {
		got := ParseModule(context.Background(), fsys, names, Inputs{})
		if diff := cmp.Diff(first, got, ctyEqual()); diff != "" {
			t.Fatalf("order %v changed the result (-first +got):\n%s", names, diff)
		}
		slices.Reverse(names)
	}
}

func TestOverrideFiles(t *testing.T) {
	p := parse(t, map[string]string{
		"main.tf": "resource \"aws_sqs_queue\" \"q\" {\n  name       = \"jobs\"\n  fifo_queue = false\n}\n",
		// Lexically before main.tf, but applied after it, as in Terraform.
		"a_override.tf":    "resource \"aws_sqs_queue\" \"q\" {\n  fifo_queue = true\n}\n",
		"override.tf.json": `{"resource": {"aws_sqs_queue": {"q": {"delay_seconds": 5}, "ghost": {"name": "x"}}}}`,
	})
	r := resource(t, p, "aws_sqs_queue.q")
	if len(p.Resources) != 1 {
		t.Fatalf("resources = %v, want only the base one", addresses(p))
	}
	if r.Range.File != "main.tf" || r.Range.Start.Line != 1 {
		t.Errorf("range = %v, want the base declaration", r.Range)
	}
	want := cty.ObjectVal(map[string]cty.Value{
		"name":          cty.StringVal("jobs"),
		"fifo_queue":    cty.True,
		"delay_seconds": cty.NumberIntVal(5),
	})
	if !r.Attrs.RawEquals(want) {
		t.Errorf("Attrs = %#v, want %#v", r.Attrs, want)
	}
	if got := r.AttrRanges["fifo_queue"].File; got != "a_override.tf" {
		t.Errorf("fifo_queue range file = %q, want the override file", got)
	}
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Summary != "Missing base resource for override" || p.Diagnostics[0].Range.File != "override.tf.json" {
		t.Errorf("diagnostics = %+v, want one missing-base error for the ghost override", p.Diagnostics)
	}
}
