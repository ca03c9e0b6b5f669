# AWS Cloud Control API (generic create/read/update/delete of any resource type) → Azure Resource
# Manager, which is already a uniform API; in Terraform the AzAPI provider plays the same role.

mapping "aws_cloudcontrolapi_resource" {
  service = "Azure Resource Manager (AzAPI provider or ARM template deployment)"
  status  = "partial"
  azurerm = ["azurerm_resource_group_template_deployment"]
  arm     = ["Microsoft.Resources/deployments"]
  link    = "https://learn.microsoft.com/azure/developer/terraform/overview-azapi-provider"
  note    = "A resource given by type name and JSON desired state becomes an azapi_resource (AzAPI provider: ARM type, API version and body) or, within azurerm, an ARM template deployment. The type name and properties must be translated to the Azure resource that replaces the AWS type; the generic pattern carries over, the payload does not."
}

data "aws_cloudcontrolapi_resource" {
  service = "Azure Resource Manager"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/developer/terraform/overview-azapi-provider"
  note    = "The azurerm_resources data source finds resources by type, name or tags (IDs, location, tags only); reading a resource's full properties needs the azapi_resource data source of the AzAPI provider."
}
