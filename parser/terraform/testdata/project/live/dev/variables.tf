variable "region" {
  type    = string
  default = "us-east-1"
}

# Not set in terraform.tfvars: the default applies.
variable "dr_region" {
  type    = string
  default = "us-west-2"
}

variable "name" {
  type    = string
  default = "a2z-dev"
}

variable "azs" {
  type    = list(string)
  default = ["us-east-1a"]
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
  type = any
  default = {
    general = {}
  }
}

variable "queues" {
  type    = list(string)
  default = ["jobs"]
}
