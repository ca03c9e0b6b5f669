# Amazon DocumentDB → Azure DocumentDB (formerly Azure Cosmos DB for MongoDB vCore), a
# MongoDB-compatible vCore cluster managed with azurerm_mongo_cluster.

mapping "aws_docdb_cluster" {
  cloudformation = ["AWS::DocDB::DBCluster"]
  service        = "Azure DocumentDB"
  status         = "direct"
  azurerm        = ["azurerm_mongo_cluster"]
  arm            = ["Microsoft.DocumentDB/mongoClusters"]
  link           = "https://learn.microsoft.com/azure/documentdb/overview"
  note           = "A DocumentDB cluster becomes an Azure DocumentDB cluster (azurerm_mongo_cluster): master credentials → administrator_username/administrator_password (or Microsoft Entra authentication through auth_config_allowed_modes), instance class → compute_tier, storage → storage_size_in_gb per shard, a KMS key → customer_managed_key. Azure Cosmos DB for MongoDB (RU) is the serverless alternative, with a different feature set."

  caveat "compatibility" {
    severity = "info"
    message  = "Both services emulate the MongoDB API on their own engines and support different subsets: check the commands, aggregation stages and index types the application uses against the Azure DocumentDB compatibility list (Azure DocumentDB accepts MongoDB 5.0 to 8.0 wire versions)."
    link     = "https://learn.microsoft.com/azure/documentdb/compatibility-features"
  }

  caveat "global-cluster" {
    when     = can(self.global_cluster_identifier) || can(self.GlobalClusterIdentifier)
    severity = "info"
    message  = "A global cluster becomes a replica cluster in another region (create_mode = \"GeoReplica\" with source_server_id): one asynchronous, read-only replica per cluster, promoted manually during a regional outage."
    link     = "https://learn.microsoft.com/azure/documentdb/cross-region-replication"
  }

  caveat "io-optimized-storage" {
    when     = try(lower(self.storage_type), lower(self.StorageType), "") == "iopt1"
    severity = "info"
    message  = "I/O-optimized storage has no pricing twin: IOPS grow with the provisioned disk size per shard, and storage_type = \"PremiumSSDv2\" is the option for I/O-heavy workloads."
    link     = "https://learn.microsoft.com/azure/documentdb/compute-storage"
  }

  caveat "public-network" {
    severity = "info"
    message  = "DocumentDB clusters live only inside a VPC; an Azure DocumentDB cluster is public by default. Set public_network_access = \"Disabled\" and connect through a private endpoint, or allow-list addresses with azurerm_mongo_cluster_firewall_rule."
    link     = "https://learn.microsoft.com/azure/documentdb/how-to-private-link"
  }
}

mapping "aws_docdb_cluster_instance" {
  cloudformation = ["AWS::DocDB::DBInstance"]
  service        = "Azure DocumentDB"
  status         = "implicit"
  azurerm        = ["azurerm_mongo_cluster"]
  arm            = ["Microsoft.DocumentDB/mongoClusters"]
  link           = "https://learn.microsoft.com/azure/documentdb/high-availability"
  note           = "Instances are not separate resources: the instance class becomes the cluster's compute_tier (applied to every shard), and a second instance for failover becomes high_availability_mode = \"ZoneRedundantPreferred\", which keeps a synchronous standby for each shard in another zone."

  caveat "reader-instances" {
    severity = "warning"
    message  = "High-availability standbys serve no traffic until failover, so reader instances have no direct match: scale reads with a larger compute tier, more shards, or a read-only replica cluster in the same or another region, and point read-only connection strings at the replica."
    link     = "https://learn.microsoft.com/azure/documentdb/cross-region-replication"
  }
}

mapping "aws_docdb_subnet_group" {
  cloudformation = ["AWS::DocDB::DBSubnetGroup"]
  service        = "Azure Private Link"
  status         = "partial"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/documentdb/how-to-private-link"
  note           = "Azure DocumentDB is not injected into subnets: private access is a private endpoint (sub-resource MongoCluster) in one subnet of the virtual network, with the privatelink DNS zone linked to it, and public network access disabled on the cluster."
}

