package terraform

import (
	"context"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// tree parses in-memory folders the way a scan does: every folder holding
// .tf files is a TerraformDir, or, when files are named (only), the folders
// of those files, as discovery does for explicit files.
func tree(t *testing.T, files map[string]string, only ...string) parser.Parsed {
	t.Helper()
	fsys := fstest.MapFS{}
	byDir := map[string][]string{}
	for n, s := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(s)}
		if strings.HasSuffix(n, ".tf") {
			byDir[path.Dir(n)] = append(byDir[path.Dir(n)], n)
		}
	}
	var dirs []parser.TerraformDir
	for _, d := range sortedKeys(byDir) {
		td := parser.TerraformDir{Dir: d, Files: byDir[d]}
		for _, o := range only {
			if path.Dir(o) == d {
				if td.Only == nil {
					td.Only = map[string]bool{}
				}
				td.Only[o] = true
			}
		}
		if len(only) == 0 || td.Only != nil {
			dirs = append(dirs, td)
		}
	}
	return ParseTree(context.Background(), fsys, dirs, Inputs{})
}

// rootAddrs lists "root: address" of every resource.
func rootAddrs(p parser.Parsed) []string {
	var out []string
	for _, r := range p.Resources {
		out = append(out, r.Root+": "+r.Address)
	}
	slices.Sort(out)
	return out
}

func diagSummaries(p parser.Parsed) []string {
	var out []string
	for _, d := range p.Diagnostics {
		out = append(out, d.Range.File+": "+d.Summary)
	}
	return out
}

