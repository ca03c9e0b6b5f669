# AWS Resource Groups Tagging API → Azure Resource Graph and azurerm_resources (finding resources
# by tag) and Azure Policy (required tags).

data "aws_resourcegroupstaggingapi_resources" {
  service = "Azure Resource Graph"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "azurerm_resources finds resources by required_tags, type and resource group within one subscription; queries across subscriptions or with richer filters need Resource Graph."
}

data "aws_resourcegroupstaggingapi_required_tags" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-policies"
  note    = "Required tags come from Azure Policy assignments (built-in policies such as Require a tag on resources, or inherit a tag), not from a tag policy document that can be read as a data source."
}
