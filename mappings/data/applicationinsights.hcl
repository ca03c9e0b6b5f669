# Amazon CloudWatch Application Insights → Azure Monitor (Application Insights, VM insights, alert rules).

mapping "aws_applicationinsights_application" {
  cloudformation = ["AWS::ApplicationInsights::Application"]
  service        = "Azure Monitor Application Insights"
  status         = "partial"
  azurerm        = ["azurerm_application_insights"]
  arm            = ["Microsoft.Insights/components"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/app-insights-overview"
  note           = "CloudWatch Application Insights discovers the components of a resource group (IIS, SQL Server, .NET, Java and others) and sets up metrics, logs and alarms for them. Azure Monitor has no single discovery switch: instrument the application with Application Insights (auto-instrumentation or OpenTelemetry) backed by a Log Analytics workspace, collect VM and SQL telemetry with VM insights and data collection rules, and enable the recommended alert rules. Despite the shared name, Azure's Application Insights is application performance monitoring, not automatic problem detection over infrastructure."

  caveat "ops-center" {
    when     = try(tostring(try(self.ops_center_enabled, self.OpsCenterEnabled)) == "true", false)
    severity = "info"
    message  = "OpsCenter OpsItems have no Azure equivalent: route alerts through action groups to an ITSM connector, a Logic App or an incident-management tool."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  }
}
