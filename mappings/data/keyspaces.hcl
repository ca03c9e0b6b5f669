# Amazon Keyspaces (for Apache Cassandra) → Azure Cosmos DB for Apache Cassandra (serverless or provisioned
# RU/s), or Azure Managed Instance for Apache Cassandra when full Cassandra compatibility is needed.

mapping "aws_keyspaces_keyspace" {
  cloudformation = ["AWS::Cassandra::Keyspace"]
  service        = "Azure Cosmos DB for Apache Cassandra"
  status         = "direct"
  azurerm        = ["azurerm_cosmosdb_cassandra_keyspace"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts/cassandraKeyspaces"]
  requires       = ["azurerm_cosmosdb_account"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/cassandra/introduction"
  note           = "A keyspace becomes a Cassandra keyspace in a Cosmos DB account created with the EnableCassandra capability; throughput can be shared at keyspace level or set per table. Clients keep the CQL drivers and connect to the account's Cassandra endpoint over TLS."

  caveat "multi-region" {
    when     = try(upper(self.replication_specification[0].replication_strategy), upper(self.ReplicationSpecification.ReplicationStrategy), "") == "MULTI_REGION"
    severity = "info"
    message  = "Multi-Region replication is set on the Cosmos DB account, not the keyspace: add the regions as geo_location blocks (and enable multiple write locations for active-active writes)."
    link     = "https://learn.microsoft.com/azure/cosmos-db/distribute-data-globally"
  }
}

mapping "aws_keyspaces_table" {
  cloudformation = ["AWS::Cassandra::Table"]
  service        = "Azure Cosmos DB for Apache Cassandra"
  status         = "direct"
  azurerm        = ["azurerm_cosmosdb_cassandra_table"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts/cassandraKeyspaces/tables"]
  requires       = ["azurerm_cosmosdb_cassandra_keyspace"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/cassandra/introduction"
  note           = "A table becomes a Cassandra table whose schema block lists the columns, partition keys and clustering keys; provisioned read and write capacity becomes RU/s throughput, and default_time_to_live carries over."

  caveat "on-demand" {
    when     = try(upper(self.capacity_specification[0].throughput_mode), upper(self.BillingMode.Mode), "") == "PAY_PER_REQUEST" || try(upper(self.BillingMode.Mode), "") == "ON_DEMAND"
    severity = "info"
    message  = "On-demand capacity becomes a serverless Cosmos DB account or autoscale throughput (autoscale_settings with a maximum RU/s) on the table or keyspace; serverless accounts are limited to one region."
    link     = "https://learn.microsoft.com/azure/cosmos-db/throughput-serverless"
  }

  caveat "point-in-time-recovery" {
    when     = try(upper(self.point_in_time_recovery[0].status), "") == "ENABLED" || try(tostring(self.PointInTimeRecoveryEnabled) == "true", false)
    severity = "info"
    message  = "Point-in-time recovery becomes continuous backup, set for the whole Cosmos DB account (backup type Continuous), not per table."
    link     = "https://learn.microsoft.com/azure/cosmos-db/continuous-backup-restore-introduction"
  }
}

mapping "AWS::Cassandra::Type" {
  service = "Azure Cosmos DB for Apache Cassandra"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/cosmos-db/cassandra/support"
  note    = "A user-defined type is created inside the keyspace with a CQL CREATE TYPE statement run by your schema migration tooling; azurerm and ARM have no resource for types. Check the supported-features list for UDT behaviour, or use Managed Instance for Apache Cassandra for full compatibility."
}
