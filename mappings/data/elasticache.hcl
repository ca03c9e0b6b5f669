# Amazon ElastiCache and MemoryDB → Azure Managed Redis.

mapping "aws_elasticache_replication_group" {
  cloudformation = ["AWS::ElastiCache::ReplicationGroup"]
  service        = "Azure Managed Redis"
  status         = "direct"
  azurerm        = ["azurerm_managed_redis"]
  arm            = ["Microsoft.Cache/redisEnterprise", "Microsoft.Cache/redisEnterprise/databases"]
  link           = "https://learn.microsoft.com/azure/redis/overview"
  note           = "Azure Managed Redis is the current Redis service (Azure Cache for Redis retires: Enterprise tiers on 31 March 2027, Basic, Standard and Premium on 30 September 2028). Node types map to a SKU (Balanced, Memory Optimized, Compute Optimized, Flash Optimized); replicas and zone placement come with high availability, and shards with the clustering policy."

  translate "sku" {
    value = try(self.node_type, self.CacheNodeType, null)
    table = "elasticache-node-type"
  }

  caveat "valkey" {
    when     = try(lower(self.engine), lower(self.Engine), "redis") == "valkey"
    severity = "info"
    message  = "Azure Managed Redis runs Redis, not Valkey: Valkey clients and commands work for the Redis-compatible API, but test engine-specific behaviour."
    link     = "https://learn.microsoft.com/azure/redis/overview"
  }

  caveat "auth" {
    when     = can(self.auth_token) || can(self.AuthToken) || can(self.user_group_ids)
    severity = "info"
    message  = "AUTH tokens and RBAC user groups become access keys or Microsoft Entra authentication with access policy assignments."
    link     = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  }

  caveat "global-datastore" {
    when     = can(self.global_replication_group_id) || can(self.GlobalReplicationGroupId)
    severity = "info"
    message  = "Global datastores become active geo-replication between Azure Managed Redis instances (linked databases, active-active)."
    link     = "https://learn.microsoft.com/azure/redis/how-to-active-geo-replication"
  }

  caveat "tls-default" {
    when     = try(tostring(try(self.transit_encryption_enabled, self.TransitEncryptionEnabled)) != "true", true)
    severity = "warning"
    message  = "Clients connect without TLS today (in-transit encryption is off, ElastiCache's default when it isn't set); Azure Managed Redis accepts only TLS by default (client_protocol = \"Encrypted\") on port 10000: enable TLS in the clients, or set Plaintext deliberately."
    link     = "https://learn.microsoft.com/azure/redis/tls-configuration"
  }

  caveat "cluster-policy" {
    when     = try(tonumber(try(self.num_node_groups, self.NumNodeGroups)) <= 1, true) && try(lower(self.cluster_mode), lower(self.ClusterMode), "disabled") != "enabled"
    severity = "warning"
    message  = "Cluster mode is off, so clients expect one endpoint; azurerm's default clustering_policy (OSSCluster) needs cluster-aware clients: set clustering_policy = \"EnterpriseCluster\" for a single endpoint, or check that every client supports the Redis cluster protocol."
    link     = "https://learn.microsoft.com/azure/redis/architecture"
  }

  caveat "snapshots" {
    when     = try(tonumber(try(self.snapshot_retention_limit, self.SnapshotRetentionLimit)) > 0, false)
    severity = "info"
    message  = "Automatic snapshots become data persistence (RDB snapshots every 1, 6 or 12 hours, or AOF) on the database, plus exports to a storage account when you need backup copies to keep."
    link     = "https://learn.microsoft.com/azure/redis/how-to-persistence"
  }

  caveat "data-tiering" {
    when     = try(tostring(try(self.data_tiering_enabled, self.DataTieringEnabled)) == "true", false)
    severity = "info"
    message  = "Data tiering (memory plus SSD) becomes the Flash Optimized tier (FlashOptimized_A… SKUs), which keeps less-used values on NVMe storage."
    link     = "https://learn.microsoft.com/azure/redis/flash-optimized-overview"
  }
}

