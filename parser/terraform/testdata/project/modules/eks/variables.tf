variable "cluster_name" {
  type = string
}

variable "kubernetes_version" {
  type    = string
  default = "1.29"
}

variable "subnet_ids" {
  description = "Subnets for the control plane ENIs and the node groups."
  type        = list(string)
}

variable "cluster_log_types" {
  description = "Control plane log types; a log group is created only when this is non-empty."
  type        = list(string)
  default     = []
}

variable "node_groups" {
  description = "Managed node groups keyed by name. Groups with enabled = false are skipped."
  type = map(object({
    instance_types = optional(list(string), ["t3.medium"])
    capacity_type  = optional(string, "ON_DEMAND")
    desired_size   = optional(number, 2)
    min_size       = optional(number, 1)
    max_size       = optional(number, 3)
    enabled        = optional(bool, true)
    labels         = optional(map(string), {})
    taints = optional(list(object({
      key    = string
      value  = optional(string)
      effect = string
    })), [])
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
