# AWS Security Hub → Microsoft Defender for Cloud (posture, regulatory compliance) and Azure Policy.

mapping "aws_securityhub_account" {
  cloudformation = ["AWS::SecurityHub::Hub"]
  service        = "Microsoft Defender for Cloud"
  status         = "partial"
  azurerm        = ["azurerm_security_center_subscription_pricing"]
  arm            = ["Microsoft.Security/pricings"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/concept-cloud-security-posture-management"
  note           = "Foundational posture management (secure score and recommendations against the Microsoft cloud security benchmark) is on by default in every subscription; enable the Defender CSPM plan (resource_type = \"CloudPosture\", tier = \"Standard\") per subscription for attack paths and the wider standard set. There is no per-region hub: one setting covers the whole subscription."
}

mapping "aws_securityhub_account_v2" {
  cloudformation = ["AWS::SecurityHub::HubV2"]
  service        = "Microsoft Defender for Cloud"
  status         = "partial"
  azurerm        = ["azurerm_security_center_subscription_pricing"]
  arm            = ["Microsoft.Security/pricings"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"
  note           = "Defender for Cloud already unifies posture findings and the alerts of its workload plans (servers, containers, storage, databases): enable the plans you need per subscription with azurerm_security_center_subscription_pricing. Correlation across signals into incidents is done by the Defender portal or Microsoft Sentinel."
}

mapping "aws_securityhub_finding_aggregator" {
  cloudformation = ["AWS::SecurityHub::FindingAggregator"]
  service        = "Microsoft Defender for Cloud"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/continuous-export"
  note           = "Defender for Cloud is not regional: recommendations and alerts of every region already appear together, and the portal views span all subscriptions you can read. To keep findings in one place, use continuous export (azurerm_security_center_automation) to a Log Analytics workspace or Event Hubs."
}

mapping "aws_securityhub_aggregator_v2" {
  cloudformation = ["AWS::SecurityHub::AggregatorV2"]
  service        = "Microsoft Defender for Cloud"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/continuous-export"
  note           = "No home region to choose: Defender for Cloud shows findings of all regions together. Export them to a central Log Analytics workspace with continuous export (azurerm_security_center_automation) if they must be kept or correlated in one place."
}

mapping "aws_securityhub_action_target" {
  service = "Defender for Cloud workflow automation"
  status  = "partial"
  azurerm = ["azurerm_security_center_automation"]
  arm     = ["Microsoft.Security/automations"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/workflow-automation"
  note    = "A custom action that sends selected findings to EventBridge becomes a workflow automation that runs a Logic App for recommendations or alerts; a Logic App can also be triggered manually from a finding in the portal. Rules in EventBridge that matched the custom action become the Logic App's logic."
}

mapping "aws_securityhub_automation_rule" {
  cloudformation = ["AWS::SecurityHub::AutomationRule"]
  service        = "Microsoft Sentinel automation rules"
  status         = "partial"
  azurerm        = ["azurerm_sentinel_automation_rule"]
  arm            = ["Microsoft.SecurityInsights/automationRules"]
  link           = "https://learn.microsoft.com/azure/sentinel/automate-incident-handling-with-automation-rules"
  note           = "Rules that change severity or workflow status of matching findings have no Defender for Cloud resource in azurerm: change incidents with Sentinel automation rules, dismiss Defender alerts with alert suppression rules (ARM Microsoft.Security/alertsSuppressionRules), and exempt resources from recommendations with policy exemptions."
}

mapping "aws_securityhub_automation_rule_v2" {
  cloudformation = ["AWS::SecurityHub::AutomationRuleV2"]
  service        = "Microsoft Sentinel automation rules"
  status         = "partial"
  azurerm        = ["azurerm_sentinel_automation_rule"]
  arm            = ["Microsoft.SecurityInsights/automationRules"]
  link           = "https://learn.microsoft.com/azure/sentinel/automate-incident-handling-with-automation-rules"
  note           = "Rules that update matching findings or send them to a ticketing system become Sentinel automation rules (change status, severity or owner; run a playbook). For Defender for Cloud alerts alone, suppression rules dismiss noise and workflow automation runs a Logic App."
}

mapping "aws_securityhub_connector_v2" {
  cloudformation = ["AWS::SecurityHub::ConnectorV2"]
  service        = "Defender for Cloud workflow automation"
  status         = "partial"
  azurerm        = ["azurerm_security_center_automation", "azurerm_logic_app_workflow"]
  arm            = ["Microsoft.Security/automations", "Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/workflow-automation"
  note           = "A Jira Cloud or ServiceNow connector becomes a Logic App that uses the Jira or ServiceNow connector, triggered by workflow automation for alerts or recommendations (or by a Sentinel playbook for incidents). Authorisation to the ticketing system is configured in the Logic App's API connection."
}

mapping "aws_securityhub_insight" {
  cloudformation = ["AWS::SecurityHub::Insight"]
  service        = "Azure Monitor workbooks"
  status         = "partial"
  azurerm        = ["azurerm_application_insights_workbook"]
  arm            = ["Microsoft.Insights/workbooks"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/custom-dashboards-azure-workbooks"
  note           = "A saved, grouped view of findings becomes an Azure Resource Graph query over the securityresources table, usually shown in a workbook; Defender for Cloud ships built-in workbooks (secure score over time, vulnerabilities, compliance)."
}

mapping "aws_securityhub_member" {
  service = "Microsoft Defender for Cloud"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "There is no administrator–member relationship: every subscription in the tenant has Defender for Cloud, and a central team sees them all through role assignments (Security Reader or Security Admin) at a management group."
}

mapping "aws_securityhub_invite_accepter" {
  service = "Microsoft Defender for Cloud"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "No invitation to accept: access to another subscription's findings comes from Azure RBAC (or Azure Lighthouse across tenants)."
}

mapping "aws_securityhub_organization_admin_account" {
  cloudformation = ["AWS::SecurityHub::DelegatedAdmin"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note           = "The delegated administrator becomes a group given Security Admin (or Security Reader) at the management group that holds the subscriptions; there is no designated administrator account."
}

mapping "aws_securityhub_organization_configuration" {
  cloudformation = ["AWS::SecurityHub::OrganizationConfiguration"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/policy-reference"
  note           = "Auto-enabling for new accounts becomes a policy assignment at the management group with the built-in DeployIfNotExists definitions that turn on Defender plans (give the assignment a managed identity and a location). Standards assigned at the management group apply to new subscriptions automatically."
}

mapping "aws_securityhub_configuration_policy" {
  cloudformation = ["AWS::SecurityHub::ConfigurationPolicy"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_policy_set_definition"]
  arm            = ["Microsoft.Authorization/policySetDefinitions"]
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note           = "A central configuration (which standards and controls, which plans) becomes an initiative: the built-in Defender plan policies plus the standards you need, with control parameters as initiative parameters. It takes effect only when assigned."
}

mapping "aws_securityhub_configuration_policy_association" {
  cloudformation = ["AWS::SecurityHub::PolicyAssociation"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment", "azurerm_subscription_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note           = "Associating a configuration with an OU or account becomes assigning the initiative at that management group or subscription; lower scopes inherit it, and exclusions use not_scopes or exemptions."
}

mapping "aws_securityhub_product_subscription" {
  cloudformation = ["AWS::SecurityHub::ProductSubscription"]
  service        = "Microsoft Defender for Cloud"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note           = "Alerts of Defender plans appear in Defender for Cloud without a subscription. Findings of third-party products are brought together in Microsoft Sentinel through data connectors rather than imported into Defender for Cloud."
}

mapping "aws_securityhub_standards_subscription" {
  cloudformation = ["AWS::SecurityHub::Standard"]
  service        = "Defender for Cloud regulatory compliance"
  status         = "partial"
  azurerm        = ["azurerm_subscription_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard"
  note           = "Enabling a standard becomes assigning its built-in initiative (CIS, NIST SP 800-53, PCI DSS and others) to the subscription or management group; it then shows on the regulatory compliance dashboard. The Microsoft cloud security benchmark is assigned by default."

  caveat "aws-foundational" {
    when     = can(regex("aws-foundational-security-best-practices", try(self.standards_arn, self.StandardsArn, "")))
    severity = "info"
    message  = "AWS Foundational Security Best Practices has no Azure edition: the Microsoft cloud security benchmark, assigned by default, plays that role."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/concept-regulatory-compliance"
  }
}

mapping "aws_securityhub_standards_control" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_subscription_policy_exemption"]
  arm     = ["Microsoft.Authorization/policyExemptions"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/exempt-resource"
  note    = "Disabling a control becomes an exemption for the matching policy in the standard's assignment (or setting that policy's effect parameter to Disabled); the disabled reason becomes the exemption's category and description."
}

mapping "aws_securityhub_standards_control_association" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_subscription_policy_exemption"]
  arm     = ["Microsoft.Authorization/policyExemptions"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure"
  note    = "Turning a control off for one standard becomes an exemption scoped to that standard's assignment, listing the policy's reference ID in policy_definition_reference_ids."
}

mapping "AWS::SecurityHub::SecurityControl" {
  service = "Azure Policy"
  status  = "implicit"
  azurerm = ["azurerm_subscription_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note    = "Custom control parameters become parameter values of the assignment of the initiative that contains the policy; not every recommendation exposes parameters."
}

data "aws_securityhub_enabled_standards" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_assignment"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard"
  note    = "azurerm_policy_assignment reads one standard's assignment by name and scope; there is no data source that lists every assigned standard."
}

data "aws_securityhub_security_controls" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_set_definition"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note    = "The controls of a standard are the policy definitions in its initiative: read them with azurerm_policy_set_definition (for example the Microsoft cloud security benchmark)."
}

data "aws_securityhub_standards_control_associations" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure"
  note    = "No data source lists which standards include a control or its exemptions; query Azure Resource Graph (policyresources) instead."
}
