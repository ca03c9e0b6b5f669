# AWS Outposts (racks, servers, sites and capacity) → Azure Local: an on-premises cluster of
# validated hardware that Azure manages through Azure Arc. The local gateway (Outposts (EC2))
# entries live in outposts.hcl.

mapping "aws_outposts_capacity_task" {
  service = "Azure Local"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "Azure Local has no fixed instance slots to reconfigure: VMs take any vCPU and memory size that fits the cluster's free capacity, so a capacity task has no counterpart. Plan capacity by adding machines to the cluster."
}

data "aws_outposts_asset" {
  service = "Azure Arc-enabled servers"
  status  = "partial"
  azurerm = ["azurerm_arc_machine"]
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "Each physical machine of an Azure Local cluster is an Arc-enabled server; look it up by name to read its status and properties. Rack position and hardware asset data come from the hardware vendor's tools."
}

data "aws_outposts_assets" {
  service = "Azure Arc-enabled servers"
  status  = "partial"
  azurerm = ["azurerm_arc_machine"]
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "There is no list of a cluster's machines in azurerm: list them with azurerm_resources (type Microsoft.HybridCompute/machines) and look each one up by name."
}

data "aws_outposts_outpost" {
  service = "Azure Local"
  status  = "partial"
  azurerm = ["azurerm_stack_hci_cluster"]
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "An Outpost becomes an Azure Local cluster; workloads target its custom location (azurerm_extended_location_custom_location) rather than an Outpost ARN."
}

data "aws_outposts_outpost_instance_type" {
  service = "Azure Local"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "Azure Local VMs have no instance type catalog: set vCPU and memory per VM within the cluster's capacity."
}

data "aws_outposts_outpost_instance_types" {
  service = "Azure Local"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "There is no list of supported instance types: any VM size that fits the cluster's free capacity can be created."
}

data "aws_outposts_outposts" {
  service = "Azure Local"
  status  = "partial"
  azurerm = ["azurerm_stack_hci_cluster"]
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "azurerm cannot list clusters: find them with azurerm_resources (type Microsoft.AzureStackHCI/clusters) and look each one up by name."
}

data "aws_outposts_site" {
  service = "Azure Local"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "Azure has no site object: the physical location of a cluster is recorded only in its name, tags or resource group."
}

data "aws_outposts_sites" {
  service = "Azure Local"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "There are no sites to list; group clusters by resource group or tags instead."
}
