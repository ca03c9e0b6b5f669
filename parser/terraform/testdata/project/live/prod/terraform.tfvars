region    = "eu-west-1"
dr_region = "eu-central-1"
name      = "a2z-prod"

azs = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

subnets = {
  a = { az_index = 0 }
  b = { az_index = 1 }
  c = { az_index = 2, public = false }
}

single_nat = false

node_groups = {
  general = {
    desired_size = 3
  }
  spot = {
    instance_types = ["m5.large", "m5a.large"]
    capacity_type  = "SPOT"
    taints = [
      { key = "spot", value = "true", effect = "NO_SCHEDULE" },
    ]
  }
  gpu = {
    instance_types = ["g5.xlarge"]
    enabled        = false
  }
}

queues = ["jobs", "events"]

ingress_ports = {
  https = 443
  ssh   = 22
}
