# AWS Resource Groups → Azure resource groups (containers) or tags with Azure Resource Graph queries.

mapping "aws_resourcegroups_group" {
  cloudformation = ["AWS::ResourceGroups::Group"]
  service        = "Azure Resource Manager resource groups and tags"
  status         = "partial"
  azurerm        = ["azurerm_resource_group"]
  arm            = ["Microsoft.Resources/resourceGroups"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/overview"
  note           = "An AWS resource group is a saved query over existing resources; an Azure resource group is the container every resource must live in. Groups defined by a CloudFormation stack map naturally to the resource group (or deployment stack) the migrated stack deploys into; groups defined by tag filters become tags on the resources plus an Azure Resource Graph query or a saved view in the portal."

  target "tag-query" {
    when    = try(upper(self.resource_query[0].type), upper(self.ResourceQuery.Type), "") == "TAG_FILTERS_1_0"
    service = "Azure tags and Azure Resource Graph"
    status  = "implicit"
    link    = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
    note    = "A tag-filter group has no resource to create: keep the tags on the migrated resources (Azure Policy can require or inherit them) and find the members with an Azure Resource Graph query."
  }

  caveat "container-semantics" {
    severity = "warning"
    message  = "Don't model a query group as an Azure resource group: a resource belongs to exactly one resource group, and deleting a resource group deletes everything in it, whereas deleting an AWS resource group deletes nothing."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/manage-resource-groups-portal"
  }
}

mapping "aws_resourcegroups_resource" {
  service = "Azure tags and Azure Resource Graph"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note    = "Adding a resource to a group becomes a tag on the resource that the group's Resource Graph query selects; moving it into another Azure resource group is a different, container-level operation."
}

mapping "AWS::ResourceGroups::TagSyncTask" {
  service = "Azure tags and Azure Resource Graph"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note    = "No sync task is needed: an Azure Resource Graph query on the tag always returns the current members. To keep the tag applied, use Azure Policy (append, modify or inherit-tag policies)."
}
