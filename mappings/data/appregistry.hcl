# Service Catalog AppRegistry → an application becomes a resource group (or a tag across groups); attribute groups become tags.

mapping "aws_servicecatalogappregistry_application" {
  cloudformation = ["AWS::ServiceCatalogAppRegistry::Application"]
  service        = "Azure Resource Manager resource groups and tags"
  status         = "partial"
  azurerm        = ["azurerm_resource_group"]
  arm            = ["Microsoft.Resources/resourceGroups"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/overview"
  note           = "Azure has no application registry object. Deploy each application into its own resource group (or one per environment), and where it spans groups or subscriptions put an application tag on every resource, like AppRegistry's awsApplication tag, and find them with Azure Resource Graph."
}

mapping "aws_servicecatalogappregistry_attribute_group" {
  cloudformation = ["AWS::ServiceCatalogAppRegistry::AttributeGroup"]
  service        = "Azure Resource Manager tags"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note           = "Attribute groups hold free-form JSON metadata; on Azure the metadata becomes tags on the application's resource group (flattened to key-value strings, at most 50 per resource) or a document kept in source control."

  caveat "nested-attributes" {
    when     = can(regex("[\\[{][^\\[{]*[\\[{]", try(self.attributes, jsonencode(self.Attributes), "")))
    severity = "warning"
    message  = "The attributes contain nested objects or arrays, which tags cannot hold: flatten them into key-value pairs (tag values are strings of up to 256 characters) or keep the document elsewhere."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  }
}

mapping "aws_servicecatalogappregistry_attribute_group_association" {
  cloudformation = ["AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation"]
  service        = "Azure Resource Manager tags"
  status         = "implicit"
  azurerm        = ["azurerm_resource_group"]
  arm            = ["Microsoft.Resources/resourceGroups"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note           = "Associating attributes with an application becomes setting those tags on the application's resource group (the tags argument of azurerm_resource_group); Azure Policy can copy them down to the resources."
}

mapping "AWS::ServiceCatalogAppRegistry::ResourceAssociation" {
  service = "Azure Resource Manager resource groups and tags"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "Associating a stack or tagged resources with an application becomes deploying them into the application's resource group, or giving them its application tag."
}

data "aws_servicecatalogappregistry_application" {
  service = "Azure Resource Manager resource groups and tags"
  status  = "partial"
  azurerm = ["azurerm_resource_group"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/overview"
  note    = "Reads the application's resource group and its tags."
}

data "aws_servicecatalogappregistry_attribute_group" {
  service = "Azure Resource Manager tags"
  status  = "implicit"
  azurerm = ["azurerm_resource_group"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "The attributes are tags on the application's resource group: read them from the azurerm_resource_group data source."
}

data "aws_servicecatalogappregistry_attribute_group_associations" {
  service = "Azure Resource Manager tags"
  status  = "implicit"
  azurerm = ["azurerm_resource_group"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "The associated attributes are the tags of the application's resource group."
}
