# Amazon Security Lake → Microsoft Sentinel on a Log Analytics workspace.

mapping "aws_securitylake_data_lake" {
  cloudformation = ["AWS::SecurityLake::DataLake"]
  service        = "Microsoft Sentinel"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_workspace", "azurerm_sentinel_log_analytics_workspace_onboarding"]
  arm            = ["Microsoft.OperationalInsights/workspaces", "Microsoft.SecurityInsights/onboardingStates"]
  link           = "https://learn.microsoft.com/azure/sentinel/overview"
  note           = "The security data lake becomes a Log Analytics workspace with Microsoft Sentinel. Data is kept in workspace tables, not as OCSF Parquet files in your own bucket, and is normalised at query time by ASIM parsers rather than converted to OCSF. Lifecycle rules become workspace and per-table retention (interactive retention plus long-term retention)."

  caveat "open-format-files" {
    severity = "info"
    message  = "Consumers that read the lake's files directly need a copy: add a data export rule to a storage account or Event Hubs (azurerm_log_analytics_data_export_rule)."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
  }
}

mapping "aws_securitylake_aws_log_source" {
  cloudformation = ["AWS::SecurityLake::AwsLogSource"]
  service        = "Microsoft Sentinel data connectors"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note           = "Each AWS log source becomes the Azure log that carries the same signal, sent to the Sentinel workspace: diagnostic settings for resource logs (AKS audit, WAF, Storage), data connectors for Entra ID and Defender. Accounts and regions in scope become the subscriptions and resources that send data."

  target "activity-log" {
    when    = try(anytrue([for s in self.source : try(upper(s.source_name), "") == "CLOUD_TRAIL_MGMT"]), false) || try(upper(self.SourceName), "") == "CLOUD_TRAIL_MGMT"
    service = "Azure Monitor activity log"
    status  = "direct"
    azurerm = ["azurerm_monitor_diagnostic_setting"]
    arm     = ["Microsoft.Insights/diagnosticSettings"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"
    note    = "CloudTrail management events become the subscription's activity log, sent to the workspace by a subscription-level diagnostic setting (target_resource_id = the subscription ID)."
  }

  target "flow-logs" {
    when    = try(anytrue([for s in self.source : try(upper(s.source_name), "") == "VPC_FLOW"]), false) || try(upper(self.SourceName), "") == "VPC_FLOW"
    service = "Azure Network Watcher flow logs"
    status  = "partial"
    azurerm = ["azurerm_network_watcher_flow_log"]
    arm     = ["Microsoft.Network/networkWatchers/flowLogs"]
    link    = "https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview"
    note    = "VPC flow logs become virtual network flow logs written to a storage account; enable traffic analytics to bring them into the workspace."
  }

  target "findings" {
    when    = try(anytrue([for s in self.source : try(upper(s.source_name), "") == "SH_FINDINGS"]), false) || try(upper(self.SourceName), "") == "SH_FINDINGS"
    service = "Microsoft Sentinel data connectors"
    status  = "partial"
    azurerm = ["azurerm_sentinel_data_connector_azure_security_center"]
    arm     = ["Microsoft.SecurityInsights/dataConnectors"]
    link    = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
    note    = "Security Hub findings become Defender for Cloud alerts brought in by the Defender for Cloud connector (or the Microsoft Defender XDR connector); recommendations reach the workspace through continuous export."
  }
}

mapping "aws_securitylake_custom_log_source" {
  service = "Azure Monitor Logs ingestion"
  status  = "partial"
  azurerm = ["azurerm_log_analytics_workspace_table_custom_log", "azurerm_monitor_data_collection_rule"]
  arm     = ["Microsoft.OperationalInsights/workspaces/tables", "Microsoft.Insights/dataCollectionRules"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-ingestion-api-overview"
  note    = "A custom source becomes a custom table (_CL) fed through a data collection rule by the Logs Ingestion API, with a transformation instead of OCSF conversion; the writer authenticates with an Entra ID identity instead of an IAM role."
}

mapping "aws_securitylake_subscriber" {
  cloudformation = ["AWS::SecurityLake::Subscriber"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/manage-access"
  note           = "Query access for a subscriber becomes a role assignment (Log Analytics Reader, Microsoft Sentinel Reader, or table-level access) for the consumer's identity; external subscribers need an identity in your tenant or Azure Lighthouse."

  target "data-access" {
    when    = try(upper(self.access_type), "") == "S3" || try(contains(self.AccessTypes, "S3"), false)
    service = "Log Analytics data export"
    status  = "partial"
    azurerm = ["azurerm_log_analytics_data_export_rule"]
    arm     = ["Microsoft.OperationalInsights/workspaces/dataExports"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
    note    = "Data access to the files becomes a data export rule that copies selected tables to a storage account or Event Hubs the subscriber reads, with a role assignment on that destination."
  }
}

mapping "aws_securitylake_subscriber_notification" {
  cloudformation = ["AWS::SecurityLake::SubscriberNotification"]
  service        = "Log Analytics data export"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_data_export_rule"]
  arm            = ["Microsoft.OperationalInsights/workspaces/dataExports"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
  note           = "New-data notifications become streaming: export the tables to Event Hubs, or export to storage and subscribe to blob-created events with Event Grid (azurerm_eventgrid_event_subscription)."
}
