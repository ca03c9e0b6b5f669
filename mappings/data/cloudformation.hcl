# AWS CloudFormation constructs → Bicep / Terraform modules and deployment stacks.

mapping "aws_cloudformation_stack" {
  cloudformation = ["AWS::CloudFormation::Stack", "AWS::Serverless::Application"]
  service        = "Azure Resource Manager (Bicep modules, deployment stacks)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-stacks"
  note           = "A nested stack becomes a Bicep or Terraform module; its resources are assessed one by one. To manage the set as a unit (with deny settings like stack policies), deploy it as a deployment stack; note that a stack's default for removed resources is to detach, not delete."
}

mapping "aws_cloudformation_stack_set" {
  cloudformation = ["AWS::CloudFormation::StackSet"]
  service        = "Azure deployment stacks and Azure Policy"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-stacks"
  note           = "Deploying one template to many accounts becomes deployment stacks at management group scope, Azure Policy with deployIfNotExists for baseline resources, or a pipeline that loops over subscriptions."
}

mapping "AWS::CloudFormation::WaitCondition" {
  cloudformation = ["AWS::CloudFormation::WaitConditionHandle"]
  service        = "Azure Resource Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/templates/deployment-script-template"
  note           = "ARM has no wait conditions: gate on VM extensions (Custom Script extension completion) or a deployment script that polls, or move the signal into the pipeline."
}

mapping "AWS::CloudFormation::CustomResource" {
  service = "Azure Resource Manager deployment scripts"
  status  = "partial"
  azurerm = ["azurerm_resource_deployment_script_azure_cli"]
  arm     = ["Microsoft.Resources/deploymentScripts"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/templates/deployment-script-template"
  note    = "A Lambda-backed custom resource becomes a deployment script (Azure CLI or PowerShell in a container) or, in Terraform, a provider resource or null_resource with a provisioner."
}

mapping "AWS::CloudFormation::Macro" {
  service = "Bicep"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/overview"
  note    = "Template macros have no counterpart: use Bicep functions, modules and user-defined types, or generate templates in the build."
}
