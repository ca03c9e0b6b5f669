# AWS Serverless Application Repository → template specs or ARM/Bicep deployments.

mapping "aws_serverlessapplicationrepository_cloudformation_stack" {
  service = "Azure Resource Manager deployments"
  status  = "partial"
  azurerm = ["azurerm_resource_group_template_deployment"]
  arm     = ["Microsoft.Resources/deployments"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/templates/template-specs"
  note    = "Azure has no public catalogue of serverless applications: rewrite the application's SAM template as ARM or Bicep, publish it as a template spec (or a Bicep registry module) for sharing, and deploy it with parameters like the stack's."
}

data "aws_serverlessapplicationrepository_application" {
  service = "Azure template specs"
  status  = "partial"
  azurerm = ["azurerm_template_spec_version"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/templates/template-specs"
  note    = "Looks up a template spec version (its ID and template) that replaces the published application."
}
