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

data "aws_arn" {
  service = "Azure Resource Manager resource IDs"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules"
  note    = "There is no data source that parses a resource ID: use the azurerm provider function parse_resource_id (Terraform 1.8+), or split the ID string, whose segments are subscription, resource group, provider, type and name."
}

data "aws_billing_service_account" {
  service = "Microsoft Cost Management"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports"
  note    = "No billing principal needs to be allowed to write to a bucket: Cost Management exports write to a storage account you choose (azurerm_subscription_cost_management_export)."
}

data "aws_ip_ranges" {
  service = "Azure service tags"
  status  = "direct"
  azurerm = ["azurerm_network_service_tags"]
  link    = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  note    = "Returns the address prefixes of an Azure service tag (optionally for one location). In NSG and firewall rules, name the service tag itself instead of copying its prefixes."
}

data "aws_service" {
  service = "Azure endpoints"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-services-resource-providers"
  note    = "There is no lookup of service endpoints by region: Azure endpoints are per resource (exported by each resource, for example primary_blob_endpoint) or fixed per cloud, and resource provider namespaces replace service IDs."
}

data "aws_service_principal" {
  service = "Azure managed identities"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "Azure services act through managed identities (or the resource's own first-party access), so there is no service principal name to build for trust policies; grant roles to the identity's principal_id instead."
}
