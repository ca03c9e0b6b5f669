variable "vpc_id" {
  type = string
}

provider "aws" {
  region = "eu-central-1"
}

resource "aws_flow_log" "this" {
  vpc_id       = var.vpc_id
  traffic_type = "ALL"
}
