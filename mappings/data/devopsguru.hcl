# Amazon DevOps Guru → Application Insights smart detection and Azure Monitor dynamic-threshold alerts.

mapping "aws_devopsguru_resource_collection" {
  cloudformation = ["AWS::DevOpsGuru::ResourceCollection"]
  service        = "Application Insights smart detection"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/proactive-diagnostics"
  note           = "There is no analysed-resource collection to define: smart detection runs on every Application Insights resource, and infrastructure anomalies are caught with metric alerts that use dynamic thresholds on the resources you choose. Azure has no single ML service that correlates anomalies across a whole stack or tag set into insights."
}

mapping "aws_devopsguru_notification_channel" {
  cloudformation = ["AWS::DevOpsGuru::NotificationChannel"]
  service        = "Azure Monitor action groups"
  status         = "partial"
  azurerm        = ["azurerm_monitor_smart_detector_alert_rule", "azurerm_monitor_action_group"]
  arm            = ["Microsoft.AlertsManagement/smartDetectorAlertRules", "Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/proactive-failure-diagnostics"
  note           = "Anomaly notifications go through an action group attached to the smart detector alert rule (Failure Anomalies) and to dynamic-threshold alerts. An SNS topic becomes the action group's receivers (email, SMS, webhook, Logic App, function)."
}

mapping "aws_devopsguru_event_sources_config" {
  service = "Azure Monitor"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/proactive-diagnostics"
  note    = "Feeding external event sources (such as CodeGuru Profiler) into the anomaly engine has no counterpart. Route such events to Log Analytics and alert on them with log search alerts."
}

mapping "aws_devopsguru_service_integration" {
  service = "Azure Monitor"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/proactive-diagnostics"
  note    = "Integration switches (OpsCenter OpsItems, log anomaly detection, KMS encryption of insights) have no counterpart. Open tickets from alerts with an ITSM or Logic App action in an action group, and detect log anomalies with KQL functions such as series_decompose_anomalies in log search alerts."
}

mapping "AWS::DevOpsGuru::LogAnomalyDetectionIntegration" {
  service = "Azure Monitor Logs"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/kql-machine-learning-azure-monitor"
  note    = "Automatic anomaly detection over log groups has no switch; write log search alerts that use KQL time-series functions (series_decompose_anomalies) over the Log Analytics tables."
}

data "aws_devopsguru_notification_channel" {
  service = "Azure Monitor action groups"
  status  = "partial"
  azurerm = ["azurerm_monitor_action_group"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note    = "Looks up the action group that receives anomaly alerts."
}

data "aws_devopsguru_resource_collection" {
  service = "Application Insights smart detection"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/proactive-diagnostics"
  note    = "There is no resource collection to read; smart detection covers every Application Insights resource."
}
