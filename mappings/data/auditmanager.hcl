# AWS Audit Manager → Defender for Cloud regulatory compliance built on Azure Policy initiatives.

mapping "aws_auditmanager_account_registration" {
  service = "Defender for Cloud regulatory compliance"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard"
  note    = "Nothing to register: the regulatory compliance dashboard is part of Defender for Cloud in every subscription, and compliance data comes from Azure Policy evaluation."
}

mapping "aws_auditmanager_organization_admin_account_registration" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "The delegated administrator becomes role assignments at the management group: Security Admin or Resource Policy Contributor to assign standards, Security Reader or Reader for auditors."
}

mapping "aws_auditmanager_assessment" {
  cloudformation = ["AWS::AuditManager::Assessment"]
  service        = "Defender for Cloud regulatory compliance"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment", "azurerm_subscription_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard"
  note           = "An assessment of a framework over a set of accounts becomes the framework's initiative assigned at a management group or subscription; Defender for Cloud evaluates it continuously and shows per-control compliance. There is no assessment lifecycle (owners, roles, review status): compliance state is evaluated continuously."

  caveat "evidence-retention" {
    severity = "info"
    message  = "Evidence is the current compliance state: to keep a history for auditors, export regulatory compliance data continuously to a Log Analytics workspace or storage (azurerm_security_center_automation)."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/continuous-export"
  }
}

mapping "aws_auditmanager_control" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_definition"]
  arm     = ["Microsoft.Authorization/policyDefinitions"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-manual"
  note    = "A control with automated evidence becomes a policy definition (or a built-in one) that checks resource configuration; a control proven by documents or procedures becomes a definition with the manual effect, whose state is set by attestations. Evidence from API calls or activity logs has no policy equivalent."
}

mapping "aws_auditmanager_framework" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_set_definition"]
  arm     = ["Microsoft.Authorization/policySetDefinitions"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note    = "A custom framework becomes a custom initiative: control sets become policy definition groups and controls become policy definitions in those groups. Once assigned, it can be shown as a standard in Defender for Cloud's regulatory compliance dashboard."
}

mapping "aws_auditmanager_framework_share" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note    = "Definitions are not shared between tenants: define the initiative at a management group so every subscription below can use it, and deploy the same code in other tenants."
}

mapping "aws_auditmanager_assessment_delegation" {
  service = "Defender for Cloud regulatory compliance"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard"
  note    = "There is no review-delegation workflow: give reviewers read access (Security Reader or Reader) and track reviews in your ticketing or GRC tool; manual controls are attested by the assigned owners."
}

mapping "aws_auditmanager_assessment_report" {
  service = "Defender for Cloud regulatory compliance"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard"
  note    = "A report is downloaded from the regulatory compliance dashboard (PDF or CSV summary per standard) rather than generated into a bucket; for a reproducible audit trail, query exported compliance data."
}

data "aws_auditmanager_control" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_definition", "azurerm_policy_definition_built_in"]
  link    = "https://learn.microsoft.com/azure/governance/policy/overview"
  note    = "Reads a custom or built-in policy definition by name or display name."
}

data "aws_auditmanager_framework" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_set_definition"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note    = "Reads a custom or built-in initiative (a regulatory standard) by name or display name."
}
