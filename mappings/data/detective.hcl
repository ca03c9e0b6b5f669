# Amazon Detective → Microsoft Sentinel (investigation graph, entity behavior analytics).

mapping "aws_detective_graph" {
  cloudformation = ["AWS::Detective::Graph"]
  service        = "Microsoft Sentinel"
  status         = "partial"
  azurerm        = ["azurerm_sentinel_log_analytics_workspace_onboarding"]
  arm            = ["Microsoft.SecurityInsights/onboardingStates"]
  requires       = ["azurerm_log_analytics_workspace"]
  link           = "https://learn.microsoft.com/azure/sentinel/identify-threats-with-entity-behavior-analytics"
  note           = "A behavior graph becomes Microsoft Sentinel on a Log Analytics workspace: connect activity logs, Entra ID sign-ins and Defender alerts with data connectors, turn on entity behavior analytics (UEBA), and investigate incidents in the investigation graph. Detective builds its graph from its own feeds; Sentinel sees only the data you ingest and pay for."
}

mapping "aws_detective_member" {
  cloudformation = ["AWS::Detective::MemberInvitation"]
  service        = "Microsoft Sentinel"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note           = "Adding an account becomes sending that subscription's data to the workspace: diagnostic settings and data connectors (often deployed by Azure Policy). Workspaces in other tenants are reached through Azure Lighthouse."
}

mapping "aws_detective_invitation_accepter" {
  service = "Microsoft Sentinel"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note    = "No invitation to accept: a subscription joins by sending its logs to the Sentinel workspace."
}

mapping "aws_detective_organization_admin_account" {
  cloudformation = ["AWS::Detective::OrganizationAdmin"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/sentinel/roles"
  note           = "The administrator account becomes Microsoft Sentinel roles (Reader, Responder, Contributor) for the security team on the workspace's resource group."
}

mapping "aws_detective_organization_configuration" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings-policy"
  note    = "Auto-enabling new accounts becomes a management-group policy assignment that deploys diagnostic settings to the Sentinel workspace, so new subscriptions and resources send their logs automatically."
}
