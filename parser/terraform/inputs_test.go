package terraform

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// inputsModule declares one variable per precedence level, so each shows
// which source won, and echoes them into a resource's attributes.
const inputsModule = `
variable "from_default" { default = "default" }
variable "from_env" { default = "default" }
variable "from_tfvars" { default = "default" }
variable "from_tfvars_json" { default = "default" }
variable "from_auto" { default = "default" }
variable "from_var_file" { default = "default" }
variable "from_var" { default = "default" }
variable "count_n" { type = number }
variable "tags" {
  type = object({
    team = string
    tier = optional(string, "gold")
  })
}
variable "zones" { type = list(string) }

resource "aws_sqs_queue" "q" {
  from_default     = var.from_default
  from_env         = var.from_env
  from_tfvars      = var.from_tfvars
  from_tfvars_json = var.from_tfvars_json
  from_auto        = var.from_auto
  from_var_file    = var.from_var_file
  from_var         = var.from_var
  count_n          = var.count_n
  tags             = var.tags
  zones            = var.zones
}
`

func parseWithInputs(t *testing.T, files map[string]string, in Inputs) parser.Parsed {
	t.Helper()
	fsys := fstest.MapFS{}
	var tf []string
	for n, s := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(s)}
		if strings.HasSuffix(n, ".tf") {
			tf = append(tf, n)
		}
	}
	return ParseModule(context.Background(), fsys, tf, in)
}

// Values come from defaults < TF_VAR_ < terraform.tfvars < terraform.tfvars.json
// < *.auto.tfvars (lexical) < --var-file < --var, as Terraform documents.
func TestInputPrecedence(t *testing.T) {
	files := map[string]string{
		"root/main.tf": inputsModule,
		"root/terraform.tfvars": `
from_tfvars = "tfvars"
from_tfvars_json = "tfvars"
from_auto = "tfvars"
from_var_file = "tfvars"
from_var = "tfvars"
tags = { team = "payments" }
zones = ["a", "b"]
`,
		"root/terraform.tfvars.json": `{"from_tfvars_json": "json", "from_auto": "json", "from_var_file": "json", "from_var": "json"}`,
		"root/b.auto.tfvars":         `from_auto = "b.auto"`,
		"root/a.auto.tfvars.json":    `{"from_auto": "a.auto", "from_var_file": "a.auto", "from_var": "a.auto"}`,
		// Not in the folder of the module: never read.
		"other/terraform.tfvars": `from_default = "wrong folder"`,
	}
	in := Inputs{
		Env: []Assignment{
			{Name: "from_env", Value: "env"}, {Name: "from_tfvars", Value: "env"}, {Name: "count_n", Value: "3"},
		},
		Files: []VarFile{{Name: "prod.tfvars", Src: []byte("from_var_file = \"var-file\"\nfrom_var = \"var-file\"\nundeclared_here = 1\n")}},
		Vars:  []Assignment{{Name: "from_var", Value: "var"}},
	}
	p := parseWithInputs(t, files, in)
	for _, d := range p.Diagnostics {
		t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
	}
	attrs := resource(t, p, "aws_sqs_queue.q").Attrs
	want := map[string]string{
		"from_default": "default", "from_env": "env", "from_tfvars": "tfvars", "from_tfvars_json": "json",
		"from_auto": "b.auto", "from_var_file": "var-file", "from_var": "var",
	}
	for name, w := range want {
		if got := attrs.GetAttr(name); !got.IsKnown() || got.Type() != cty.String || got.AsString() != w {
			t.Errorf("%s = %#v, want %q", name, got, w)
		}
	}
	// TF_VAR_ strings become the variable's type; optional() defaults apply.
	if got := attrs.GetAttr("count_n"); !got.RawEquals(cty.NumberIntVal(3)) {
		t.Errorf("count_n = %#v, want 3", got)
	}
	wantTags := cty.ObjectVal(map[string]cty.Value{"team": cty.StringVal("payments"), "tier": cty.StringVal("gold")})
	if got := attrs.GetAttr("tags"); !got.RawEquals(wantTags) {
		t.Errorf("tags = %#v, want %#v", got, wantTags)
	}
	if got := attrs.GetAttr("zones"); !got.RawEquals(cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")})) {
		t.Errorf("zones = %#v", got)
	}
}

// A --var for a complex type is parsed as HCL; a primitive one is a literal.
func TestInputRawValues(t *testing.T) {
	files := map[string]string{"main.tf": `
variable "zones" { type = list(string) }
variable "name" { type = string }
resource "aws_sqs_queue" "q" {
  zones = var.zones
  name  = var.name
}
`}
	p := parseWithInputs(t, files, Inputs{Vars: []Assignment{{Name: "zones", Value: `["x", "y"]`}, {Name: "name", Value: `["not", "parsed"]`}}})
	if len(p.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", p.Diagnostics)
	}
	attrs := resource(t, p, "aws_sqs_queue.q").Attrs
	if got := attrs.GetAttr("zones"); !got.RawEquals(cty.ListVal([]cty.Value{cty.StringVal("x"), cty.StringVal("y")})) {
		t.Errorf("zones = %#v", got)
	}
	if got := attrs.GetAttr("name"); !got.RawEquals(cty.StringVal(`["not", "parsed"]`)) {
		t.Errorf("name = %#v", got)
	}
}

// Bad values are diagnostics at their source and leave the variable unknown;
// a value for an undeclared variable in the folder's tfvars is a warning.
func TestInputDiagnostics(t *testing.T) {
	files := map[string]string{
		"main.tf": `
variable "size" { type = number }
variable "zones" { type = list(string) }
resource "aws_sqs_queue" "q" {
  size  = var.size
  zones = var.zones
}
`,
		"terraform.tfvars": "size = \"big\"\nnot_declared = 1\n",
	}
	p := parseWithInputs(t, files, Inputs{Vars: []Assignment{{Name: "zones", Value: `[unclosed`}}})
	var got []string
	for _, d := range p.Diagnostics {
		got = append(got, d.Range.File+":"+strconv.Itoa(d.Range.Start.Line)+" "+string(d.Severity)+" "+d.Summary)
	}
	slices.Sort(got)
	want := []string{
		"--var zones:1 error Unterminated tuple constructor expression",
		"terraform.tfvars:1 error Invalid value for variable",
		"terraform.tfvars:2 warning Value for undeclared variable",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	attrs := resource(t, p, "aws_sqs_queue.q").Attrs
	for _, name := range []string{"size", "zones"} {
		if attrs.GetAttr(name).IsKnown() {
			t.Errorf("%s is known after a bad value: %#v", name, attrs.GetAttr(name))
		}
	}
}
