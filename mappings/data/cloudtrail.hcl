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
}

data "aws_cloudtrail_service_account" {
  service = "Azure Monitor activity log"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
  note    = "The activity log is exported by a diagnostic setting, so there is no service account to grant bucket access to."
}
