# Amazon CloudWatch Network Monitor (probes from a VPC to on-premises addresses over Direct Connect or VPN)
# → Azure Network Watcher Connection Monitor.

mapping "aws_networkmonitor_monitor" {
  service = "Azure Network Watcher Connection Monitor"
  status  = "partial"
  azurerm = ["azurerm_network_connection_monitor"]
  arm     = ["Microsoft.Network/networkWatchers/connectionMonitors"]
  link    = "https://learn.microsoft.com/azure/network-watcher/connection-monitor-overview"
  note    = "A monitor becomes a connection monitor in the region's network watcher: its test groups measure latency, packet loss and reachability from Azure sources to on-premises or other destinations, with results in Log Analytics and Azure Monitor metrics for alerts. Sources must be VMs or scale sets with the Network Watcher agent extension, not a subnet."
}

mapping "aws_networkmonitor_probe" {
  service = "Azure Network Watcher Connection Monitor"
  status  = "implicit"
  azurerm = ["azurerm_network_connection_monitor"]
  arm     = ["Microsoft.Network/networkWatchers/connectionMonitors"]
  link    = "https://learn.microsoft.com/azure/network-watcher/connection-monitor-overview"
  note    = "A probe becomes an endpoint and a test configuration (TCP with port, or ICMP; test frequency) in a test group of the connection monitor; the source is a VM in the probe's subnet that runs the Network Watcher agent extension."
}
