# Amazon FinSpace (managed kdb Insights) → no managed kdb+ service on Azure: run kdb+ yourself on VMs or AKS under a KX licence, or move the time-series analytics to Azure Data Explorer.

mapping "aws_finspace_kx_environment" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "Azure has no managed kdb+ environment. Provide the pieces yourself: a virtual network, VMs or an AKS cluster for the kdb+ processes (with your KX licence), shared storage for the databases and Key Vault for keys. If rewriting the q code is an option, Azure Data Explorer is Azure's managed time-series analytics store."
}

mapping "AWS::FinSpace::Environment" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "A FinSpace environment (data catalogue, notebooks and analytics clusters for financial data) has no Azure counterpart; rebuild the data layer on Azure Data Explorer or a lakehouse and the notebooks on Azure Machine Learning or Fabric."
}

mapping "aws_finspace_kx_cluster" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "Each kdb+ cluster (HDB, RDB, gateway, tickerplant or general purpose) becomes kdb+ processes you deploy on memory-optimised VMs or AKS pods, with your own code deployment, scaling and multi-zone placement."
}

mapping "aws_finspace_kx_database" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "The kdb+ database (changesets loaded from S3) becomes a partitioned kdb+ database on storage you manage; changesets have no counterpart, so load new partitions with your own jobs."
}

mapping "aws_finspace_kx_dataview" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "Dataviews (cached, versioned views of a database for clusters) have no counterpart: mount the database storage on the HDB processes and manage caching and versions yourself."
}

mapping "aws_finspace_kx_scaling_group" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "Shared compute for several kdb+ clusters becomes a VM scale set or an AKS node pool that you schedule the kdb+ processes onto."
}

mapping "aws_finspace_kx_volume" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  note    = "A shared kdb+ volume becomes storage you provision and mount on the kdb+ hosts, for example an Azure NetApp Files NFS volume (azurerm_netapp_volume) or managed disks for single-host data."
}

mapping "aws_finspace_kx_user" {
  service = "Self-managed kdb+ on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/fundamentals/whatis"
  note    = "kdb users tied to IAM roles have no managed counterpart: authenticate connections to your kdb+ processes yourself (kdb+ user lists or a gateway that validates Microsoft Entra ID tokens)."
}
