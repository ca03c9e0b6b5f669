// Package benchgen generates the deterministic trees a2z's benchmarks scan:
// Terraform roots calling nested local modules with count and for_each,
// CloudFormation templates with conditions and intrinsics, SAM templates. The
// bench harness writes them to disk; the stage benchmarks hold them in memory.
package benchgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
)

// Per size unit (1×) the generator writes this many Terraform roots,
// CloudFormation templates and SAM templates.
const (
	rootsPerUnit = 30
	cfnPerUnit   = 12
	samPerUnit   = 6
)

// Tree is what the generator wrote and what a scan of it must report.
type Tree struct {
	Files     int // every file written
	TFFiles   int
	Templates int
	Resources int // resources a scan is expected to report
	// PreCommit names, relative to the tree root, the files a pre-commit
	// hook would pass for a change touching one Terraform root (its main.tf,
	// which calls the modules), one CloudFormation and one SAM template;
	// PreCommitResources is what a scan of just those files must report.
	PreCommit          [3]string
	PreCommitResources int
}

// Generate writes a deterministic tree of the given size under dir. The same
// size and seed always produce the same bytes.
func Generate(dir string, size int, seed uint64) (Tree, error) {
	return generate(size, seed, func(rel, body string) error {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, []byte(body), 0o644)
	})
}

// GenerateFS is Generate into memory.
func GenerateFS(size int, seed uint64) (fstest.MapFS, Tree) {
	fsys := fstest.MapFS{}
	t, _ := generate(size, seed, func(rel, body string) error {
		fsys[rel] = &fstest.MapFile{Data: []byte(body)}
		return nil
	})
	return fsys, t
}

func generate(size int, seed uint64, sink func(rel, body string) error) (Tree, error) {
	g := &gen{sink: sink, rng: rand.New(rand.NewPCG(seed, uint64(size)))}
	// first records the first file of each kind as a pre-commit file, with
	// the resources writing it added.
	first := func(i, slot int, name string, write func()) {
		before := g.t.Resources
		write()
		if i == 0 {
			g.t.PreCommit[slot] = name
			g.t.PreCommitResources += g.t.Resources - before
		}
	}
	for i := range rootsPerUnit * size {
		root := fmt.Sprintf("tf/team%02d/stack%04d", i%17, i)
		// Every resource of a root is declared in, or reached through a
		// module call in, its main.tf.
		first(i, 0, root+"/main.tf", func() { g.tfRoot(root) })
	}
	for i := range cfnPerUnit * size {
		name := fmt.Sprintf("cfn/app%02d/stack%04d.yaml", i%11, i)
		first(i, 1, name, func() { g.cfnTemplate(name) })
	}
	for i := range samPerUnit * size {
		name := fmt.Sprintf("sam/svc%04d/template.yaml", i)
		first(i, 2, name, func() { g.samTemplate(name) })
	}
	return g.t, g.err
}

type gen struct {
	sink func(rel, body string) error
	rng  *rand.Rand
	t    Tree
	err  error
}

func (g *gen) write(rel, body string) {
	if g.err != nil {
		return
	}
	if err := g.sink(rel, body); err != nil {
		g.err = err
		return
	}
	g.t.Files++
	if strings.HasSuffix(rel, ".tf") {
		g.t.TFFiles++
	} else {
		g.t.Templates++
	}
}

var instanceTypes = []string{"t3.micro", "t3.large", "m5.xlarge", "c6g.2xlarge", "r5.large"}

