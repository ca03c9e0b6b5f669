# Provider-level data sources: account, partition, region and zones.

data "aws_caller_identity" {
  service = "Microsoft Entra ID / Azure subscription"
  status  = "direct"
  azurerm = ["azurerm_client_config"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/accounts"
  note    = "azurerm_client_config returns the tenant, subscription and object ID of the caller; the account ID's role (billing and quota boundary) is played by the subscription ID."
}

data "aws_partition" {
  service = "Azure cloud environment"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/regions-zones"
  note    = "The cloud (public, US Government, China) is chosen by the provider's environment setting; ARNs built from the partition become Azure resource IDs, which the resources export directly."
}

data "aws_region" {
  service = "Azure regions"
  status  = "partial"
  azurerm = ["azurerm_location"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/regions-zones"
  note    = "Resources take an explicit location (usually the resource group's); azurerm_location describes a region and its zone mappings. AWS region codes need translating to Azure location names."
}

data "aws_regions" {
  service = "Azure regions"
  status  = "partial"
  azurerm = ["azurerm_location"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/regions-zones"
  note    = "There is no list-all-regions data source in azurerm; keep the list of target locations as a variable."
}

data "aws_availability_zones" {
  service = "Azure availability zones"
  status  = "partial"
  azurerm = ["azurerm_location"]
  link    = "https://learn.microsoft.com/azure/reliability/availability-zones-overview"
  note    = "Zones are the logical numbers \"1\", \"2\", \"3\" on zonal resources (not every region has them); azurerm_location reports which zones a region offers. Zone numbers are per subscription, like AZ names per account."
}

data "aws_availability_zone" {
  service = "Azure availability zones"
  status  = "partial"
  azurerm = ["azurerm_location"]
  link    = "https://learn.microsoft.com/azure/reliability/availability-zones-overview"
  note    = "A zone is a logical number (\"1\"–\"3\") within a location; map AZ IDs to physical zones with the subscription's zone mapping when alignment across subscriptions matters."
}

data "aws_default_tags" {
  service = "Azure tags"
  status  = "partial"
  azurerm = ["azurerm_resource_group"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "azurerm has no provider default_tags: pass a common tags map (for example from a local) to every resource, or enforce tags with Azure Policy."
}
