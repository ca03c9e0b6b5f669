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
