# AWS X-Ray → Application Insights distributed tracing (Azure Monitor), fed by the Azure Monitor OpenTelemetry distro.

mapping "aws_xray_sampling_rule" {
  cloudformation = ["AWS::XRay::SamplingRule"]
  service        = "Application Insights sampling"
  status         = "implicit"
  azurerm        = ["azurerm_application_insights"]
  arm            = ["Microsoft.Insights/components"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/opentelemetry-sampling"
  note           = "Sampling is configured in the application's Azure Monitor OpenTelemetry distro (a fixed ratio, like fixed_rate, or a traces-per-second limit, like reservoir_size), not as a central rule; ingestion sampling (sampling_percentage on the component) is a coarse fallback. Rules that match service name, host, method or URL path need a custom OpenTelemetry sampler."
}

mapping "aws_xray_group" {
  cloudformation = ["AWS::XRay::Group"]
  service        = "Application Insights (saved log queries)"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_query_pack_query"]
  arm            = ["Microsoft.OperationalInsights/queryPacks/queries"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/query-packs"
  note           = "Traces are not grouped by a stored filter expression: express the filter as a KQL query over the requests and dependencies tables and save it in a query pack or a workbook. Group-level metrics become log search or metric alerts on that query."

  caveat "insights" {
    when     = try(anytrue([for c in try(self.insights_configuration, []) : try(tostring(c.insights_enabled) == "true", false)]), false) || try(tostring(self.InsightsConfiguration.InsightsEnabled) == "true", false)
    severity = "info"
    message  = "X-Ray Insights anomaly detection corresponds to Application Insights smart detection (failure anomalies), which works per component rather than per group."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/proactive-failure-diagnostics"
  }
}

mapping "aws_xray_encryption_config" {
  service = "Application Insights (Log Analytics workspace encryption)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/customer-managed-keys"
  note    = "Telemetry of a workspace-based Application Insights component is stored in its Log Analytics workspace, which is always encrypted at rest with Microsoft-managed keys."

  target "kms" {
    when    = try(upper(self.type), "") == "KMS"
    service = "Azure Monitor customer-managed keys"
    status  = "partial"
    azurerm = ["azurerm_log_analytics_cluster", "azurerm_log_analytics_cluster_customer_managed_key"]
    arm     = ["Microsoft.OperationalInsights/clusters"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/logs/customer-managed-keys"
    note    = "Encryption with your own Key Vault key requires a Log Analytics dedicated cluster (billed by commitment tier) linked to the workspace that backs the Application Insights component."
  }
}

mapping "aws_xray_resource_policy" {
  cloudformation = ["AWS::XRay::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/azure-ad-authentication"
  note           = "Senders use the component's connection string; to accept only authenticated telemetry, set local_authentication_disabled on azurerm_application_insights and grant the sending identities Monitoring Metrics Publisher on the component."
}

mapping "aws_xray_indexing_rule" {
  service = "Application Insights"
  status  = "implicit"
  azurerm = ["azurerm_application_insights"]
  arm     = ["Microsoft.Insights/components"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/distributed-trace-data"
  note    = "Every span that reaches Application Insights is stored and searchable; control volume with sampling in the application instead of an indexing percentage."
}

mapping "aws_xray_trace_segment_destination" {
  service = "Application Insights"
  status  = "implicit"
  azurerm = ["azurerm_application_insights"]
  arm     = ["Microsoft.Insights/components"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/distributed-trace-data"
  note    = "A workspace-based component always writes traces to its Log Analytics workspace (workspace_id), where they can be queried with KQL alongside other logs; there is no destination switch."
}

mapping "AWS::XRay::TransactionSearchConfig" {
  service = "Application Insights"
  status  = "implicit"
  azurerm = ["azurerm_application_insights"]
  arm     = ["Microsoft.Insights/components"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/distributed-trace-data"
  note    = "Transaction search is built into Application Insights: spans land in the component's Log Analytics workspace and are searchable without extra configuration."
}
