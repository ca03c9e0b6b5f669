# CloudWatch Observability Admin → Azure Policy-driven diagnostic settings, data collection rules and Log Analytics.

mapping "aws_observabilityadmin_telemetry_rule" {
  cloudformation = ["AWS::ObservabilityAdmin::TelemetryRule"]
  service        = "Azure Policy with Azure Monitor diagnostic settings"
  status         = "partial"
  azurerm        = ["azurerm_subscription_policy_assignment", "azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Authorization/policyAssignments", "Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings-policy"
  note           = "A rule that turns on telemetry for every resource of a type becomes a DeployIfNotExists policy assignment (the built-in \"Enable logging by category group\" policies and initiatives) that creates diagnostic settings sending resource logs to a Log Analytics workspace. The assignment needs a managed identity and a location, and resources that already exist are only fixed by a remediation task."
}

mapping "aws_observabilityadmin_telemetry_rule_for_organization" {
  cloudformation = ["AWS::ObservabilityAdmin::OrganizationTelemetryRule"]
  service        = "Azure Policy with Azure Monitor diagnostic settings"
  status         = "partial"
  azurerm        = ["azurerm_management_group_policy_assignment", "azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Authorization/policyAssignments", "Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings-policy"
  note           = "The organization-wide rule becomes the same DeployIfNotExists diagnostic-settings assignment made at a management group, so it is inherited by every subscription below it. Run remediation tasks for resources that existed before the assignment."
}

mapping "aws_observabilityadmin_centralization_rule_for_organization" {
  cloudformation = ["AWS::ObservabilityAdmin::OrganizationCentralizationRule"]
  service        = "Azure Monitor Log Analytics"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_workspace", "azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.OperationalInsights/workspaces", "Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/workspace-design"
  note           = "There is no copy job between accounts: diagnostic settings and data collection rules can send straight to a central Log Analytics workspace in another subscription of the same tenant, so centralization is the destination set by the diagnostic-settings policy. Data is written once to the central workspace instead of being copied from each account's own log groups."
}

mapping "aws_observabilityadmin_telemetry_evaluation" {
  service = "Azure Policy compliance"
  status  = "partial"
  azurerm = ["azurerm_subscription_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/how-to/get-compliance-data"
  note    = "Discovering which resources have telemetry turned on becomes an audit policy assignment (the built-in \"Resource logs should be enabled\" policies, AuditIfNotExists) whose compliance results list the resources without diagnostic settings."
}

mapping "aws_observabilityadmin_telemetry_evaluation_for_organization" {
  service = "Azure Policy compliance"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/how-to/get-compliance-data"
  note    = "Organization-wide telemetry discovery becomes the audit assignment made at a management group; compliance is then reported for every subscription below it."
}

mapping "aws_observabilityadmin_telemetry_pipeline" {
  cloudformation = ["AWS::ObservabilityAdmin::TelemetryPipelines"]
  service        = "Azure Monitor data collection rules"
  status         = "partial"
  azurerm        = ["azurerm_monitor_data_collection_rule"]
  arm            = ["Microsoft.Insights/dataCollectionRules"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  note           = "Parsing, filtering and enriching telemetry before it is stored becomes a data collection rule with a KQL transformation that runs at ingestion and writes to Log Analytics tables. Processors must be rewritten in KQL, and only sources that ingest through data collection rules (agents, Logs Ingestion API, workspace transformation DCR) pass through them."
}

mapping "aws_observabilityadmin_telemetry_enrichment" {
  cloudformation = ["AWS::ObservabilityAdmin::TelemetryEnrichment"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  note           = "Azure Monitor has no switch that stamps resource tags onto metrics and logs. Carry the values in the data itself (custom dimensions set by the application, or a column added by a data collection rule transformation), or look the tags up at query time."
}

mapping "aws_observabilityadmin_s3_table_integration" {
  cloudformation = ["AWS::ObservabilityAdmin::S3TableIntegration"]
  service        = "Log Analytics data export"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_data_export_rule"]
  arm            = ["Microsoft.OperationalInsights/workspaces/dataExports"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
  note           = "To query logs with other analytics engines, a data export rule copies chosen workspace tables continuously to a storage account (or Event Hubs) as they arrive. The export is JSON blobs, not Apache Iceberg tables: query them with Fabric, Synapse or Databricks, or keep querying in Log Analytics."
}
