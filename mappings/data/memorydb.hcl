# Amazon MemoryDB supporting resources. The cluster itself (aws_memorydb_cluster, in elasticache.hcl)
# has no durable Azure equivalent; these entries describe where the settings go when the data is
# served from Azure Managed Redis as a cache in front of a system of record.

mapping "aws_memorydb_subnet_group" {
  cloudformation = ["AWS::MemoryDB::SubnetGroup"]
  service        = "Azure Private Link"
  status         = "implicit"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/redis/private-link"
  note           = "Azure Managed Redis is reached through a private endpoint in one subnet rather than placed in a subnet group; zone placement comes with the instance's high availability."
}

mapping "aws_memorydb_parameter_group" {
  cloudformation = ["AWS::MemoryDB::ParameterGroup"]
  service        = "Azure Managed Redis"
  status         = "implicit"
  azurerm        = ["azurerm_managed_redis"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases"]
  link           = "https://learn.microsoft.com/azure/redis/overview"
  note           = "There are no parameter groups: the few tunable settings (eviction policy, persistence, modules, clustering policy) are properties of the Azure Managed Redis database; other Redis parameters are fixed by the service."
}

mapping "aws_memorydb_user" {
  cloudformation = ["AWS::MemoryDB::User"]
  service        = "Azure Managed Redis (Microsoft Entra authentication)"
  status         = "partial"
  azurerm        = ["azurerm_managed_redis_access_policy_assignment"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments"]
  link           = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note           = "A MemoryDB user becomes a Microsoft Entra identity (a managed identity or service principal, or a user) with an access policy assignment on the Azure Managed Redis instance; Entra groups are not supported. Password and IAM authentication modes become Entra tokens (or the database access keys); per-user access strings have no exact equivalent."

  caveat "access-string" {
    when     = can(self.access_string) || can(self.AccessString)
    severity = "warning"
    message  = "Redis ACL access strings (command categories, key patterns) can't be expressed: access policy assignments grant the default policy, so restrict commands and key spaces in the application or split data across databases."
    link     = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  }
}

mapping "aws_memorydb_acl" {
  cloudformation = ["AWS::MemoryDB::ACL"]
  service        = "Azure Managed Redis (Microsoft Entra authentication)"
  status         = "partial"
  azurerm        = ["azurerm_managed_redis_access_policy_assignment"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments"]
  link           = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note           = "An ACL (a named set of users attached to a cluster) becomes one access policy assignment per Entra identity; Entra groups are not supported, so each member is listed individually."
}

mapping "aws_memorydb_multi_region_cluster" {
  cloudformation = ["AWS::MemoryDB::MultiRegionCluster"]
  service        = "Azure Managed Redis or Azure Cosmos DB"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/redis/how-to-active-geo-replication"
  note           = "A durable multi-Region Redis has no Azure equivalent. Keep the data in a globally distributed database (Cosmos DB with multi-region writes) and cache it in Azure Managed Redis, whose active geo-replication links caches in several regions but is not a system of record."
}

mapping "aws_memorydb_snapshot" {
  service = "Azure Managed Redis"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "There is no managed snapshot resource: Azure Managed Redis persistence (RDB or AOF) protects the cache, and data can be exported to and imported from Blob Storage as RDB files. Back up the system of record instead of the cache."
}

data "aws_memorydb_acl" {
  service = "Azure Managed Redis (Microsoft Entra authentication)"
  status  = "partial"
  azurerm = ["azurerm_managed_redis_access_policy_assignment"]
  link    = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note    = "Access is one access policy assignment per Entra identity: look each assignment up by name instead of an ACL."
}

data "aws_memorydb_cluster" {
  service = "Azure Managed Redis"
  status  = "partial"
  azurerm = ["azurerm_managed_redis"]
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "Where the data moved to a database fronted by Azure Managed Redis, look up the cache (hostname, port, database) by name and resource group; there is no durable cluster to look up."
}

data "aws_memorydb_parameter_group" {
  service = "Azure Managed Redis"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "There are no parameter groups: eviction policy, persistence and modules are read from the Azure Managed Redis instance itself."
}

data "aws_memorydb_snapshot" {
  service = "Azure Managed Redis"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "There are no managed snapshots to look up: exported RDB files are blobs in a storage account."
}

data "aws_memorydb_subnet_group" {
  service = "Azure Private Link"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/redis/private-link"
  note    = "There are no subnet groups: the cache is reached through a private endpoint, whose subnet is part of the private endpoint resource."
}

data "aws_memorydb_user" {
  service = "Azure Managed Redis (Microsoft Entra authentication)"
  status  = "partial"
  azurerm = ["azurerm_managed_redis_access_policy_assignment"]
  link    = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note    = "A user is an Entra identity with an access policy assignment on the instance: look the assignment up by name."
}
