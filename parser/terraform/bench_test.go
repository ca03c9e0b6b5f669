package terraform

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/a2z/a2z/parser"
)

// generated builds a configuration of roots roots, each calling a network
// module (for_each over subnets) and a service module (count) several
// times, with chains of locals: the shapes that make evaluation costly.
func generated(roots, calls int) (fstest.MapFS, []parser.TerraformDir) {
	fsys := fstest.MapFS{
		"modules/net/main.tf": {Data: []byte(`
variable "cidr" { type = string }
variable "subnets" { type = map(number) }
locals {
  a = { for k, v in var.subnets : k => cidrsubnet(var.cidr, 8, v) }
  b = { for k, v in local.a : k => { cidr = v, name = "s-${k}" } }
  c = merge(local.b, {})
}
resource "aws_vpc" "this" { cidr_block = var.cidr }
resource "aws_subnet" "this" {
  for_each   = local.c
  vpc_id     = aws_vpc.this.id
  cidr_block = each.value.cidr
  tags       = { Name = each.value.name }
}
output "subnet_ids" { value = [for s in aws_subnet.this : s.id] }
`)},
		"modules/svc/main.tf": {Data: []byte(`
variable "n" { type = number }
variable "subnets" { type = list(string) }
resource "aws_sqs_queue" "q" {
  count = var.n
  name  = "q-${count.index}"
}
resource "aws_lambda_function" "f" {
  count         = var.n
  function_name = "f-${count.index}"
  runtime       = "python3.12"
  vpc_config {
    subnet_ids = var.subnets
  }
}
`)},
	}
	dirs := []parser.TerraformDir{}
	for r := range roots {
		var b strings.Builder
		fmt.Fprintf(&b, "provider \"aws\" { region = \"eu-west-1\" }\n")
		for c := range calls {
			fmt.Fprintf(&b, `
module "net%d" {
  source  = "../../modules/net"
  cidr    = "10.%d.0.0/16"
  subnets = { a = 1, b = 2, c = 3 }
}
module "svc%d" {
  source  = "../../modules/svc"
  n       = 3
  subnets = module.net%d.subnet_ids
}
`, c, c%250, c, c)
		}
		name := fmt.Sprintf("live/r%03d/main.tf", r)
		fsys[name] = &fstest.MapFile{Data: []byte(b.String())}
		dirs = append(dirs, parser.TerraformDir{Dir: fmt.Sprintf("live/r%03d", r), Files: []string{name}})
	}
	return fsys, dirs
}

// BenchmarkEvaluate evaluates 20 roots × 20 module pairs: 4,000 resource
// instances from two module folders, each parsed once.
func BenchmarkEvaluate(b *testing.B) {
	fsys, dirs := generated(20, 20)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		p := ParseTree(context.Background(), fsys, dirs, Inputs{})
		n = len(p.Resources)
		if len(p.Diagnostics) > 0 {
			b.Fatalf("diagnostics: %v", p.Diagnostics[0])
		}
	}
	b.ReportMetric(float64(n), "resources/op")
}

// The generated configuration expands as Terraform would; the benchmark
// measures real work.
func TestGeneratedConfiguration(t *testing.T) {
	fsys, dirs := generated(2, 3)
	p := ParseTree(context.Background(), fsys, dirs, Inputs{})
	if len(p.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", p.Diagnostics)
	}
	// Per call pair: 1 VPC + 3 subnets + 3 queues + 3 functions.
	if got, want := len(p.Resources), 2*3*10; got != want {
		t.Errorf("%d resources, want %d", got, want)
	}
	for _, r := range p.Resources {
		if r.Type == "aws_lambda_function" {
			if v := r.Attrs.GetAttr("vpc_config"); v.LengthInt() != 1 {
				t.Errorf("%s vpc_config = %#v", r.Address, v)
			}
		}
	}
}
