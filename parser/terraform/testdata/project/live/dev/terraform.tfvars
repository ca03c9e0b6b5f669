region = "us-east-2"
azs    = ["us-east-2a", "us-east-2b"]

subnets = {
  a = { az_index = 0 }
  b = { az_index = 1, public = false }
}

enable_eks = false
queues     = []
