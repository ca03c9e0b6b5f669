# AWS Service Catalog → Azure Managed Applications service catalog (or Azure Deployment
# Environments for developer self-service).

mapping "aws_servicecatalog_product" {
  cloudformation = ["AWS::ServiceCatalog::CloudFormationProduct"]
  service        = "Azure Managed Applications (service catalog)"
  status         = "partial"
  azurerm        = ["azurerm_managed_application_definition"]
  arm            = ["Microsoft.Solutions/applicationDefinitions"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note           = "A product becomes a service catalog managed application definition: an ARM template (mainTemplate.json) plus a createUiDefinition.json for the portal form, packaged as a .zip. Each version of the product becomes its own definition (or a new package). For developer self-service of infrastructure templates, Azure Deployment Environments (dev center catalogs) is the other option."

  caveat "template-rewrite" {
    severity = "warning"
    message  = "The product's CloudFormation template must be rewritten as an ARM or Bicep template, and its parameters and constraints expressed in createUiDefinition.json."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/create-uidefinition-overview"
  }

  caveat "managed-resource-group" {
    severity = "info"
    message  = "A managed application deploys its resources into a separate managed resource group, and the definition's lock level decides whether the consumer can change or delete them: choose lock_level = \"None\" when consumers must manage the resources themselves as with provisioned products."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/overview"
  }
}

mapping "aws_servicecatalog_portfolio" {
  cloudformation = ["AWS::ServiceCatalog::Portfolio"]
  service        = "Azure Managed Applications (service catalog)"
  status         = "implicit"
  azurerm        = ["azurerm_resource_group"]
  arm            = ["Microsoft.Resources/resourceGroups"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note           = "There is no portfolio resource: group the managed application definitions in a resource group, whose role assignments decide who can see and deploy them."
}

mapping "aws_servicecatalog_product_portfolio_association" {
  cloudformation = ["AWS::ServiceCatalog::PortfolioProductAssociation"]
  service        = "Azure Managed Applications (service catalog)"
  status         = "implicit"
  azurerm        = ["azurerm_managed_application_definition"]
  arm            = ["Microsoft.Solutions/applicationDefinitions"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note           = "Adding a product to a portfolio becomes creating the definition in the portfolio's resource group (resource_group_name of azurerm_managed_application_definition)."
}

mapping "aws_servicecatalog_portfolio_share" {
  cloudformation = ["AWS::ServiceCatalog::PortfolioShare"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note           = "Sharing becomes read access (Reader) to the definitions' resource group for the users or groups of the consuming subscriptions, who also need rights to deploy in their own subscription."

  caveat "other-organisations" {
    severity = "info"
    message  = "Service catalog definitions are available only inside one Microsoft Entra tenant: consumers in another organisation need an Azure Marketplace offer or their own copy of the definition."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/overview"
  }
}

mapping "aws_servicecatalog_tag_option" {
  cloudformation = ["AWS::ServiceCatalog::TagOption"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_policy_definition"]
  arm            = ["Microsoft.Authorization/policyDefinitions"]
  link           = "https://learn.microsoft.com/azure/governance/policy/tutorials/govern-tags"
  note           = "An allowed tag key and value becomes a policy rule that requires the tag with one of the allowed values (deny) or adds or inherits it (modify); a drop-down of values at deployment time becomes an allowed-values control in createUiDefinition.json."
}

mapping "aws_servicecatalog_tag_option_resource_association" {
  cloudformation = ["AWS::ServiceCatalog::TagOptionAssociation"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_resource_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/tutorials/govern-tags"
  note           = "Attaching tag options to a portfolio or product becomes assigning the tag policy at the scope where the products are deployed (resource group, subscription or management group)."
}
