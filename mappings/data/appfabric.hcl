# AWS AppFabric (SaaS audit log ingestion) → Microsoft Sentinel data connectors or Defender for Cloud Apps app connectors.

mapping "aws_appfabric_app_bundle" {
  service  = "Microsoft Sentinel"
  status   = "partial"
  azurerm  = ["azurerm_sentinel_log_analytics_workspace_onboarding"]
  arm      = ["Microsoft.SecurityInsights/onboardingStates"]
  requires = ["azurerm_log_analytics_workspace"]
  link     = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note     = "The bundle that collects SaaS application logs becomes a Sentinel-enabled Log Analytics workspace; Defender for Cloud Apps app connectors are the alternative when the goal is SaaS activity monitoring rather than log collection."
}

mapping "aws_appfabric_app_authorization" {
  service = "Microsoft Sentinel data connectors"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note    = "Authorizing a SaaS application becomes installing and configuring its data connector from the Sentinel content hub with the application's OAuth or API credentials; most third-party connectors aren't azurerm resources."
}

mapping "aws_appfabric_app_authorization_connection" {
  service = "Microsoft Sentinel data connectors"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note    = "The connection is made when the data connector is configured and connected; there is no separate resource."
}

mapping "aws_appfabric_ingestion" {
  service = "Microsoft Sentinel data connectors"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/sentinel/connect-data-sources"
  note    = "A connected data connector ingests the application's audit logs into workspace tables on its own; logs arrive in the connector's schema (or ASIM-normalized through parsers) rather than OCSF."
}

mapping "aws_appfabric_ingestion_destination" {
  service  = "Azure Monitor Logs"
  status   = "partial"
  azurerm  = ["azurerm_log_analytics_data_export_rule"]
  arm      = ["Microsoft.OperationalInsights/workspaces/dataExports"]
  requires = ["azurerm_log_analytics_workspace"]
  link     = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
  note     = "Logs land in the Log Analytics workspace; to also deliver them to object storage or a stream (S3 or Firehose destinations), add a data export rule to a storage account or event hub."
}
