# Amazon CloudWatch Internet Monitor → no Azure equivalent; Network Watcher connection monitor and
# Application Insights availability tests measure reachability from chosen locations.

mapping "aws_internetmonitor_monitor" {
  cloudformation = ["AWS::InternetMonitor::Monitor"]
  service        = "Azure Network Watcher connection monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/network-watcher/connection-monitor-overview"
  note           = "Azure offers no monitor of internet performance between your application and its end users' networks based on the provider's own traffic data. Measure from chosen points instead: Network Watcher connection monitor tests from agents or VMs to your endpoints, Application Insights availability tests from Azure locations, and real-user telemetry in Application Insights for client-side latency."
}