// tfRoot writes one root module with its own nested local modules:
//
//	root -> module "queues" (count) -> aws_sqs_queue (count) + dlq
//	root -> module "buckets" (for_each) -> bucket, versioning, module "policy" -> bucket policy
//	root -> instances (for_each), lambdas (count), a role and a table
func (g *gen) tfRoot(root string) {
	nQueueMods := 1 + g.rng.IntN(3) // module count
	nQueues := 1 + g.rng.IntN(4)    // queues per module instance
	nBuckets := 1 + g.rng.IntN(4)   // for_each keys
	nInstances := 1 + g.rng.IntN(3) // for_each keys
	nLambdas := 1 + g.rng.IntN(3)   // count
	itype := instanceTypes[g.rng.IntN(len(instanceTypes))]
	env := []string{"dev", "staging", "prod"}[g.rng.IntN(3)]

	var keys, hosts []string
	for i := range nBuckets {
		keys = append(keys, fmt.Sprintf("%q", fmt.Sprintf("b%d", i)))
	}
	for i := range nInstances {
		hosts = append(hosts, fmt.Sprintf("    web%d = { az = \"eu-west-1%c\" }", i, 'a'+i))
	}

	g.write(root+"/versions.tf", `terraform {
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
`)
	g.write(root+"/variables.tf", fmt.Sprintf(`variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "env" {
  type    = string
  default = %q
}

variable "instance_type" {
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
%s
  }
}
`, env, itype, nLambdas, strings.Join(hosts, "\n")))
	g.write(root+"/main.tf", fmt.Sprintf(`module "queues" {
  source = "./modules/queue"
  count  = %d
  name   = "${local.name_prefix}-q${count.index}"
  n      = %d
  tags   = local.tags
}

module "buckets" {
  source   = "./modules/bucket"
  for_each = toset([%s])
  name     = "${local.name_prefix}-${each.key}"
  tags     = merge(local.tags, { Bucket = each.key })
}

resource "aws_instance" "web" {
  for_each          = local.hosts
  ami               = "ami-0123456789abcdef0"
  instance_type     = var.instance_type
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
`, nQueueMods, nQueues, strings.Join(keys, ", "), 128<<g.rng.IntN(4)))
	g.write(root+"/outputs.tf", `output "queue_urls" {
  value = [for q in module.queues : q.url]
}

output "bucket_arns" {
  value = { for k, b in module.buckets : k => b.arn }
}

output "instance_ids" {
  value = { for k, i in aws_instance.web : k => i.id }
}
`)
	g.write(root+"/modules/queue/main.tf", `variable "name" {
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
`)
	g.write(root+"/modules/bucket/main.tf", `variable "name" {
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
`)
	g.write(root+"/modules/bucket/policy/main.tf", `variable "bucket" {
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
`)
	g.t.Resources += nQueueMods*(1+nQueues) + nBuckets*(2+1+tfDataPerBucket) + nInstances + nLambdas + 2
}

// tfDataPerBucket is the data sources a scan reports per bucket module
// instance (data.aws_iam_policy_document in the policy module).
const tfDataPerBucket = 1

// cfnTemplate writes a plain CloudFormation template with parameters,
// conditions and intrinsics.
func (g *gen) cfnTemplate(name string) {
	nQueues := 1 + g.rng.IntN(5)
	nTables := 1 + g.rng.IntN(3)
	var b strings.Builder
	b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Description: generated benchmark stack
Parameters:
  Env:
    Type: String
    Default: dev
    AllowedValues: [dev, prod]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${AWS::StackName}-logs"
      VersioningConfiguration:
        Status: Enabled
      Tags:
        - Key: Env
          Value: !Ref Env
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt Role.Arn
      MemorySize: !If [IsProd, 1024, 256]
      Code:
        S3Bucket: !Ref Logs
        S3Key: worker.zip
`)
	for i := range nQueues {
		fmt.Fprintf(&b, `  Queue%d:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "${AWS::StackName}-q%d"
      VisibilityTimeout: %d
`, i, i, 30+g.rng.IntN(300))
	}
	for i := range nTables {
		fmt.Fprintf(&b, `  Table%d:
    Type: AWS::DynamoDB::Table
    Condition: IsProd
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
`, i)
	}
	b.WriteString(`Outputs:
  LogsArn:
    Value: !GetAtt Logs.Arn
`)
	g.write(name, b.String())
	g.t.Resources += 3 + nQueues + nTables
}

// samTemplate writes a SAM template (Transform AWS::Serverless-2016-10-31).
func (g *gen) samTemplate(name string) {
	nFns := 1 + g.rng.IntN(4)
	var b strings.Builder
	b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: generated benchmark SAM app
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 10
Resources:
  Items:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey:
        Name: id
        Type: String
`)
	for i := range nFns {
		fmt.Fprintf(&b, `  Fn%d:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      CodeUri: src/fn%d
      MemorySize: %d
      Environment:
        Variables:
          TABLE: !Ref Items
`, i, i, 128<<g.rng.IntN(4))
	}
	g.write(name, b.String())
	g.t.Resources += 1 + nFns
}
