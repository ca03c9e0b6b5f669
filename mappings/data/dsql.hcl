# Amazon Aurora DSQL → Azure Database for PostgreSQL flexible server. Azure has no serverless,
# multi-region active-active PostgreSQL.

mapping "aws_dsql_cluster" {
  cloudformation = ["AWS::DSQL::Cluster"]
  service        = "Azure Database for PostgreSQL"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/overview"
  note           = "A DSQL cluster's PostgreSQL-compatible database becomes a PostgreSQL flexible server with zone-redundant high availability; applications move to standard PostgreSQL, which relaxes DSQL's restrictions (foreign keys, triggers and extensions are available). For horizontal scale-out, use an elastic cluster (Citus sharding) of the flexible server; Azure Cosmos DB for PostgreSQL no longer accepts new deployments."

  caveat "serverless-capacity" {
    severity = "warning"
    message  = "DSQL is serverless with no instance to size; a flexible server has a fixed compute SKU and storage size that you choose and scale, and it does not scale to zero (it can only be stopped for up to 7 days)."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/overview"
  }

  caveat "iam-token-auth" {
    severity = "info"
    message  = "DSQL authenticates with IAM-generated tokens; on Azure, enable Microsoft Entra authentication on the server and have applications request Entra access tokens as passwords (or use password authentication)."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-azure-ad-authentication"
  }

  caveat "multi-region" {
    when     = can(self.multi_region_properties[0].witness_region) || can(self.MultiRegionProperties.WitnessRegion)
    severity = "error"
    message  = "A multi-region DSQL cluster (active-active writes with a witness region, strong consistency) has no Azure PostgreSQL equivalent: use a cross-region read replica promoted on failover (single writer, asynchronous), or redesign for Azure Cosmos DB for NoSQL with multi-region writes."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  }
}

mapping "aws_dsql_cluster_peering" {
  service = "Azure Database for PostgreSQL read replicas"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  note    = "Peering joins DSQL clusters in different regions into one active-active, strongly consistent database; Azure has no equivalent for PostgreSQL. The nearest option is a cross-region read replica (azurerm_postgresql_flexible_server with create_mode = \"Replica\") that is promoted to a writer on failover, accepting asynchronous replication and a single writer; multi-region writes need a redesign for Azure Cosmos DB for NoSQL."
}
