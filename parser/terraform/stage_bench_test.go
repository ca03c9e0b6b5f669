package terraform

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// Stage benchmarks: BenchmarkParse measures the parse stage alone (read,
// hclsyntax parse, sorting top-level blocks into declarations), without
// evaluation; BenchmarkEvaluate (bench_test.go) measures ParseTree, which
// parses and evaluates.

// parseStageRoots is the number of generated root folders: 30 roots is the
// 1× tree of internal/bench, so 300 is its 10× tree.
const parseStageRoots = 300

// parseStageTree builds roots root folders shaped like internal/bench's
// generator: four files in the root, a queue module, a bucket module and a
// nested policy module, each its own folder. It returns the file system, the
// folders with their files, and the resource and data blocks they declare.
func parseStageTree(roots int) (fstest.MapFS, map[string][]string, int) {
	fsys := fstest.MapFS{}
	dirs := map[string][]string{}
	blocks := 0
	add := func(dir, file, body string) {
		name := dir + "/" + file
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
		dirs[dir] = append(dirs[dir], name)
		blocks += strings.Count(body, "\nresource \"") + strings.Count(body, "\ndata \"")
		if strings.HasPrefix(body, "resource \"") || strings.HasPrefix(body, "data \"") {
			blocks++
		}
	}
	for i := range roots {
		root := fmt.Sprintf("tf/team%02d/stack%04d", i%17, i)
		add(root, "versions.tf", stageVersions)
		add(root, "variables.tf", fmt.Sprintf(stageVariables, []string{"dev", "staging", "prod"}[i%3], 1+i%3))
		add(root, "main.tf", fmt.Sprintf(stageMain, 1+i%3, 1+i%4, 128<<(i%4)))
		add(root, "outputs.tf", stageOutputs)
		add(root+"/modules/queue", "main.tf", stageQueue)
		add(root+"/modules/bucket", "main.tf", stageBucket)
		add(root+"/modules/bucket/policy", "main.tf", stagePolicy)
	}
	return fsys, dirs, blocks
}

// BenchmarkParse reads and parses the Terraform folders of a 10× generated
// tree (2,100 files in 1,200 folders), one folder at a time, from memory.
func BenchmarkParse(b *testing.B) {
	fsys, dirs, blocks := parseStageTree(parseStageRoots)
	files := len(fsys)
	ctx := context.Background()
	b.ReportAllocs()
	var declared int
	for b.Loop() {
		declared = 0
		for dir, names := range dirs {
			s := readSource(ctx, fsys, dir, names)
			if len(s.diags) > 0 {
				b.Fatalf("%s: %v", dir, s.diags[0])
			}
			declared += len(s.resources)
		}
	}
	if declared != blocks {
		b.Fatalf("parsed %d resource and data blocks, the files hold %d", declared, blocks)
	}
	b.ReportMetric(float64(files), "files/op")
	b.ReportMetric(float64(declared), "blocks/op")
}

// TestParseStageTree keeps BenchmarkParse's input honest: it evaluates
// without diagnostics and expands to resources.
func TestParseStageTree(t *testing.T) {
	fsys, dirs, _ := parseStageTree(2)
	var roots []string
	for dir := range dirs {
		if !strings.Contains(dir, "/modules/") {
			roots = append(roots, dir)
		}
	}
	if len(roots) != 2 {
		t.Fatalf("roots %v", roots)
	}
	for _, root := range roots {
		p := ParseModule(context.Background(), fsys, dirs[root], Inputs{})
		if len(p.Diagnostics) > 0 {
			t.Fatalf("%s: %v", root, p.Diagnostics[0])
		}
		if len(p.Resources) < 8 {
			t.Errorf("%s: %d resources", root, len(p.Resources))
		}
	}
}

const stageVersions = `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}
`

const stageVariables = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "env" {
  type    = string
  default = %q
}

variable "lambda_count" {
  type    = number
  default = %d
}

locals {
  name_prefix = "${var.env}-${basename(path.module)}"
  tags = {
    Environment = var.env
    Owner       = "platform"
  }
  hosts = {
    web0 = { az = "eu-west-1a" }
    web1 = { az = "eu-west-1b" }
  }
}
`

const stageMain = `module "queues" {
  source = "./modules/queue"
  count  = %d
  name   = "${local.name_prefix}-q${count.index}"
  n      = %d
  tags   = local.tags
}

module "buckets" {
  source   = "./modules/bucket"
  for_each = toset(["b0", "b1"])
  name     = "${local.name_prefix}-${each.key}"
  tags     = merge(local.tags, { Bucket = each.key })
}

resource "aws_instance" "web" {
  for_each          = local.hosts
  ami               = "ami-0123456789abcdef0"
  instance_type     = "t3.large"
  availability_zone = each.value.az
  tags              = merge(local.tags, { Name = each.key })
}

resource "aws_iam_role" "fn" {
  name = "${local.name_prefix}-fn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_function" "fn" {
  count         = var.lambda_count
  function_name = "${local.name_prefix}-fn${count.index}"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "fn.zip"
  memory_size   = %d
  timeout       = 30
  environment {
    variables = {
      QUEUE = module.queues[0].url
    }
  }
}

resource "aws_dynamodb_table" "state" {
  name         = "${local.name_prefix}-state"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }
  tags = local.tags
}
`

const stageOutputs = `output "queue_urls" {
  value = [for q in module.queues : q.url]
}

output "bucket_arns" {
  value = { for k, b in module.buckets : k => b.arn }
}
`

const stageQueue = `variable "name" {
  type = string
}

variable "n" {
  type = number
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_sqs_queue" "dlq" {
  name                      = "${var.name}-dlq"
  message_retention_seconds = 1209600
  tags                      = var.tags
}

resource "aws_sqs_queue" "this" {
  count                      = var.n
  name                       = "${var.name}-${count.index}"
  visibility_timeout_seconds = 60
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })
  tags = var.tags
}

output "url" {
  value = aws_sqs_queue.dlq.url
}
`

const stageBucket = `variable "name" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}

module "policy" {
  source = "./policy"
  bucket = aws_s3_bucket.this.id
  arn    = aws_s3_bucket.this.arn
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
`

const stagePolicy = `variable "bucket" {
  type = string
}

variable "arn" {
  type = string
}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [var.arn, "${var.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = var.bucket
  policy = data.aws_iam_policy_document.tls.json
}
`
