# AWS Parallel Computing Service (managed Slurm) → Slurm clusters run by Azure CycleCloud.

mapping "AWS::PCS::Cluster" {
  service = "Azure CycleCloud (Slurm)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/cyclecloud/overview"
  note    = "A managed Slurm cluster becomes a Slurm cluster orchestrated by Azure CycleCloud (or the CycleCloud Workspace for Slurm marketplace offer). The scheduler runs on VMs you own and patch, and the cluster is defined in a CycleCloud template rather than with azurerm."
}

mapping "AWS::PCS::ComputeNodeGroup" {
  service = "Azure CycleCloud (Slurm)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/cyclecloud/overview"
  note    = "A compute node group becomes a node array in the CycleCloud cluster template: VM size, image, subnet and maximum count, with nodes created on demand by the Slurm autoscaler and Spot VMs in place of Spot instances."
}

mapping "AWS::PCS::Queue" {
  service = "Azure CycleCloud (Slurm)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/cyclecloud/overview"
  note    = "A queue is a Slurm partition: CycleCloud creates one partition per node array, and more can be added in the cluster template."
}
