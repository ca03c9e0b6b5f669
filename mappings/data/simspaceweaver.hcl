# AWS SimSpace Weaver (managed large-scale spatial simulation) → no Azure counterpart.

mapping "AWS::SimSpaceWeaver::Simulation" {
  service = "Azure Kubernetes Service or Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "Azure has no managed service that partitions a spatial simulation across workers. Run the simulation engine yourself on a Batch pool or AKS node pool (HPC or memory-optimized VMs), with the partitioning and state exchange between workers handled by the engine; the SimSpace Weaver app SDK code must be replaced."
}
