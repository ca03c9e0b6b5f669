# Amazon Neptune → Azure Cosmos DB for Apache Gremlin (property graphs). RDF/SPARQL has no Azure
# equivalent.

mapping "aws_neptune_cluster" {
  cloudformation = ["AWS::Neptune::DBCluster"]
  service        = "Azure Cosmos DB for Apache Gremlin"
  status         = "partial"
  azurerm        = ["azurerm_cosmosdb_account", "azurerm_cosmosdb_gremlin_database", "azurerm_cosmosdb_gremlin_graph"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts", "Microsoft.DocumentDB/databaseAccounts/gremlinDatabases", "Microsoft.DocumentDB/databaseAccounts/gremlinDatabases/graphs"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/gremlin/introduction"
  note           = "A Neptune cluster becomes a Cosmos DB account with the EnableGremlin capability, a Gremlin database and one or more graphs. Capacity is request units (provisioned, autoscale or serverless) instead of instances, every graph needs a partition key chosen for the traversal pattern, and replicas become additional account regions. Microsoft also points analytical graph workloads and some Gremlin migrations at Graph in Microsoft Fabric."

  caveat "query-languages" {
    severity = "warning"
    message  = "Only Gremlin carries over: RDF/SPARQL and openCypher workloads have no Azure equivalent (Cosmos DB for Gremlin is property-graph only), so they need a different engine on Azure VMs or AKS, or a rewrite to Gremlin."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  }

  caveat "gremlin-compatibility" {
    severity = "warning"
    message  = "Cosmos DB's Gremlin engine differs from Neptune's: queries must be sent as strings (no Gremlin bytecode / GLV traversals), match() and set cardinality are unsupported, traversals run breadth-first, and 3.4.x drivers are recommended. Test every traversal and rewrite hot queries around the partition key."
    link     = "https://learn.microsoft.com/azure/cosmos-db/gremlin/support"
  }

  caveat "serverless-scaling" {
    when     = can(self.serverless_v2_scaling_configuration) || can(self.ServerlessScalingConfiguration)
    severity = "info"
    message  = "Neptune Serverless capacity (NCUs) becomes autoscale throughput on the database or graph (max RU/s) or a serverless Cosmos DB account for small, spiky workloads."
    link     = "https://learn.microsoft.com/azure/cosmos-db/provision-throughput-autoscale"
  }

  caveat "iam-auth" {
    when     = try(tostring(try(self.iam_database_authentication_enabled, self.IamAuthEnabled)) == "true", false)
    severity = "info"
    message  = "IAM database authentication (SigV4-signed requests) has no direct match: check which Microsoft Entra data-plane options the Gremlin API offers, or authenticate with account keys kept in Key Vault."
    link     = "https://learn.microsoft.com/azure/cosmos-db/gremlin/security/how-to-disable-key-based-authentication"
  }
}

mapping "aws_neptune_cluster_instance" {
  cloudformation = ["AWS::Neptune::DBInstance"]
  service        = "Azure Cosmos DB for Apache Gremlin"
  status         = "implicit"
  azurerm        = ["azurerm_cosmosdb_gremlin_graph"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts/gremlinDatabases/graphs"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/gremlin/how-to-provision-throughput"
  note           = "There are no instances: the writer and readers' compute becomes request-unit throughput on the database or graph (throughput or autoscale_settings), and read replicas become extra regions on the Cosmos DB account (geo_location blocks)."
}

mapping "aws_neptune_cluster_parameter_group" {
  cloudformation = ["AWS::Neptune::DBClusterParameterGroup"]
  service        = "Azure Cosmos DB for Apache Gremlin"
  status         = "implicit"
  azurerm        = ["azurerm_cosmosdb_account"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/gremlin/limits"
  note           = "There are no parameter groups: engine limits such as query timeouts are fixed by the service, the consistency level is an account setting, and audit logging becomes diagnostic settings on the Cosmos DB account."
}

mapping "aws_neptune_parameter_group" {
  cloudformation = ["AWS::Neptune::DBParameterGroup"]
  service        = "Azure Cosmos DB for Apache Gremlin"
  status         = "implicit"
  azurerm        = ["azurerm_cosmosdb_account"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/gremlin/limits"
  note           = "Instance-level parameters have no counterpart: the service fixes engine limits, and the few tunables (consistency, backup policy) are Cosmos DB account settings."
}

mapping "aws_neptune_subnet_group" {
  cloudformation = ["AWS::Neptune::DBSubnetGroup"]
  service        = "Azure Private Link"
  status         = "implicit"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints"
  note           = "Cosmos DB is not placed in subnets: reach the account through a private endpoint (sub-resource Gremlin) in the application's virtual network and disable public network access, or restrict it with virtual network rules."
}

mapping "aws_neptune_cluster_endpoint" {
  service = "Azure Cosmos DB for Apache Gremlin"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_account"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/gremlin/introduction"
  note    = "There are no instances to group behind custom endpoints: the account has one Gremlin endpoint (plus regional endpoints when it spans regions), and isolating analytical from transactional load means a separate graph or account with its own throughput."
}

mapping "aws_neptune_cluster_snapshot" {
  service = "Azure Cosmos DB for Apache Gremlin"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_account"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/online-backup-and-restore"
  note    = "Cosmos DB takes no on-demand snapshots: backups are automatic under the account's backup policy (backup block: periodic with its interval and retention, or continuous), and a restore creates a new account. For a point-in-time copy you control, export the graph data yourself."
}

mapping "aws_neptune_event_subscription" {
  cloudformation = ["AWS::Neptune::EventSubscription"]
  service        = "Azure Monitor"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert"]
  arm            = ["Microsoft.Insights/activityLogAlerts"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts"
  note           = "Event categories become activity log alerts (administrative operations, service health and resource health of the Cosmos DB account) with an action group for notification; there are no maintenance or failover events of instances to subscribe to."
}

mapping "aws_neptune_global_cluster" {
  service = "Azure Cosmos DB for Apache Gremlin"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_account"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/distribute-data-globally"
  note    = "Global replication is a property of the account: add a geo_location block per region (failover_priority sets the failover order) and optionally enable multi-region writes; there is no separate global cluster object."
}

data "aws_neptune_engine_version" {
  service = "Azure Cosmos DB for Apache Gremlin"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cosmos-db/gremlin/support"
  note    = "Cosmos DB is versionless: there are no engine versions to select; check the supported Gremlin features and steps instead."
}

data "aws_neptune_orderable_db_instance" {
  service = "Azure Cosmos DB for Apache Gremlin"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cosmos-db/gremlin/how-to-provision-throughput"
  note    = "There are no instance classes to choose: capacity is provisioned throughput (RU/s, manual or autoscale) on the database or graph."
}