mapping "aws_elasticache_cluster" {
  cloudformation = ["AWS::ElastiCache::CacheCluster"]
  service        = "Azure Managed Redis"
  status         = "direct"
  azurerm        = ["azurerm_managed_redis"]
  arm            = ["Microsoft.Cache/redisEnterprise", "Microsoft.Cache/redisEnterprise/databases"]
  link           = "https://learn.microsoft.com/azure/redis/overview"
  note           = "A single-node Redis cluster becomes an Azure Managed Redis instance (high availability can be turned off for dev/test)."

  translate "sku" {
    value = try(self.node_type, self.CacheNodeType, null)
    table = "elasticache-node-type"
  }

  target "memcached" {
    when    = try(lower(self.engine), lower(self.Engine), "") == "memcached"
    service = "Azure Managed Redis"
    status  = "partial"
    azurerm = ["azurerm_managed_redis"]
    arm     = ["Microsoft.Cache/redisEnterprise"]
    link    = "https://learn.microsoft.com/azure/redis/overview"
    note    = "Azure has no managed Memcached: move the cache to Azure Managed Redis (client library change), or run Memcached yourself on AKS or VMs."
  }

  caveat "tls-default" {
    when     = !can(self.replication_group_id) && try(tostring(try(self.transit_encryption_enabled, self.TransitEncryptionEnabled)) != "true", true)
    severity = "warning"
    message  = "Clients connect without TLS today (in-transit encryption is off, ElastiCache's default when it isn't set); Azure Managed Redis accepts only TLS by default (client_protocol = \"Encrypted\") on port 10000: enable TLS in the clients, or set Plaintext deliberately."
    link     = "https://learn.microsoft.com/azure/redis/tls-configuration"
  }

  caveat "cluster-policy" {
    when     = !can(self.replication_group_id) && try(lower(self.engine), lower(self.Engine), "redis") != "memcached"
    severity = "warning"
    message  = "A single-node cache has one endpoint; azurerm's default clustering_policy (OSSCluster) needs cluster-aware clients: set clustering_policy = \"EnterpriseCluster\" for a single endpoint, or check that every client supports the Redis cluster protocol."
    link     = "https://learn.microsoft.com/azure/redis/architecture"
  }
}

mapping "aws_elasticache_serverless_cache" {
  cloudformation = ["AWS::ElastiCache::ServerlessCache"]
  service        = "Azure Managed Redis"
  status         = "partial"
  azurerm        = ["azurerm_managed_redis"]
  arm            = ["Microsoft.Cache/redisEnterprise"]
  link           = "https://learn.microsoft.com/azure/redis/overview"
  note           = "There is no serverless Redis tier: size an Azure Managed Redis SKU for the peak (scaling up is online), and watch memory and CPU metrics."
}

mapping "aws_elasticache_subnet_group" {
  cloudformation = ["AWS::ElastiCache::SubnetGroup"]
  service        = "Azure Private Link"
  status         = "implicit"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/redis/private-link"
  note           = "Azure Managed Redis joins a network through a private endpoint in one subnet, not a subnet group."
}

