# CloudWatch Observability Access Manager (cross-account observability) → Azure RBAC across subscriptions, Azure Lighthouse across tenants.

mapping "aws_oam_sink" {
  cloudformation = ["AWS::Oam::Sink"]
  service        = "Azure Monitor"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/cross-workspace-query"
  note           = "No monitoring-account endpoint is needed: within a tenant, anyone with read access can view metrics, logs and Application Insights data of many subscriptions at once (cross-workspace and cross-resource log queries, workbooks and dashboards that span subscriptions). Where a single store is wanted, send the data to a central Log Analytics workspace instead."
}

mapping "aws_oam_sink_policy" {
  service = "Azure role-based access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/manage-access"
  note    = "Nothing is allow-listed at the monitoring side: access is granted at the source, by role assignments on the source subscriptions or management group (see the link entry)."
}

mapping "aws_oam_link" {
  cloudformation = ["AWS::Oam::Link"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/manage-access"
  note           = "Sharing a source account's telemetry becomes role assignments for the monitoring team (Monitoring Reader, Log Analytics Reader) on the source subscriptions, ideally once at a management group. The shared resource types are chosen by which roles and scopes you grant, not by a list. For subscriptions in another tenant, use Azure Lighthouse (azurerm_lighthouse_definition and azurerm_lighthouse_assignment)."
}

data "aws_oam_sink" {
  terraform = ["aws_oam_sink", "aws_oam_sinks"]
  service   = "Azure Monitor Log Analytics"
  status    = "partial"
  azurerm   = ["azurerm_log_analytics_workspace"]
  link      = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note      = "There is no sink to look up; if telemetry is centralised, look up the central Log Analytics workspace instead."
}

data "aws_oam_link" {
  terraform = ["aws_oam_link", "aws_oam_links"]
  service   = "Azure role-based access control"
  status    = "none"
  link      = "https://learn.microsoft.com/azure/azure-monitor/logs/manage-access"
  note      = "Cross-subscription access is a set of role assignments, which azurerm cannot list as a data source; keep the list of monitored scopes in your configuration."
}
