# AWS CloudTrail → Azure activity log (control plane) and resource logs (data plane), exported
# with diagnostic settings.

mapping "aws_cloudtrail" {
  cloudformation = ["AWS::CloudTrail::Trail"]
  service        = "Azure Monitor activity log"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
  note           = "Azure records control-plane operations in every subscription's activity log without any setup (kept 90 days). A trail's job of keeping and shipping the events becomes a diagnostic setting on the subscription (target_resource_id = the subscription ID) that sends the activity log to a Log Analytics workspace, a storage account or an event hub. Microsoft Entra sign-in and audit logs are exported separately (Entra diagnostic settings)."

  caveat "data-events" {
    when     = try(length(self.event_selector), length(self.EventSelectors), 0) > 0 || try(length(self.advanced_event_selector), length(self.AdvancedEventSelectors), 0) > 0
    severity = "warning"
    message  = "Data events (object-level S3 access, Lambda invokes, DynamoDB item calls) are not in the activity log: enable resource logs with a diagnostic setting on each resource (for example StorageRead/StorageWrite on the blob service), or assign the built-in Azure Policy that deploys diagnostic settings at scale."
    link     = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  }

  caveat "organization-trail" {
    when     = try(tostring(try(self.is_organization_trail, self.IsOrganizationTrail)) == "true", false)
    severity = "warning"
    message  = "An organization trail has no single Azure resource: the activity log is per subscription, so assign an Azure Policy (deployIfNotExists) at a management group to create the subscription diagnostic setting in every subscription."
    link     = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  }

  caveat "insights" {
    when     = try(length(self.insight_selector), length(self.InsightSelectors), 0) > 0
    severity = "info"
    message  = "CloudTrail Insights (unusual API call or error rates) has no built-in equivalent: write log search alert rules or Microsoft Sentinel analytics rules over the AzureActivity table."
    link     = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
  }

  caveat "log-file-validation" {
    when     = try(tostring(try(self.enable_log_file_validation, self.EnableLogFileValidation)) == "true", false)
    severity = "info"
    message  = "Azure writes no digest files to prove log integrity: send the activity log to a storage account with an immutability (WORM) policy on its container to get tamper-proof retention."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-storage-overview"
  }

  caveat "global-service-events" {
    when     = try(tostring(try(self.include_global_service_events, self.IncludeGlobalServiceEvents)) != "false", true)
    severity = "info"
    message  = "The trail includes global service events (on unless set to false), such as IAM and STS identity activity: on Azure those are Microsoft Entra audit and sign-in logs, which the subscription's activity log doesn't contain; export them with a tenant-level Entra diagnostic setting (azurerm_monitor_aad_diagnostic_setting)."
    link     = "https://learn.microsoft.com/entra/identity/monitoring-health/howto-integrate-activity-logs-with-azure-monitor-logs"
  }

  caveat "customer-managed-key" {
    when     = can(self.kms_key_id) || can(self.KMSKeyId)
    severity = "info"
    message  = "Log files encrypted with a KMS key become an archive storage account (or Log Analytics dedicated cluster) encrypted with a customer-managed Key Vault key; the activity log itself has no per-export key setting."
    link     = "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview"
  }
}

data "aws_cloudtrail_service_account" {
  service = "Azure Monitor activity log"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
  note    = "The activity log is exported by a diagnostic setting, so there is no service account to grant bucket access to."
}

mapping "aws_cloudtrail_event_data_store" {
  cloudformation = ["AWS::CloudTrail::EventDataStore"]
  service        = "Azure Monitor Logs"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_workspace", "azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.OperationalInsights/workspaces", "Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note           = "A CloudTrail Lake store becomes a Log Analytics workspace fed by activity log and resource log diagnostic settings; SQL queries become KQL (the AzureActivity table and resource log tables). Retention is set per workspace or table (interactive retention plus long-term retention), and event selectors become the choice of log categories."
}

mapping "aws_cloudtrail_organization_delegated_admin_account" {
  service = "Azure role-based access control"
  status  = "implicit"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
  note    = "There is no delegated administrator: grant a team roles (such as Monitoring Contributor or Log Analytics Contributor) at a management group scope, and deploy activity log diagnostic settings to every subscription with Azure Policy."
}

mapping "AWS::CloudTrail::Channel" {
  service = "Azure Monitor Logs"
  status  = "partial"
  azurerm = ["azurerm_monitor_data_collection_rule", "azurerm_monitor_data_collection_endpoint"]
  arm     = ["Microsoft.Insights/dataCollectionRules", "Microsoft.Insights/dataCollectionEndpoints"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-ingestion-api-overview"
  note    = "Ingesting activity events from outside sources becomes the Logs Ingestion API: the source sends JSON to a data collection rule (through its endpoint) that writes to a custom table in the workspace. Partner integrations may instead ship through Microsoft Sentinel data connectors."
}

mapping "AWS::CloudTrail::Dashboard" {
  service = "Azure Monitor workbooks"
  status  = "partial"
  azurerm = ["azurerm_application_insights_workbook"]
  arm     = ["Microsoft.Insights/workbooks"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/visualize/workbooks-overview"
  note    = "Dashboard widgets become workbook queries and visualisations over the Log Analytics workspace; SQL widget queries must be rewritten in KQL."
}

mapping "AWS::CloudTrail::ResourcePolicy" {
  service = "Azure role-based access control"
  status  = "implicit"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/manage-access"
  note    = "There is no resource policy document: grant other principals access to the workspace or individual tables with role assignments (Log Analytics Reader, table-level RBAC), and to data collection rules with Monitoring Metrics Publisher for ingestion."
}
