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

  caveat "proactive" {
    when     = try(anytrue([for m in try(self.evaluation_mode, self.EvaluationModes) : upper(try(m.mode, m.Mode)) == "PROACTIVE"]), false)
    severity = "info"
    message  = "Proactive evaluation (checking a resource before it is deployed) is what Azure Policy's deny effect does at deployment time: assign the policy with effect deny to block non-compliant deployments, or audit to report them."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deny"
  }

  caveat "tag-scope" {
    when     = can(self.scope[0].tag_key) || can(self.Scope.TagKey)
    severity = "info"
    message  = "A policy assignment is scoped to management groups, subscriptions or resource groups, not tags: move the tag test into the policy rule (a field condition on tags['<key>']) and assign the policy at the scope that holds the resources."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule"
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

mapping "aws_config_aggregate_authorization" {
  cloudformation = ["AWS::Config::AggregationAuthorization"]
  service        = "Azure role-based access control"
  status         = "implicit"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note           = "Cross-subscription visibility needs no authorization object: the identity that queries Azure Resource Graph or reads policy compliance needs the Reader role on the subscriptions or their management group."
}

mapping "aws_config_configuration_aggregator" {
  cloudformation = ["AWS::Config::ConfigurationAggregator"]
  service        = "Azure Resource Graph and Azure Policy compliance"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/governance/policy/how-to/get-compliance-data"
  note           = "Aggregation is built in: Resource Graph queries span every subscription the caller can read, and policy compliance assigned at a management group is reported for all its subscriptions. Scope the view with a management group instead of an account list."
}

mapping "aws_config_organization_conformance_pack" {
  cloudformation = ["AWS::Config::OrganizationConformancePack"]
  service        = "Azure Policy initiatives"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_set_definition", "azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policySetDefinitions", "Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure"
  note           = "An organization-wide conformance pack becomes an initiative defined at a management group and assigned there, so every subscription below it inherits it; excluded accounts become not_scopes or policy exemptions. Remediation documents in the pack become modify or deployIfNotExists effects."
}

mapping "aws_config_organization_managed_rule" {
  cloudformation = ["AWS::Config::OrganizationConfigRule"]
  service        = "Azure Policy (built-in definitions)"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/samples/built-in-policies"
  note           = "Assign the built-in policy that checks the same setting as the managed rule at the management group above the accounts; excluded accounts become not_scopes or exemptions, and rule input parameters become policy parameters."

  caveat "custom-lambda" {
    when     = can(self.OrganizationCustomRuleMetadata)
    severity = "warning"
    message  = "Azure Policy runs no code: the Lambda-backed rule must become a declarative custom policy definition, or a scheduled job that queries Azure Resource Graph."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics"
  }

  caveat "custom-guard" {
    when     = can(self.OrganizationCustomPolicyRuleMetadata)
    severity = "info"
    message  = "The Guard rule becomes a custom policy definition stored at the management group, with its clauses rewritten as policy conditions on aliases."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics"
  }
}

mapping "aws_config_organization_custom_policy_rule" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_definition", "azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyDefinitions", "Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics"
  note    = "The Guard rule becomes a custom policy definition (management_group_id set to the root or target management group) assigned at that management group; its clauses are rewritten as policy conditions on resource aliases."
}

mapping "aws_config_organization_custom_rule" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics"
  note    = "Azure Policy runs no custom code: rewrite the Lambda's check as a declarative custom policy assigned at the management group, or, if it can't be expressed, as a scheduled Azure Function that queries Azure Resource Graph across subscriptions and reports findings."
}

mapping "aws_config_retention_configuration" {
  service = "Azure Monitor Logs"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting", "azurerm_log_analytics_workspace"]
  arm     = ["Microsoft.Insights/diagnosticSettings", "Microsoft.OperationalInsights/workspaces"]
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/how-to/get-resource-changes"
  note    = "Resource Graph keeps change history for a fixed 14 days. To keep configuration history longer, export the activity log with a subscription diagnostic setting to a Log Analytics workspace and set its retention."
}

mapping "AWS::Config::StoredQuery" {
  service = "Azure Resource Graph shared queries"
  status  = "partial"
  arm     = ["Microsoft.ResourceGraph/queries"]
  link    = "https://learn.microsoft.com/azure/governance/resource-graph/shared-query-bicep"
  note    = "A saved advanced query becomes a Resource Graph shared query, rewritten from Config's SQL dialect into KQL. azurerm has no resource for it: deploy it with Bicep or ARM (azurerm_resource_group_template_deployment)."
}
