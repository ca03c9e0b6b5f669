resource "aws_lb" "web" {
  # mapping: aws-lb direct
  # want: aws-lb/dedicated-subnet
  # want: aws-lb/http2
  # want: aws-lb/request-timeout
  load_balancer_type = "application"
}

resource "aws_alb" "legacy" {
  # The aws_alb alias shares the aws_lb entry; application is the default type.
  # mapping: aws-lb direct
  # want: aws-lb/dedicated-subnet
  # want: aws-lb/http2
  # want: aws-lb/request-timeout
}

resource "aws_lb" "tcp" {
  # mapping: aws-lb/network direct
  load_balancer_type = "network"
}

resource "aws_lb" "appliances" {
  # mapping: aws-lb/gateway partial
  # want: aws-lb/gateway-encapsulation
  load_balancer_type = "gateway"
}

resource "aws_route53_zone" "public" {
  # mapping: aws-route53-zone direct
  name = "example.com"
}

resource "aws_route53_zone" "private" {
  # mapping: aws-route53-zone/private direct
  name = "internal.example.com"
  vpc {
    vpc_id = aws_vpc.main.id
  }
}

resource "aws_internet_gateway" "igw" {
  # mapping: aws-internet-gateway implicit
  vpc_id = aws_vpc.main.id
}

resource "aws_ram_resource_share" "share" {
  # mapping: aws-ram-resource-share none
  # want: aws-ram-resource-share
  name = "shared-subnets"
}

resource "aws_future_service_widget" "unknown" {
  # A type newer than the knowledge base (no such type today): reported, never dropped.
  # mapping: - unknown
  # want: a2z/unknown-type
  name = "analysts"
}

data "aws_ami" "ubuntu" {
  # mapping: data-aws-ami partial
  most_recent = true
}

data "aws_future_service_widget" "someone" {
  # mapping: - unknown
  # want: a2z/unknown-type
  user_name = "x"
}

resource "awscc_sqs_queue" "cc" {
  # awscc types share their CloudFormation twin's entry.
  # mapping: aws-sqs-queue direct
  # want: aws-sqs-queue/fifo-sessions
  fifo_queue = true
}

resource "google_storage_bucket" "ignored" {
  name = "not-aws"
}
