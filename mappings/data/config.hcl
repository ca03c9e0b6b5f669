# AWS Config → Azure Policy (rules, conformance packs, remediation) and Azure Resource Graph
# (configuration history). Azure Policy evaluates and remediates at any scope; nothing has to be
# recorded first.

mapping "aws_config_config_rule" {
  cloudformation = ["AWS::Config::ConfigRule"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_policy_definition", "azurerm_subscription_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyDefinitions", "Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/overview"
  note           = "A Config rule becomes a policy assignment (at management group, subscription or resource group scope) of a built-in or custom policy definition; most AWS managed rules have a built-in policy with the same intent. Unlike Config, Azure Policy can also deny non-compliant deployments and remediate existing resources (modify, deployIfNotExists)."

  target "managed-rule" {
    when    = try(upper(self.source[0].owner), upper(self.Source.Owner), "") == "AWS"
    service = "Azure Policy (built-in definitions)"
    status  = "partial"
    azurerm = ["azurerm_subscription_policy_assignment"]
    arm     = ["Microsoft.Authorization/policyAssignments"]
    link    = "https://learn.microsoft.com/azure/governance/policy/samples/built-in-policies"
    note    = "Look up the built-in policy that checks the same setting as the managed rule (source_identifier) and assign it; input parameters become policy parameters. Group several rules into an initiative assignment."
  }

  caveat "custom-lambda" {
    when     = try(upper(self.source[0].owner), upper(self.Source.Owner), "") == "CUSTOM_LAMBDA"
    severity = "warning"
    message  = "Azure Policy runs no code: a Lambda-backed rule must be rewritten as a declarative policy rule over resource properties (aliases), or, if that can't express it, as a scheduled job (Azure Functions or Automation) that queries Azure Resource Graph and reports findings."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics"
  }

  caveat "custom-guard" {
    when     = try(upper(self.source[0].owner), upper(self.Source.Owner), "") == "CUSTOM_POLICY"
    severity = "info"
    message  = "A Guard custom policy becomes a custom policy definition: translate the Guard clauses into a policy rule (if/then with field conditions on aliases)."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics"
  }

  caveat "periodic" {
    when     = can(self.maximum_execution_frequency) || can(self.MaximumExecutionFrequency)
    severity = "info"
    message  = "Azure Policy evaluates on every create or update and in a standard compliance scan about once a day; there is no per-rule frequency. Trigger an on-demand scan when you need fresher results."
    link     = "https://learn.microsoft.com/azure/governance/policy/how-to/get-compliance-data"
  }
}

mapping "aws_config_configuration_recorder" {
  cloudformation = ["AWS::Config::ConfigurationRecorder"]
  service        = "Azure Resource Graph (change history)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/governance/resource-graph/how-to/get-resource-changes"
  note           = "Nothing has to be recorded for Azure Policy to evaluate resources, and Azure Resource Graph tracks resource property changes without setup (queryable for the last 14 days). For a longer configuration history, send the subscription activity log to a Log Analytics workspace with a diagnostic setting."
}

mapping "aws_config_configuration_recorder_status" {
  service = "Azure Resource Graph (change history)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/how-to/get-resource-changes"
  note    = "Change tracking in Resource Graph and Azure Policy evaluation are always on; there is no recorder to start or stop."
}

mapping "aws_config_delivery_channel" {
  cloudformation = ["AWS::Config::DeliveryChannel"]
  service        = "Azure Monitor activity log and Azure Policy events"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
  note           = "Configuration history delivered to S3 becomes a subscription-level diagnostic setting that exports the activity log (including policy events) to a storage account or Log Analytics workspace; compliance state stays queryable in Azure Resource Graph. SNS notifications become an Event Grid system topic on the subscription for Azure Policy state-change events."
}

mapping "aws_config_conformance_pack" {
  cloudformation = ["AWS::Config::ConformancePack"]
  service        = "Azure Policy initiatives"
  status         = "partial"
  azurerm        = ["azurerm_policy_set_definition", "azurerm_subscription_policy_assignment"]
  arm            = ["Microsoft.Authorization/policySetDefinitions", "Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note           = "A conformance pack becomes an initiative (policy set definition) and its assignment; Microsoft ships built-in regulatory compliance initiatives (for example CIS, NIST, ISO 27001) that play the role of the AWS sample packs."
}

mapping "aws_config_remediation_configuration" {
  cloudformation = ["AWS::Config::RemediationConfiguration"]
  service        = "Azure Policy remediation"
  status         = "partial"
  azurerm        = ["azurerm_subscription_policy_remediation"]
  arm            = ["Microsoft.PolicyInsights/remediations"]
  link           = "https://learn.microsoft.com/azure/governance/policy/how-to/remediate-resources"
  note           = "Remediation is built into policies with the modify or deployIfNotExists effect: new resources are fixed at deployment, and existing ones by a remediation task run with the assignment's managed identity. SSM Automation documents used as remediation actions must be re-expressed as the policy's deployment template or modify operations."

  caveat "automatic" {
    when     = try(tostring(try(self.automatic, self.Automatic)) == "true", false)
    severity = "info"
    message  = "Automatic remediation applies to new and updated resources through the policy effect itself; existing non-compliant resources still need a remediation task (azurerm_*_policy_remediation) to be created."
    link     = "https://learn.microsoft.com/azure/governance/policy/how-to/remediate-resources"
  }
}
