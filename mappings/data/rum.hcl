# CloudWatch RUM → Application Insights browser monitoring (JavaScript SDK).

mapping "aws_rum_app_monitor" {
  cloudformation = ["AWS::RUM::AppMonitor"]
  service        = "Application Insights (browser monitoring)"
  status         = "partial"
  azurerm        = ["azurerm_application_insights"]
  arm            = ["Microsoft.Insights/components"]
  requires       = ["azurerm_log_analytics_workspace"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/javascript-sdk"
  note           = "An app monitor becomes a workspace-based Application Insights resource plus the Application Insights JavaScript SDK in the web pages, which collects page views and load performance, browser exceptions, AJAX dependencies and custom events. The page is configured with the resource's connection string; the RUM web client snippet and its settings are replaced, and traces correlate with server-side telemetry through W3C trace context."

  caveat "cognito-guest-role" {
    when     = try(anytrue([for c in try(self.app_monitor_configuration, []) : can(c.identity_pool_id) || can(c.guest_role_arn)]), false) || can(self.AppMonitorConfiguration.IdentityPoolId) || can(self.AppMonitorConfiguration.GuestRoleArn)
    severity = "info"
    message  = "The Cognito identity pool and guest role that let browsers send data are not needed: the SDK sends telemetry with the connection string embedded in the page, which identifies but does not protect the resource, so watch for spoofed telemetry as with any browser-side key."
    link     = "https://learn.microsoft.com/azure/azure-monitor/app/javascript-sdk"
  }

  caveat "session-sampling" {
    when     = try(anytrue([for c in try(self.app_monitor_configuration, []) : try(tonumber(c.session_sample_rate) < 1, false)]), false) || try(tonumber(self.AppMonitorConfiguration.SessionSampleRate) < 1, false)
    severity = "info"
    message  = "The session sample rate (0–1) becomes the SDK's fixed-rate samplingPercentage (0–100); check how the sampled data affects session-level analysis."
    link     = "https://learn.microsoft.com/azure/azure-monitor/app/sampling-classic-api"
  }
}

mapping "aws_rum_metrics_destination" {
  service = "Application Insights (browser monitoring)"
  status  = "implicit"
  azurerm = ["azurerm_application_insights"]
  arm     = ["Microsoft.Insights/components"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/metrics-overview"
  note    = "Browser telemetry already lands in the Application Insights resource and its workspace, where standard and log-based metrics, and custom metrics from the SDK, are queried and alerted on; there is no separate metrics destination to configure."
}
