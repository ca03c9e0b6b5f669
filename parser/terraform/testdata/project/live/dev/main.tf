data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

module "vpc" {
  source = "../../modules/vpc"

  name       = var.name
  cidr       = "10.20.0.0/16"
  azs        = var.azs
  subnets    = var.subnets
  single_nat = var.single_nat

  tags = {
    Environment = "dev"
    Region      = data.aws_region.current.name
  }
}

module "eks" {
  source = "../../modules/eks"
  count  = var.enable_eks ? 1 : 0

  cluster_name = "${var.name}-eks"
  subnet_ids   = module.vpc.private_subnet_ids
  node_groups  = var.node_groups
}

module "dr_bucket" {
  source = "../../modules/bucket"

  providers = {
    aws = aws.dr
  }

  bucket_name = "${var.name}-dr-${data.aws_caller_identity.current.account_id}"
  versioning  = false
}

resource "aws_sqs_queue" "jobs" {
  count = length(var.queues)

  name = "${var.name}-${var.queues[count.index]}"
}

output "vpc_id" {
  value = module.vpc.vpc_id
}

output "eks_enabled" {
  value = length(module.eks) > 0
}
