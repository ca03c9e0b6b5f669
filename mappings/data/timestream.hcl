# Amazon Timestream for LiveAnalytics → Azure Data Explorer (or Fabric Eventhouse).

mapping "aws_timestreamwrite_database" {
  cloudformation = ["AWS::Timestream::Database"]
  service        = "Azure Data Explorer"
  status         = "direct"
  azurerm        = ["azurerm_kusto_database"]
  arm            = ["Microsoft.Kusto/clusters/databases"]
  requires       = ["azurerm_kusto_cluster"]
  link           = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note           = "A Timestream database becomes a database in an Azure Data Explorer cluster (or a KQL database in a Fabric Eventhouse). Unlike serverless Timestream, the cluster is sized and billed by its SKU and instance count; hot_cache_period and soft_delete_period set the database defaults for cache and retention."

  caveat "customer-managed-key" {
    when     = can(self.kms_key_id) || can(self.KmsKeyId)
    severity = "info"
    message  = "Encryption with your own key is set for the whole cluster (azurerm_kusto_cluster_customer_managed_key with a Key Vault key), not per database."
    link     = "https://learn.microsoft.com/azure/data-explorer/customer-managed-keys"
  }
}

mapping "aws_timestreamwrite_table" {
  cloudformation = ["AWS::Timestream::Table"]
  service        = "Azure Data Explorer"
  status         = "partial"
  azurerm        = ["azurerm_kusto_script"]
  arm            = ["Microsoft.Kusto/clusters/databases/scripts"]
  requires       = ["azurerm_kusto_database"]
  link           = "https://learn.microsoft.com/azure/data-explorer/kusto/management/retention-policy"
  note           = "A table is created with KQL management commands (.create table, .alter table policy), which azurerm_kusto_script can run at deployment. The memory store retention becomes the table's caching policy (hot cache) and the magnetic store retention its retention policy (soft delete). Kusto tables have a declared schema: dimensions and measures become typed columns, or a dynamic column for variable measures."

  caveat "schema-on-write" {
    severity = "info"
    message  = "Timestream creates dimensions and measures as data arrives; a Kusto table needs its columns declared up front (or a dynamic column), and ingestion needs a mapping from the incoming records to the columns."
    link     = "https://learn.microsoft.com/azure/data-explorer/kusto/management/mappings"
  }
}

mapping "AWS::Timestream::ScheduledQuery" {
  service  = "Azure Data Explorer materialized views"
  status   = "partial"
  azurerm  = ["azurerm_kusto_script"]
  arm      = ["Microsoft.Kusto/clusters/databases/scripts"]
  requires = ["azurerm_kusto_database"]
  link     = "https://learn.microsoft.com/azure/data-explorer/kusto/management/materialized-views/materialized-view-create"
  note     = "A scheduled aggregation into a derived table becomes a materialized view (.create materialized-view, run by azurerm_kusto_script) that Data Explorer keeps up to date as data arrives, with no schedule to manage. Queries a materialized view cannot express (joins, non-aggregating logic) need an update policy or an external scheduler such as Data Factory running .set-or-append; SNS notifications of runs have no equivalent."
}

mapping "AWS::Timestream::InfluxDBInstance" {
  service = "Azure Data Explorer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "Azure has no managed InfluxDB. Either run InfluxDB yourself (on a VM or AKS with managed disks) or through a partner offer, keeping the InfluxQL/Flux clients and Telegraf agents, or move the time series to Azure Data Explorer and rewrite the queries in KQL."
}

mapping "AWS::Timestream::InfluxDBCluster" {
  service = "Azure Data Explorer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "Azure has no managed InfluxDB cluster with read replicas and failover: run InfluxDB yourself on AKS or VMs across availability zones, or move the time series to Azure Data Explorer (zone-redundant clusters, follower databases for read scale-out) and rewrite the queries in KQL."
}

data "aws_timestreamwrite_database" {
  service = "Azure Data Explorer"
  status  = "direct"
  azurerm = ["azurerm_kusto_database"]
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "Looks up the Data Explorer database that replaced the Timestream database (cluster, cache and retention periods)."
}

data "aws_timestreamwrite_table" {
  service = "Azure Data Explorer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-explorer/kusto/management/retention-policy"
  note    = "azurerm has no data source for Kusto tables: query the table's schema and policies with KQL management commands (.show table), or reference the database through the azurerm_kusto_database data source."
}
