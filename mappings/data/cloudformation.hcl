# AWS CloudFormation constructs → Bicep / Terraform modules and deployment stacks.

mapping "aws_cloudformation_stack" {
  cloudformation = ["AWS::CloudFormation::Stack", "AWS::Serverless::Application"]
  service        = "Azure Resource Manager (Bicep modules, deployment stacks)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-stacks"
  note           = "A nested stack becomes a Bicep or Terraform module; its resources are assessed one by one. To manage the set as a unit (with deny settings like stack policies), deploy it as a deployment stack; note that a stack's default for removed resources is to detach, not delete."

  caveat "rollback" {
    when     = !try(tostring(try(self.disable_rollback, self.DisableRollback)) == "true", false) && try(upper(self.on_failure), upper(self.OnFailure), "ROLLBACK") != "DO_NOTHING"
    severity = "warning"
    message  = "CloudFormation rolls a failed stack back by default (this fires because rollback is on or not set); a failed ARM or Bicep deployment leaves whatever it already changed. Plan for it: redeploy a fixed template, or use rollback on error, which redeploys the last successful resource group deployment in complete mode."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/templates/rollback-on-error"
  }

  caveat "template-url" {
    when     = can(self.template_url) || can(self.TemplateURL) || can(self.Location)
    severity = "info"
    message  = "A template fetched from S3 (or the Serverless Application Repository) becomes a Bicep module referenced from a private Bicep registry (Azure Container Registry) or a template spec, versioned and access-controlled in Azure."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/private-module-registry"
  }

  caveat "stack-policy" {
    when     = can(self.policy_body) || can(self.policy_url)
    severity = "info"
    message  = "A stack policy that protects resources from updates becomes the deny settings of a deployment stack (denyDelete or denyWriteAndDelete, with excluded principals and actions), or a CanNotDelete or ReadOnly management lock."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-stacks"
  }

  caveat "notifications" {
    when     = try(length(self.notification_arns), length(self.NotificationARNs), 0) > 0
    severity = "info"
    message  = "Stack event notifications to SNS become Event Grid subscriptions on the resource group or subscription (resource write, delete and action events) or activity log alerts with an action group."
    link     = "https://learn.microsoft.com/azure/event-grid/event-schema-resource-groups"
  }
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

mapping "aws_cloudformation_stack_instances" {
  service = "Azure deployment stacks"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-stacks"
  note    = "The accounts and regions a stack set deploys to become the scopes of deployment stacks (one per subscription, or at management group scope for subscription-level resources), or a pipeline matrix over subscriptions and locations; there are no per-instance parameter overrides, so pass parameters per deployment."
}

mapping "aws_cloudformation_stack_set_instance" {
  service = "Azure deployment stacks"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-stacks"
  note    = "One stack-set instance becomes one deployment (or deployment stack) of the same template into the target subscription and location; automatic deployment to new accounts in an organizational unit becomes Azure Policy deployIfNotExists at management group scope."
}

mapping "aws_cloudformation_type" {
  cloudformation = ["AWS::CloudFormation::ResourceVersion", "AWS::CloudFormation::ModuleVersion", "AWS::CloudFormation::HookVersion"]
  service        = "Azure Resource Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/private-module-registry"
  note           = "ARM has no registry of private resource types. Modules become Bicep modules published to a private module registry (an Azure Container Registry) or template specs; custom resource types become deployment scripts or Terraform providers; hooks become Azure Policy definitions."
}

mapping "AWS::CloudFormation::ResourceDefaultVersion" {
  cloudformation = ["AWS::CloudFormation::ModuleDefaultVersion", "AWS::CloudFormation::HookDefaultVersion"]
  service        = "Azure Resource Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/private-module-registry"
  note           = "There is no registered extension whose default version could be set: callers pin a Bicep module by its registry tag (or template spec version) in each reference."
}

mapping "AWS::CloudFormation::Publisher" {
  cloudformation = ["AWS::CloudFormation::PublicTypeVersion"]
  service        = "Azure Resource Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules"
  note           = "There is no public extension registry to publish resource types to: share Bicep modules from a public registry or repository, or publish a Terraform provider to the Terraform Registry."
}

mapping "AWS::CloudFormation::TypeActivation" {
  service = "Azure Resource Manager"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules"
  note    = "Third-party extensions are not activated per subscription: reference the publisher's Bicep module or Terraform provider directly in the template or configuration."
}

mapping "AWS::CloudFormation::GuardHook" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_definition", "azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyDefinitions", "Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deny"
  note    = "Guard rules that block non-compliant resources become Azure Policy definitions with the deny effect (or audit for warn mode), assigned at management group or subscription scope. Policy checks every ARM request, not only stack operations, and rules are rewritten in the policy JSON language."
}

mapping "AWS::CloudFormation::LambdaHook" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deny"
  note    = "Azure Policy runs no custom code before a deployment: express the check as a policy rule with the deny effect where possible, otherwise run it as a pipeline gate (for example what-if output checked by a script) before deploying."
}

mapping "AWS::CloudFormation::HookTypeConfig" {
  service = "Azure Policy"
  status  = "implicit"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note    = "The hook's targets and failure mode live on the policy assignment: its scope and not_scopes select what is checked, the effect parameter (deny or audit) sets whether violations fail, and enforce = false turns enforcement off."
}

data "aws_cloudformation_stack" {
  service = "Azure Resource Manager deployments"
  status  = "partial"
  azurerm = ["azurerm_resource_group_template_deployment"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/templates/deployment-history"
  note    = "Reads a resource-group deployment by name; its outputs are in output_content as JSON. In Terraform-only setups, read outputs of another configuration with the terraform_remote_state data source instead."
}

data "aws_cloudformation_export" {
  service = "Azure Resource Manager deployments"
  status  = "partial"
  azurerm = ["azurerm_resource_group_template_deployment"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/outputs"
  note    = "ARM has no account-wide export names: read the value from the producing deployment's output_content, reference the resource directly (existing in Bicep, a data source in Terraform), or share it through terraform_remote_state."
}

data "aws_cloudformation_type" {
  service = "Azure Resource Manager"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/private-module-registry"
  note    = "There is no registry of private resource types to look up; Bicep modules are referenced by registry path and tag."
}
