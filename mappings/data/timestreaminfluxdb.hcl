# Amazon Timestream for InfluxDB → no managed InfluxDB on Azure: self-managed InfluxDB (VMs or AKS) or a partner
# offer, or a move to Azure Data Explorer with the queries rewritten in KQL.

mapping "aws_timestreaminfluxdb_db_instance" {
  service = "Azure Data Explorer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "Azure has no managed InfluxDB. Either run InfluxDB yourself (on a VM or AKS with managed disks) or through a partner offer, keeping the InfluxQL or Flux clients and Telegraf agents, or move the time series to Azure Data Explorer and rewrite the queries in KQL."
}

mapping "aws_timestreaminfluxdb_db_cluster" {
  service = "Azure Data Explorer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "Azure has no managed InfluxDB cluster with read replicas and failover: run InfluxDB yourself on AKS or VMs across availability zones, or move the time series to Azure Data Explorer (zone-redundant clusters, follower databases for read scale-out) and rewrite the queries in KQL."
}
