# Amazon CloudWatch Application Signals → Application Insights (OpenTelemetry-based APM, application map)
# in Azure Monitor, with alerts for service-level objectives.

mapping "AWS::ApplicationSignals::Discovery" {
  service = "Application Insights"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/app-map"
  note    = "Nothing to switch on per account: services instrumented with the Azure Monitor OpenTelemetry distro (or auto-instrumentation on App Service, Functions and AKS) appear in the Application Insights application map with their dependencies."
}

mapping "AWS::ApplicationSignals::ServiceLevelObjective" {
  service = "Azure Monitor alerts"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview"
  note    = "Azure Monitor has no service-level objective resource with error budgets and burn rates. Express the indicator as a log search or metric alert over Application Insights requests or availability results (azurerm_monitor_scheduled_query_rules_alert_v2), and track attainment in a workbook."
}

mapping "AWS::ApplicationSignals::GroupingConfiguration" {
  service = "Application Insights"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/app-map"
  note    = "Grouping services by custom attributes has no setting. Set the cloud role name and resource attributes (for example team or business unit) in the OpenTelemetry resource of each service, and filter or group by them in the application map, workbooks and queries."
}
