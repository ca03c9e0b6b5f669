package terraform

// Fixtures shared by the tests and the fuzz seeds.
const (
	addressesJSONSrc = `{
  "resource": {"aws_sqs_queue": {"jobs": {}}, "google_storage_bucket": {"g": {}}},
  "data": {"aws_ami": {"ubuntu": {}}}
}`
	addressesSrc = `
resource "aws_sqs_queue" "jobs" {}
data "aws_ami" "ubuntu" {}
resource "awscc_s3_bucket" "cc" {}
data "awscc_ec2_vpc" "v" {}
resource "google_storage_bucket" "g" {}
resource "azurerm_resource_group" "rg" {}
data "http" "h" {}
resource "awsx_thing" "x" {}
output "o" { value = 1 }
`
	nestedJSONSrc = `{"resource": {"aws_security_group": {"sg": {
  "name": "web",
  "ingress": [{"from_port": 80}, {"from_port": 443, "description": "tls"}],
  "versioning": {"enabled": true},
  "tags": {"name": "web"},
  "environment": {"variables": {"foo": "bar"}},
  "headers": {"X-Forwarded-For": "a"},
  "dynamic": {"egress": {"for_each": "${var.rules}", "content": {"from_port": 1}}},
  "count": 2,
  "lifecycle": {"prevent_destroy": true}
}}}}`
	nestedNativeSrc = `
resource "aws_security_group" "sg" {
  name = "web"
  ingress {
    from_port = 80
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port = 443
    description = "tls"
  }
  versioning {
    enabled = true
    rule {
      days = 3
    }
  }
  dynamic "egress" {
    for_each = var.rules
    content {
      from_port = egress.value
    }
  }
  count    = 2
  provider = aws
  depends_on = [aws_vpc.v]
  lifecycle {
    prevent_destroy = true
  }
  provisioner "local-exec" {
    command = "echo"
  }
  connection {
    host = "x"
  }
  timeouts {
    create = aws_x.y.t
  }
}
`
	providersMainSrc = `
resource "aws_s3_bucket" "default" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}
resource "aws_s3_bucket" "missing" {
  provider = aws.nowhere
}
resource "aws_s3_bucket" "quoted" {
  provider = "aws.west"
}
resource "awscc_s3_bucket" "cc" {}
data "aws_region" "current" {
  provider = aws.west
}
`
	providersSrc = `
variable "region" {
  default = "eu-west-1"
}
variable "dr_region" {
  type = string
}
locals {
  west = "us-west-2"
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "west"
  region = local.west
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
provider "awscc" {
  region = "ap-southeast-2"
}
provider "google" {
  region = "europe-west1"
}
`
	valuesLocalsSrc = `
locals {
  name   = "${local.prefix}-jobs"
  prefix = lower(var.env)
}
locals {
  tags = merge({ Env = var.env }, { Team = "core" })
}
`
	valuesMainSrc = `
resource "aws_sqs_queue" "jobs" {
  name        = local.name
  sizes       = var.sizes
  retries     = var.settings.retries
  delay       = max(var.sizes...) * 10
  tags        = local.tags
  fifo        = try(var.settings.fifo, false)
  upper_name  = upper(join("-", [local.prefix, "x"]))
  env_len     = length(var.env)
  regexed     = replace("a-b-c", "/-/", "_")
  unknown_var = var.no_default
  untyped     = var.untyped
}
`
	valuesVariablesSrc = `
variable "env" {
  default = "PROD"
}
variable "sizes" {
  type    = list(number)
  default = ["1", 2]
}
variable "settings" {
  type    = object({ name = string, retries = optional(number, 3) })
  default = { name = "q" }
}
variable "no_default" {
  type = string
}
variable "untyped" {}
`
)
