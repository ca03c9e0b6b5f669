# AWS Resource Explorer → Azure Resource Graph, which indexes every resource the caller can read
# across subscriptions without any setup.

mapping "aws_resourceexplorer2_index" {
  cloudformation = ["AWS::ResourceExplorer2::Index"]
  service        = "Azure Resource Graph"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note           = "Resource Graph indexes all resources in every subscription automatically; there is no index to create, no aggregator region and nothing to turn on per region."
}

mapping "aws_resourceexplorer2_view" {
  cloudformation = ["AWS::ResourceExplorer2::View"]
  service        = "Azure Resource Graph shared queries"
  status         = "partial"
  arm            = ["Microsoft.ResourceGraph/queries"]
  link           = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note           = "A view (a saved filter that others can search through) becomes a Resource Graph shared query written in KQL, an ARM resource with no azurerm type (deploy it with azapi_resource or Bicep). Results are always limited by the caller's RBAC read access, not by a view's permissions."
}

data "aws_resourceexplorer2_search" {
  service = "Azure Resource Graph"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note    = "azurerm_resources filters resources by type, name, resource group and tags; free-text or KQL searches need a Resource Graph query (CLI, REST or azapi)."
}

mapping "AWS::ResourceExplorer2::DefaultViewAssociation" {
  service = "Azure Resource Graph"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note    = "Resource Graph has no default view: a query runs against every subscription the caller can read unless it names a scope (subscriptions, management group). Put the default filter into a shared query instead."
}
