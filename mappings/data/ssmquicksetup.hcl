# AWS Systems Manager Quick Setup → Azure Policy assignments (Update Manager, Azure Monitor agent, machine configuration).

mapping "aws_ssmquicksetup_configuration_manager" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/overview"
  note    = "A Quick Setup configuration that rolls out management settings across accounts and regions becomes built-in DeployIfNotExists policy assignments at a management group: periodic assessment and patch schedules for Azure Update Manager, the Azure Monitor agent with data collection rules for inventory and logs, and machine configuration baselines. Each configuration type maps to its own set of policies."
}
