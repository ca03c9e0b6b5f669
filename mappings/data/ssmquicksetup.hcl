# AWS Systems Manager Quick Setup → Azure Policy assignments (Update Manager, Azure Monitor agent, machine configuration).

mapping "aws_ssmquicksetup_configuration_manager" {
  cloudformation = ["AWS::SSMQuickSetup::ConfigurationManager"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/overview"
  note           = "A Quick Setup configuration that rolls out management settings across accounts and regions becomes built-in DeployIfNotExists policy assignments at a management group: periodic assessment and patch schedules for Azure Update Manager, the Azure Monitor agent with data collection rules for inventory and logs, and machine configuration baselines. Each configuration type maps to its own set of policies."
}

mapping "AWS::SSMQuickSetup::LifecycleAutomation" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deploy-if-not-exists"
  note    = "This runs an Automation document when a Quick Setup stack is created, updated or deleted. Policy assignments have no lifecycle hooks: DeployIfNotExists policies deploy and remediate on their own, and one-time setup or cleanup steps belong in the pipeline that applies the configuration (or a deployment script resource)."
}
