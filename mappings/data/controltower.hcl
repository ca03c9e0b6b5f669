# AWS Control Tower → Azure landing zones: management groups, Azure Policy initiatives and subscription vending.

mapping "aws_controltower_landing_zone" {
  cloudformation = ["AWS::ControlTower::LandingZone"]
  service        = "Azure landing zones"
  status         = "partial"
  azurerm        = ["azurerm_management_group", "azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Management/managementGroups", "Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/cloud-adoption-framework/ready/landing-zone/"
  note           = "There is no landing-zone service to switch on: the Azure landing zone reference architecture is deployed as code (the Azure Verified Modules / ALZ Terraform modules or the portal accelerator) and creates the management-group hierarchy, policy assignments, central logging and connectivity. The manifest's OUs, log archive and security accounts become management groups and platform subscriptions."
  differs        = "Microsoft's comparison names Azure Lighthouse, which delegates management across tenants. A Control Tower landing zone is a governed multi-account layout, which on Azure is the Azure landing zone architecture of management groups, policies and subscriptions."
}

mapping "aws_controltower_control" {
  cloudformation = ["AWS::ControlTower::EnabledControl"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/overview"
  note           = "An enabled control becomes a policy or initiative assignment at the management group that replaces the OU. Preventive controls map to deny policies, detective controls to audit policies and proactive controls to deny or DeployIfNotExists policies; each control ID must be matched to a built-in definition or written as a custom one."
  differs        = "Microsoft's comparison names Azure Lighthouse for Control Tower as a whole. A control is a guardrail on accounts, which on Azure is an Azure Policy assignment at management group scope."
}

mapping "aws_controltower_baseline" {
  cloudformation = ["AWS::ControlTower::EnabledBaseline"]
  service        = "Azure Policy initiatives"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment", "azurerm_policy_set_definition"]
  arm            = ["Microsoft.Authorization/policyAssignments", "Microsoft.Authorization/policySetDefinitions"]
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note           = "A baseline applied to an OU becomes an initiative (policy set) assigned at the management group, plus the subscription-vending automation that places new subscriptions under it. Resources a baseline deploys into each account (roles, logging) come from DeployIfNotExists policies or the vending pipeline."
}

data "aws_controltower_controls" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_assignment"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note    = "Reads one policy assignment by name and scope; azurerm has no data source that lists every assignment on a management group."
}