func TestModuleExpansion(t *testing.T) {
	files := map[string]string{
		"live/main.tf": `
variable "names" {
  default = ["a", "b"]
}
module "queues" {
  source = "../modules/queue"
  count  = length(var.names)
  name   = var.names[count.index]
}
module "topics" {
  source   = "../modules/topic"
  for_each = { x = 1, y = 2 }
  size     = each.value
}
module "off" {
  source = "../modules/queue"
  count  = 0
  name   = "never"
}
resource "aws_sns_topic" "uses_output" {
  name = module.queues[1].queue_name
}
`,
		"modules/queue/main.tf": `
variable "name" { type = string }
resource "aws_sqs_queue" "q" {
  name = "${var.name}-q"
  # path.module is relative to the root module, as in Terraform.
  policy_file = "${path.module}/policy.json"
}
output "queue_name" { value = aws_sqs_queue.q.name }
`,
		"modules/topic/main.tf": `
variable "size" { type = number }
resource "aws_sns_topic" "t" {
  count = var.size
  name  = "t${count.index}"
}
`,
	}
	p := tree(t, files)
	if len(p.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", diagSummaries(p))
	}
	want := []string{
		"live: aws_sns_topic.uses_output",
		"live: module.queues[0].aws_sqs_queue.q",
		"live: module.queues[1].aws_sqs_queue.q",
		`live: module.topics["x"].aws_sns_topic.t[0]`,
		`live: module.topics["y"].aws_sns_topic.t[0]`,
		`live: module.topics["y"].aws_sns_topic.t[1]`,
	}
	if diff := cmp.Diff(want, rootAddrs(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
	for _, r := range p.Resources {
		switch r.Address {
		case "module.queues[1].aws_sqs_queue.q":
			if got := r.Attrs.GetAttr("name"); !got.RawEquals(cty.StringVal("b-q")) {
				t.Errorf("%s name = %#v", r.Address, got)
			}
			if got := r.Attrs.GetAttr("policy_file"); !got.RawEquals(cty.StringVal("../modules/queue/policy.json")) {
				t.Errorf("%s policy_file = %#v", r.Address, got)
			}
			if len(r.Calls) != 1 || r.Calls[0].File != "live/main.tf" || r.Calls[0].Start.Line != 5 {
				t.Errorf("%s calls = %v, want live/main.tf:5", r.Address, r.Calls)
			}
			if !slices.Equal(r.ModulePath, []string{"queues[1]"}) {
				t.Errorf("%s module path = %v", r.Address, r.ModulePath)
			}
		case "aws_sns_topic.uses_output":
			// An output of a module instance, computed from its input.
			if got := r.Attrs.GetAttr("name"); !got.RawEquals(cty.StringVal("b-q")) {
				t.Errorf("%s name = %#v", r.Address, got)
			}
		}
	}
}

// A folder another scanned folder calls is reported through its callers
// only; a folder nobody calls is a root of its own.
func TestRoots(t *testing.T) {
	files := map[string]string{
		"a/main.tf":   `module "m" { source = "../mod" }`,
		"b/main.tf":   `module "m" { source = "../mod" }`,
		"mod/main.tf": `resource "aws_sqs_queue" "q" {}`,
		"solo/x.tf":   `resource "aws_sns_topic" "t" {}`,
	}
	want := []string{"a: module.m.aws_sqs_queue.q", "b: module.m.aws_sqs_queue.q", "solo: aws_sns_topic.t"}
	if diff := cmp.Diff(want, rootAddrs(tree(t, files))); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
	// Two folders calling each other, and nothing else: the first becomes a
	// root so nothing is lost, and the cycle is reported where it closes.
	cyc := map[string]string{
		"x/main.tf": "module \"y\" { source = \"../y\" }\nresource \"aws_sqs_queue\" \"x\" {}",
		"y/main.tf": "module \"x\" { source = \"../x\" }\nresource \"aws_sqs_queue\" \"y\" {}",
	}
	p := tree(t, cyc)
	wantC := []string{"x: aws_sqs_queue.x", "x: module.y.aws_sqs_queue.y"}
	if diff := cmp.Diff(wantC, rootAddrs(p)); diff != "" {
		t.Errorf("cycle addresses (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"y/main.tf: Module calls itself"}, diagSummaries(p)); diff != "" {
		t.Errorf("cycle diagnostics (-want +got):\n%s", diff)
	}
}

// A module that calls itself stops with a diagnostic instead of recursing.
func TestModuleCallsItself(t *testing.T) {
	p := tree(t, map[string]string{
		"main.tf":     `module "r" { source = "./r" }`,
		"r/main.tf":   "module \"again\" { source = \"../r\" }\nresource \"aws_sqs_queue\" \"q\" {}",
		"r/unused.tf": "",
	})
	if diff := cmp.Diff([]string{".: module.r.aws_sqs_queue.q"}, rootAddrs(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"r/main.tf: Module calls itself"}, diagSummaries(p)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

// Registry modules are read from where terraform init installed them.
func TestRegistryModuleFromManifest(t *testing.T) {
	p := tree(t, map[string]string{
		"main.tf": `
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  name    = "main"
}
module "missing" {
  source = "terraform-aws-modules/eks/aws"
}
`,
		".terraform/modules/modules.json": `{"Modules":[{"Key":"","Source":"","Dir":"."},
{"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Version":"5.0.0","Dir":".terraform/modules/vpc"}]}`,
		".terraform/modules/vpc/main.tf.txt": "",
	})
	// The installed module's folder must hold .tf files; this one has none,
	// so both calls are reported as not read, each saying why.
	if diff := cmp.Diff([]string{"main.tf: Module not read", "main.tf: Module not read"}, diagSummaries(p)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}

	fsys := fstest.MapFS{
		"main.tf":                         {Data: []byte("module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n  name = \"main\"\n}\n")},
		".terraform/modules/modules.json": {Data: []byte(`{"Modules":[{"Key":"vpc","Dir":".terraform/modules/vpc"}]}`)},
		".terraform/modules/vpc/main.tf":  {Data: []byte("variable \"name\" {}\nresource \"aws_vpc\" \"this\" {\n  tags = { Name = var.name }\n}\n")},
	}
	p = ParseTree(context.Background(), fsys, []parser.TerraformDir{{Dir: ".", Files: []string{"main.tf"}}}, Inputs{})
	if diff := cmp.Diff([]string{".: module.vpc.aws_vpc.this"}, rootAddrs(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
	if len(p.Diagnostics) > 0 {
		t.Errorf("diagnostics: %v", diagSummaries(p))
	}
}

// Providers reach modules implicitly (default configurations) or through
// the providers argument (aliases), and give each instance its region.
func TestProvidersThroughModules(t *testing.T) {
	p := tree(t, map[string]string{
		"main.tf": `
provider "aws" { region = "eu-west-1" }
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
module "here" { source = "./m" }
module "there" {
  source    = "./m"
  providers = { aws = aws.us }
}
resource "aws_sqs_queue" "direct" {
  provider = aws.us
}
`,
		"m/main.tf": `resource "aws_sqs_queue" "q" {}`,
	})
	got := map[string]string{}
	for _, r := range p.Resources {
		got[r.Address] = r.Region
	}
	want := map[string]string{
		"module.here.aws_sqs_queue.q":  "eu-west-1",
		"module.there.aws_sqs_queue.q": "us-east-1",
		"aws_sqs_queue.direct":         "us-east-1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("regions (-want +got):\n%s", diff)
	}
}

// dynamic blocks expand into nested blocks; an unknown for_each leaves the
// block type unknown. An unknown count gives one instance, marked.
func TestDynamicAndUnknownExpansion(t *testing.T) {
	p := tree(t, map[string]string{"main.tf": `
variable "ports" { default = [80, 443] }
variable "n" { type = number }
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.ports
    iterator = port
    content {
      from_port = port.value
      to_port   = port.value
    }
  }
  ingress {
    from_port = 22
  }
}
resource "aws_sqs_queue" "many" {
  count = var.n
  name  = "q${count.index}"
}
`})
	if len(p.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", diagSummaries(p))
	}
	sg := resource(t, p, "aws_security_group.sg")
	ingress := sg.Attrs.GetAttr("ingress")
	var ports []int64
	for it := ingress.ElementIterator(); it.Next(); {
		_, e := it.Element()
		n, _ := e.GetAttr("from_port").AsBigFloat().Int64()
		ports = append(ports, n)
	}
	if !slices.Equal(ports, []int64{22, 80, 443}) {
		t.Errorf("ingress from_ports = %v, want [22 80 443]", ports)
	}
	many := resource(t, p, "aws_sqs_queue.many")
	if many.Unexpanded != "count = var.n" {
		t.Errorf("Unexpanded = %q", many.Unexpanded)
	}
	if many.Attrs.GetAttr("name").IsKnown() {
		t.Errorf("name of an unknown instance is known: %#v", many.Attrs.GetAttr("name"))
	}
}

// A pre-commit run names files: resources in them, and module instances
// called from them, are kept; the rest of the folder is not reported.
func TestExplicitFilesKeepCalledModules(t *testing.T) {
	p := tree(t, map[string]string{
		"live/main.tf":   `module "m" { source = "../mod" }`,
		"live/other.tf":  `resource "aws_sns_topic" "t" {}`,
		"mod/main.tf":    `resource "aws_sqs_queue" "q" {}`,
		"mod/extra.tf":   `resource "aws_sqs_queue" "r" {}`,
		"unrelated/x.tf": `resource "aws_s3_bucket" "b" {}`,
	}, "live/main.tf")
	want := []string{"live: module.m.aws_sqs_queue.q", "live: module.m.aws_sqs_queue.r"}
	if diff := cmp.Diff(want, rootAddrs(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
}

// An aws_iam_policy_document renders its JSON as the provider does, with
// computed references written as Terraform shows them, so the policy that
// uses it can be read; an unknown variable in it leaves it unknown.
func TestPolicyDocument(t *testing.T) {
	p := tree(t, map[string]string{"main.tf": `
variable "actions" { type = list(string) }
resource "aws_s3_bucket" "b" {}
data "aws_iam_policy_document" "p" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["123456789012"]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["s3:*", "kms:*"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "open" {
  statement {
    actions   = var.actions
    resources = ["*"]
  }
}
resource "aws_iam_policy" "uses" {
  policy = data.aws_iam_policy_document.p.json
}
resource "aws_iam_policy" "unknown" {
  policy = data.aws_iam_policy_document.open.json
}
`})
	if len(p.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", diagSummaries(p))
	}
	want := `{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"${aws_s3_bucket.b.arn}/*","Principal":{"Service":"lambda.amazonaws.com"},"Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}},{"Effect":"Deny","Action":["s3:*","kms:*"],"Resource":"*"}]}`
	doc := resource(t, p, "data.aws_iam_policy_document.p")
	if got := doc.Attrs.GetAttr("minified_json"); !got.RawEquals(cty.StringVal(want)) {
		t.Errorf("minified_json =\n%#v\nwant\n%s", got, want)
	}
	uses := resource(t, p, "aws_iam_policy.uses")
	policy := uses.Attrs.GetAttr("policy")
	if !policy.IsKnown() || !strings.Contains(policy.AsString(), `"Effect": "Deny"`) || !strings.Contains(policy.AsString(), "\n  \"Statement\": [") {
		t.Errorf("policy = %#v", policy)
	}
	if got := resource(t, p, "aws_iam_policy.unknown").Attrs.GetAttr("policy"); got.IsKnown() {
		t.Errorf("a policy with unknown actions is known: %#v", got)
	}
}

// moved, import, removed and check blocks are Terraform's own business:
// accepted without a word.
func TestLifecycleBlocksAreQuiet(t *testing.T) {
	p := tree(t, map[string]string{"main.tf": `
resource "aws_sqs_queue" "new" {}
moved {
  from = aws_sqs_queue.old
  to   = aws_sqs_queue.new
}
import {
  to = aws_sqs_queue.new
  id = "https://sqs.eu-west-1.amazonaws.com/123/q"
}
removed {
  from = aws_sns_topic.gone
  lifecycle {
    destroy = false
  }
}
check "health" {
  assert {
    condition     = true
    error_message = "never"
  }
}
`})
	if len(p.Diagnostics) > 0 {
		t.Errorf("diagnostics: %v", diagSummaries(p))
	}
	if diff := cmp.Diff([]string{".: aws_sqs_queue.new"}, rootAddrs(p)); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
}
