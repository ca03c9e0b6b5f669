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

mapping "aws_servicecatalog_provisioned_product" {
  cloudformation = ["AWS::ServiceCatalog::CloudFormationProvisionedProduct"]
  service        = "Azure Managed Applications (service catalog)"
  status         = "partial"
  azurerm        = ["azurerm_managed_application"]
  arm            = ["Microsoft.Solutions/applications"]
  requires       = ["azurerm_managed_application_definition"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/deploy-service-catalog-quickstart"
  note           = "Launching a product becomes deploying a managed application from the definition: application_definition_id picks the product version, parameter_values carries the provisioning parameters, and the resources land in a separate managed resource group."
}

mapping "aws_servicecatalog_provisioning_artifact" {
  service = "Azure Managed Applications (service catalog)"
  status  = "partial"
  azurerm = ["azurerm_managed_application_definition"]
  arm     = ["Microsoft.Solutions/applicationDefinitions"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note    = "A definition has no list of versions: publish each product version as its own definition (or update package_file_uri of the existing one, which affects only new deployments)."
}

mapping "aws_servicecatalog_principal_portfolio_association" {
  cloudformation = ["AWS::ServiceCatalog::PortfolioPrincipalAssociation"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note           = "Granting an IAM user, group or role access to a portfolio becomes a Reader role assignment for a Microsoft Entra user, group or service principal on the resource group that holds the definitions."
}

mapping "aws_servicecatalog_organizations_access" {
  service = "Azure Managed Applications (service catalog)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/overview"
  note    = "Nothing to enable: service catalog definitions are visible to any identity in the Microsoft Entra tenant that is given access to them, across subscriptions and management groups."
}

mapping "aws_servicecatalog_constraint" {
  cloudformation = [
    "AWS::ServiceCatalog::LaunchNotificationConstraint",
    "AWS::ServiceCatalog::LaunchRoleConstraint",
    "AWS::ServiceCatalog::LaunchTemplateConstraint",
    "AWS::ServiceCatalog::ResourceUpdateConstraint",
    "AWS::ServiceCatalog::StackSetConstraint",
  ]
  service = "Azure Managed Applications (service catalog)"
  status  = "partial"
  azurerm = ["azurerm_managed_application_definition"]
  arm     = ["Microsoft.Solutions/applicationDefinitions"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/create-uidefinition-overview"
  note    = "Constraints have no resource of their own: template (parameter) rules become validations and allowed values in createUiDefinition.json, a launch role is unnecessary because the platform deploys into the managed resource group for the consumer, and the definition's lock_level replaces resource-update rules."

  caveat "stackset" {
    when     = try(upper(self.type), "") == "STACKSET" || can(self.StackInstanceControl) || can(self.AccountList)
    severity = "warning"
    message  = "Managed applications deploy to one subscription and region at a time: deploying the product to many accounts and regions needs a deployment per subscription (for example from a pipeline or Deployment Stacks)."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/overview"
  }

  caveat "notification" {
    when     = try(upper(self.type), "") == "NOTIFICATION" || can(self.NotificationArns)
    severity = "info"
    message  = "Stack event notifications to SNS become a notification endpoint (webhook) on the managed application definition, or Event Grid subscriptions on resource events of the consumer's resource groups."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-notifications"
  }
}

mapping "aws_servicecatalog_budget_resource_association" {
  service = "Microsoft Cost Management"
  status  = "partial"
  azurerm = ["azurerm_consumption_budget_resource_group"]
  arm     = ["Microsoft.Consumption/budgets"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  note    = "Budgets attach to a scope, not to a catalog item: create a budget on the resource groups (or subscription) where the product is deployed, filtered by tag if needed."
}

mapping "aws_servicecatalog_service_action" {
  cloudformation = ["AWS::ServiceCatalog::ServiceAction"]
  service        = "Azure Managed Applications (custom actions)"
  status         = "partial"
  azurerm        = ["azurerm_custom_provider"]
  arm            = ["Microsoft.CustomProviders/resourceProviders"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/concepts-view-definition"
  note           = "Self-service actions become commands in the definition's view definition (viewDefinition.json), backed by a custom provider action that calls your endpoint (for example a Function that does what the SSM document did)."
}

mapping "AWS::ServiceCatalog::ServiceActionAssociation" {
  service = "Azure Managed Applications (custom actions)"
  status  = "implicit"
  azurerm = ["azurerm_managed_application_definition"]
  arm     = ["Microsoft.Solutions/applicationDefinitions"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/concepts-view-definition"
  note    = "An action is tied to a product by listing the command in that definition's view definition; there is no separate association."
}

mapping "AWS::ServiceCatalog::AcceptedPortfolioShare" {
  service = "Azure role-based access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note    = "There is no share to accept: a role assignment on the definitions' resource group makes them available to the consumer at once."
}

data "aws_servicecatalog_product" {
  service = "Azure Managed Applications (service catalog)"
  status  = "direct"
  azurerm = ["azurerm_managed_application_definition"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note    = "Looks up the managed application definition by name and resource group."
}

data "aws_servicecatalog_portfolio" {
  service = "Azure Managed Applications (service catalog)"
  status  = "implicit"
  azurerm = ["azurerm_resource_group"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note    = "The portfolio's place is taken by the resource group that holds the definitions."
}

data "aws_servicecatalog_provisioning_artifacts" {
  service = "Azure Managed Applications (service catalog)"
  status  = "partial"
  azurerm = ["azurerm_managed_application_definition"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note    = "Definitions have no version list: look up each version's definition by name."
}

data "aws_servicecatalog_launch_paths" {
  service = "Azure Managed Applications (service catalog)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/publish-service-catalog-app"
  note    = "Launch paths (portfolio plus constraints) have no counterpart: a consumer deploys the definition directly by its ID."
}

data "aws_servicecatalog_constraint" {
  service = "Azure Managed Applications (service catalog)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/create-uidefinition-overview"
  note    = "Constraints live inside the definition package (createUiDefinition.json) and lock level, so there is nothing separate to look up; read the definition with azurerm_managed_application_definition."
}

data "aws_servicecatalog_portfolio_constraints" {
  service = "Azure Managed Applications (service catalog)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/managed-applications/create-uidefinition-overview"
  note    = "Constraints live inside each definition package, not on a portfolio; there is no data source that lists them."
}
