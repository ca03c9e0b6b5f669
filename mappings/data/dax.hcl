# Amazon DynamoDB Accelerator (DAX) → Azure Cosmos DB integrated cache (dedicated gateway), for
# tables moved to Azure Cosmos DB for NoSQL.

mapping "aws_dax_cluster" {
  cloudformation = ["AWS::DAX::Cluster"]
  service        = "Azure Cosmos DB integrated cache"
  status         = "partial"
  azurerm        = ["azurerm_cosmosdb_sql_dedicated_gateway"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts/services"]
  requires       = ["azurerm_cosmosdb_account"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/integrated-cache"
  note           = "A DAX cluster becomes a dedicated gateway on the Cosmos DB for NoSQL account that holds the migrated tables; its nodes carry a read-through, write-through item and query cache. Clients switch to the dedicated gateway endpoint in gateway connection mode with session or eventual consistency (other requests bypass the cache, as strongly consistent reads bypass DAX). Each node caches independently, and the node size is set by instance_size (Cosmos.D4s, D8s or D16s)."

  caveat "node-count" {
    when     = try(tonumber(try(self.replication_factor, self.ReplicationFactor)) > 5, false)
    severity = "warning"
    message  = "A dedicated gateway has at most 5 nodes: cover the extra DAX nodes with a larger instance_size."
    link     = "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-integrated-cache"
  }

  caveat "availability" {
    when     = try(tonumber(try(self.replication_factor, self.ReplicationFactor)) < 3, false)
    severity = "info"
    message  = "The Cosmos DB availability SLA covers the dedicated gateway only with at least 3 nodes; with fewer, the cache endpoint is briefly unavailable during upgrades or node failures."
    link     = "https://learn.microsoft.com/azure/cosmos-db/integrated-cache-faq"
  }
}

mapping "aws_dax_parameter_group" {
  cloudformation = ["AWS::DAX::ParameterGroup"]
  service        = "Azure Cosmos DB integrated cache"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/cosmos-db/integrated-cache"
  note           = "The item and query TTLs have no server-side setting: the client sets MaxIntegratedCacheStaleness in the request options (per request or per client), which decides how old a cached response may be."
}

mapping "aws_dax_subnet_group" {
  cloudformation = ["AWS::DAX::SubnetGroup"]
  service        = "Azure Cosmos DB networking"
  status         = "implicit"
  azurerm        = ["azurerm_cosmosdb_account"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints"
  note           = "The dedicated gateway is not placed in subnets: network access is governed by the Cosmos DB account (IP firewall, virtual network rules and private endpoints)."
}
