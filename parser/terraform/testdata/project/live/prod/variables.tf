variable "environment" {
  type    = string
  default = "prod"
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "dr_region" {
  type    = string
  default = "us-west-2"
}

variable "name" {
  type    = string
  default = "a2z"
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "azs" {
  type    = list(string)
  default = ["us-east-1a", "us-east-1b"]
}

variable "subnets" {
  type = map(object({
    az_index = number
    public   = optional(bool, true)
  }))
  default = {
    a = { az_index = 0 }
  }
}

variable "single_nat" {
  type    = bool
  default = true
}

variable "enable_eks" {
  type    = bool
  default = true
}

variable "node_groups" {
  description = "Passed through to modules/eks, which declares the full object type."
  type        = any
  default = {
    general = {}
  }
}

variable "queues" {
  type    = list(string)
  default = ["jobs"]
}

variable "ingress_ports" {
  type    = map(number)
  default = { https = 443 }
}