mapping "aws_elasticache_parameter_group" {
  cloudformation = ["AWS::ElastiCache::ParameterGroup"]
  service        = "Azure Managed Redis"
  status         = "implicit"
  azurerm        = ["azurerm_managed_redis"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases"]
  link           = "https://learn.microsoft.com/azure/redis/overview"
  note           = "Only a few settings are exposed (eviction policy, persistence, modules, clustering policy) on the database; other Redis parameters are fixed by the service."
}

mapping "aws_elasticache_user" {
  cloudformation = ["AWS::ElastiCache::User"]
  service        = "Azure Managed Redis"
  status         = "partial"
  azurerm        = ["azurerm_managed_redis"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases"]
  link           = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note           = "Redis users with passwords become Microsoft Entra identities with access policy assignments; access strings have no exact equivalent."

  caveat "passwords" {
    when     = can(self.passwords) || try(lower(self.authentication_mode[0].type), lower(self.AuthenticationMode.Type), "") == "password" || can(self.Passwords)
    severity = "warning"
    message  = "Per-user passwords have no counterpart: Azure Managed Redis has two shared access keys (access_keys_authentication_enabled, off by default) or Microsoft Entra tokens per identity; move each user to an Entra identity (managed identity or service principal) with an access policy assignment."
    link     = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  }

  caveat "access-string" {
    when     = can(self.access_string) || can(self.AccessString)
    severity = "info"
    message  = "Access strings (command and key patterns) don't carry over: an access policy assignment grants the identity the database's access policy, so review which commands and keys each user really needs."
    link     = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  }
}

mapping "aws_memorydb_cluster" {
  cloudformation = ["AWS::MemoryDB::Cluster"]
  service        = "Azure Managed Redis or Azure Cosmos DB"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note           = "MemoryDB's durable Redis has no Azure equivalent: Azure Managed Redis with persistence is still a cache, not a system of record. Keep the data in a database (Cosmos DB, PostgreSQL) and cache it in Azure Managed Redis."
}

mapping "aws_elasticache_global_replication_group" {
  cloudformation = ["AWS::ElastiCache::GlobalReplicationGroup"]
  service        = "Azure Managed Redis active geo-replication"
  status         = "partial"
  azurerm        = ["azurerm_managed_redis_geo_replication"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases"]
  link           = "https://learn.microsoft.com/azure/redis/how-to-active-geo-replication"
  note           = "A Global Datastore becomes active geo-replication: Azure Managed Redis instances in several regions linked into one replication group (azurerm_managed_redis_geo_replication lists the linked database IDs)."

  caveat "active-active" {
    severity = "info"
    message  = "Active geo-replication is active-active: every linked instance accepts writes and conflicts are resolved automatically, whereas a Global Datastore has one writable primary and read-only secondaries promoted on failover. Review commands and data types your application relies on against the geo-replication limitations."
    link     = "https://learn.microsoft.com/azure/redis/how-to-active-geo-replication"
  }
}

mapping "aws_elasticache_user_group" {
  cloudformation = ["AWS::ElastiCache::UserGroup"]
  service        = "Azure Managed Redis"
  status         = "partial"
  azurerm        = ["azurerm_managed_redis_access_policy_assignment"]
  arm            = ["Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments"]
  link           = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note           = "A user group has no separate resource: with Microsoft Entra authentication each identity (or Entra group membership managed in Entra ID) gets an access policy assignment on the database."
}

mapping "aws_elasticache_user_group_association" {
  service = "Azure Managed Redis"
  status  = "implicit"
  azurerm = ["azurerm_managed_redis_access_policy_assignment"]
  arm     = ["Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments"]
  link    = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note    = "Adding a user to a user group becomes one access policy assignment for that identity on the Redis database."
}

data "aws_elasticache_cluster" {
  service = "Azure Managed Redis"
  status  = "direct"
  azurerm = ["azurerm_managed_redis"]
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "Looks up the Azure Managed Redis instance by name and resource group (host name, port, SKU)."
}

data "aws_elasticache_replication_group" {
  service = "Azure Managed Redis"
  status  = "direct"
  azurerm = ["azurerm_managed_redis"]
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "Looks up the Azure Managed Redis instance by name and resource group; replicas and high availability are part of the instance, not separate endpoints."
}

data "aws_elasticache_serverless_cache" {
  service = "Azure Managed Redis"
  status  = "partial"
  azurerm = ["azurerm_managed_redis"]
  link    = "https://learn.microsoft.com/azure/redis/overview"
  note    = "Looks up the Azure Managed Redis instance that replaces the serverless cache (capacity is a fixed SKU, not usage-based)."
}

data "aws_elasticache_subnet_group" {
  service = "Azure Private Link"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/redis/private-link"
  note    = "Azure Managed Redis reaches a network through a private endpoint in one subnet, not a subnet group; look that subnet up with azurerm_subnet."
}

mapping "aws_elasticache_reserved_cache_node" {
  service = "Azure Reservations"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/reservations/save-compute-costs-reservations"
  note    = "Reserved cache nodes become an Azure reservation bought for the Redis SKU and region for one or three years in the portal or through the billing API; reservations are billing objects that azurerm doesn't manage, and they apply automatically to matching instances."
}

mapping "AWS::ElastiCache::SecurityGroup" {
  service = "Azure Private Link"
  status  = "implicit"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/redis/private-link"
  note    = "EC2-Classic cache security groups have no counterpart: the cache is reached through a private endpoint in a virtual network subnet, and network security group rules on that subnet decide which clients may connect."
}

mapping "AWS::ElastiCache::SecurityGroupIngress" {
  service = "Azure network security groups"
  status  = "partial"
  azurerm = ["azurerm_network_security_rule"]
  arm     = ["Microsoft.Network/networkSecurityGroups/securityRules"]
  link    = "https://learn.microsoft.com/azure/private-link/disable-private-endpoint-network-policy"
  note    = "An ingress authorization for an EC2 security group becomes an inbound network security group rule on the private endpoint's subnet, with the clients' subnet or application security group as source; the subnet must have private endpoint network policies enabled."
}

data "aws_elasticache_reserved_cache_node_offering" {
  service = "Azure Reservations"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/reservations/save-compute-costs-reservations"
  note    = "Reservation offers and prices aren't exposed to Terraform: compare them in the portal's reservation purchase page or the Azure Retail Prices API."
}

data "aws_elasticache_service_updates" {
  service = "Azure Service Health"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/service-health/overview"
  note    = "There is no list of service updates to apply: Microsoft patches Azure Managed Redis itself and announces planned maintenance in Azure Service Health."
}

data "aws_elasticache_service_update_actions" {
  service = "Azure Service Health"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/service-health/overview"
  note    = "There are no per-cache update actions to track: planned maintenance and its impact appear in Azure Service Health, where alerts can be configured."
}

data "aws_elasticache_user" {
  service = "Azure Managed Redis (Microsoft Entra authentication)"
  status  = "partial"
  azurerm = ["azurerm_managed_redis_access_policy_assignment"]
  link    = "https://learn.microsoft.com/azure/redis/entra-for-authentication"
  note    = "A user is an Entra identity with an access policy assignment on the Redis database: look the assignment up by name."
}