mapping "aws_docdb_cluster_parameter_group" {
  cloudformation = ["AWS::DocDB::DBClusterParameterGroup"]
  service        = "Azure DocumentDB"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/documentdb/compatibility-features"
  note           = "There are no parameter groups: TLS is always enforced, auditing and profiling become diagnostic settings sent to Log Analytics, and engine parameters such as TTL monitoring are managed by the service. Review each parameter for a replacement."

  caveat "tls-disabled" {
    when     = try(anytrue([for p in try(self.parameter, []) : lower(p.name) == "tls" && lower(p.value) == "disabled"]), false) || try(lower(self.Parameters.tls), "") == "disabled"
    severity = "warning"
    message  = "The parameter group disables TLS, but Azure DocumentDB accepts only TLS connections: update client connection strings and trust stores before migrating."
    link     = "https://learn.microsoft.com/azure/documentdb/compatibility-features"
  }
}

mapping "aws_docdbelastic_cluster" {
  cloudformation = ["AWS::DocDBElastic::Cluster"]
  service        = "Azure DocumentDB"
  status         = "direct"
  azurerm        = ["azurerm_mongo_cluster"]
  arm            = ["Microsoft.DocumentDB/mongoClusters"]
  link           = "https://learn.microsoft.com/azure/documentdb/partitioning"
  note           = "An elastic (sharded) cluster becomes a multi-shard Azure DocumentDB cluster: shard_count → shard_count, shard capacity (vCPUs) → compute_tier, which applies to every shard. Collections are sharded with a shard key as before; unsharded collections can be placed on chosen shards."

  caveat "shard-count-fixed" {
    severity = "info"
    message  = "shard_count on azurerm_mongo_cluster forces a new cluster when changed; add shards to a running cluster with the portal, CLI or API and then align the Terraform configuration."
    link     = "https://learn.microsoft.com/azure/documentdb/partitioning"
  }
}

mapping "aws_docdb_cluster_snapshot" {
  service = "Azure DocumentDB backups"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/documentdb/how-to-restore-cluster"
  note    = "Azure DocumentDB has no manual snapshots: backups are automatic, kept 35 days (7 days after the cluster is deleted), and can only be restored as a new cluster at a point in time. For longer retention or a portable copy, export with mongodump or another MongoDB tool on a schedule."
}

mapping "aws_docdb_event_subscription" {
  cloudformation = ["AWS::DocDB::EventSubscription"]
  service        = "Azure Monitor alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert", "azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/activityLogAlerts", "Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-types"
  note           = "Cluster event notifications become activity log alerts (administrative operations, service and resource health) on the cluster, sending to an action group instead of an SNS topic; DocumentDB event categories have no one-to-one list."
}

mapping "aws_docdb_global_cluster" {
  cloudformation = ["AWS::DocDB::GlobalCluster"]
  service        = "Azure DocumentDB cross-region replication"
  status         = "partial"
  azurerm        = ["azurerm_mongo_cluster"]
  arm            = ["Microsoft.DocumentDB/mongoClusters"]
  link           = "https://learn.microsoft.com/azure/documentdb/cross-region-replication"
  note           = "There is no global cluster object: each secondary region is a replica cluster, an azurerm_mongo_cluster with create_mode = \"GeoReplica\" and source_server_id pointing at the primary. The replica is read-only until promoted, and promotion is a manual step."
}

data "aws_docdb_engine_version" {
  service = "Azure DocumentDB"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/documentdb/overview"
  note    = "azurerm has no version data source: set the MongoDB version on azurerm_mongo_cluster (version) from the versions the service documents."
}

data "aws_docdb_orderable_db_instance" {
  service = "Azure DocumentDB"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/documentdb/overview"
  note    = "There are no instance classes to query: choose the cluster tier (compute_tier, for example M30) and storage size on azurerm_mongo_cluster."
}
