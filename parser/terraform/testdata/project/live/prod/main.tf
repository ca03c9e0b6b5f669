locals {
  tags = {
    Project = var.name
  }
}

data "aws_caller_identity" "current" {}

module "vpc" {
  source = "../../modules/vpc"

  name       = var.name
  cidr       = var.vpc_cidr
  azs        = var.azs
  subnets    = var.subnets
  single_nat = var.single_nat

  ingress_rules = {
    for name, port in var.ingress_ports : name => { port = port }
  }

  tags = local.tags
}

module "eks" {
  source = "../../modules/eks"
  count  = var.enable_eks ? 1 : 0

  cluster_name      = "${var.name}-eks"
  subnet_ids        = module.vpc.private_subnet_ids
  node_groups       = var.node_groups
  cluster_log_types = ["api", "audit"]
  tags              = local.tags
}

module "dr_bucket" {
  source = "../../modules/bucket"

  providers = {
    aws = aws.dr
  }

  bucket_name = "${var.name}-dr-${data.aws_caller_identity.current.account_id}"
  tags        = local.tags
}

module "logs" {
  source = "../../modules/bucket"
  count  = 0

  bucket_name = "${var.name}-logs"
}

resource "aws_sqs_queue" "jobs" {
  count = length(var.queues)

  name                      = "${var.name}-${var.queues[count.index]}"
  message_retention_seconds = 345600
  tags                      = local.tags
}

resource "aws_ssm_parameter" "config" {
  # The duplicate collapses: toset() yields two elements.
  for_each = toset(["db_host", "db_port", "db_host"])

  name  = "/${var.name}/${each.key}"
  type  = "String"
  value = "changeme"
}

resource "aws_sns_topic" "dr_alerts" {
  provider = aws.dr

  name = "${var.name}-dr-alerts"
}
