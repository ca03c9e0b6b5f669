# Amazon CloudWatch Network Flow Monitor → Azure Network Watcher (connection monitor for latency
# and loss between workloads, VNet flow logs with traffic analytics for flow volumes).

mapping "aws_networkflowmonitor_monitor" {
  service = "Azure Network Watcher connection monitor"
  status  = "partial"
  azurerm = ["azurerm_network_connection_monitor"]
  arm     = ["Microsoft.Network/networkWatchers/connectionMonitors"]
  link    = "https://learn.microsoft.com/azure/network-watcher/connection-monitor-overview"
  note    = "A monitor of flow performance between local and remote resources becomes a connection monitor whose test groups probe between the sources and destinations (packet loss, round-trip time) using the Azure Monitor agent on VMs. It measures synthetic probes rather than the workload's own TCP flows; for flow volumes and top talkers, add VNet flow logs with traffic analytics."
}

mapping "aws_networkflowmonitor_scope" {
  service = "Azure Network Watcher"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/network-watcher/network-watcher-overview"
  note    = "The scope (accounts and Regions observed) has no resource of its own: Network Watcher is enabled per region and subscription, and each connection monitor or flow log names the resources it covers."
}
