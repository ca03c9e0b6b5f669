variable "name" {
  description = "Name prefix for every VPC resource."
  type        = string
}

variable "cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.0.0.0/16"
}

variable "azs" {
  description = "Availability zones used by the subnets."
  type        = list(string)
}

variable "subnets" {
  description = "Subnets keyed by a short name; each gets a private subnet, and a public one unless public = false."
  type = map(object({
    az_index = number
    public   = optional(bool, true)
  }))
}

variable "single_nat" {
  description = "One shared NAT gateway instead of one per availability zone."
  type        = bool
  default     = true
}

variable "ingress_rules" {
  description = "Ingress rules of the shared security group, keyed by name."
  type = map(object({
    port        = number
    protocol    = optional(string, "tcp")
    cidr_blocks = optional(list(string), ["10.0.0.0/8"])
  }))
  default = {}
}

variable "tags" {
  description = "Extra tags."
  type        = map(string)
  default     = {}
}
