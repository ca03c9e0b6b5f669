# Amazon DynamoDB → Azure Cosmos DB for NoSQL.

mapping "aws_dynamodb_table" {
  cloudformation = ["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable", "AWS::Serverless::SimpleTable"]
  service        = "Azure Cosmos DB for NoSQL"
  status         = "partial"
  azurerm        = ["azurerm_cosmosdb_sql_container"]
  arm            = ["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"]
  requires       = ["azurerm_cosmosdb_account", "azurerm_cosmosdb_sql_database"]
  link           = "https://learn.microsoft.com/azure/cosmos-db/nosql/dynamo-to-cosmos"
  note           = "A table becomes a container in a Cosmos DB database; the hash key becomes the partition key path and the hash + range key pair becomes the partition key plus the item id (or a hierarchical partition key). Consistency, indexing, transactions and pricing (request units) differ, so plan the data model rather than copying it."

  caveat "data-model" {
    severity = "info"
    message  = "Review the data model: items can be up to 2 MB (DynamoDB: 400 KB), a logical partition holds at most 20 GB (hierarchical partition keys lift this), every property is indexed by default, and transactional batches stay within one logical partition."
    link     = "https://learn.microsoft.com/azure/cosmos-db/concepts-limits"
  }

  caveat "streams" {
    when     = try(tostring(self.stream_enabled) == "true", false) || can(self.StreamSpecification.StreamViewType)
    severity = "warning"
    message  = "DynamoDB Streams become the change feed. Its default mode carries only the latest version of created or updated items, not deletes or old images; deletes and intermediate versions need the all-versions-and-deletes mode, which requires continuous backup. Stream-triggered Lambdas become Cosmos DB-triggered functions."
    link     = "https://learn.microsoft.com/azure/cosmos-db/nosql/change-feed-modes"
  }

  caveat "on-demand-capacity" {
    when     = try(upper(self.billing_mode), upper(self.BillingMode), source == "cloudformation" && !can(self.KeySchema) && !can(self.ProvisionedThroughput) ? "PAY_PER_REQUEST" : "PROVISIONED") == "PAY_PER_REQUEST"
    severity = "info"
    message  = "On-demand capacity becomes a serverless account (the EnableServerless capability, single region, per-container storage and throughput caps) or autoscale throughput, which scales between 10% and 100% of a maximum RU/s you choose."
    link     = "https://learn.microsoft.com/azure/cosmos-db/serverless"
  }

  caveat "ttl" {
    when     = try(tostring(try(self.ttl[0].enabled, self.TimeToLiveSpecification.Enabled)) == "true", false)
    severity = "warning"
    message  = "DynamoDB expires items by an epoch timestamp in an attribute you name; Cosmos DB reads a per-item ttl property in seconds since the last write, once default_ttl is set on the container (-1 = on, no default). Rewrite the expiry attribute as ttl."
    link     = "https://learn.microsoft.com/azure/cosmos-db/nosql/time-to-live"
  }

  caveat "secondary-indexes" {
    when     = try(length(self.global_secondary_index), length(self.GlobalSecondaryIndexes), 0) + try(length(self.local_secondary_index), length(self.LocalSecondaryIndexes), 0) > 0
    severity = "info"
    message  = "Secondary indexes have no direct match: Cosmos DB indexes every property, so queries on other attributes work as (cross-partition) queries; when a different partition key is needed for scale, maintain a second container from the change feed."
    link     = "https://learn.microsoft.com/azure/cosmos-db/index-overview"
  }

  caveat "global-table" {
    when     = try(length(self.replica), length(self.Replicas), 0) > 0
    severity = "info"
    message  = "Global table replicas become regions of the Cosmos DB account (geo_location blocks) with multiple write regions enabled; conflicts resolve last-writer-wins by default, as in DynamoDB."
    link     = "https://learn.microsoft.com/azure/cosmos-db/how-to-multi-master"
  }

  caveat "point-in-time-recovery" {
    when     = try(tostring(try(self.point_in_time_recovery[0].enabled, self.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled)) == "true", false)
    severity = "info"
    message  = "Point-in-time recovery becomes continuous backup on the account (backup { type = \"Continuous\" }, 7 or 30 days); restores create a new account."
    link     = "https://learn.microsoft.com/azure/cosmos-db/continuous-backup-restore-introduction"
  }

  caveat "provisioned-capacity" {
    when     = try(upper(self.billing_mode), upper(self.BillingMode), source == "cloudformation" && !can(self.KeySchema) && !can(self.ProvisionedThroughput) ? "PAY_PER_REQUEST" : "PROVISIONED") == "PROVISIONED"
    severity = "info"
    message  = "Provisioned capacity (also the default when billing mode is not set, except for SAM simple tables without provisioned throughput) becomes provisioned RU/s on the container or database, manual or autoscale (scaling between 10% and 100% of a maximum you set); read and write capacity units don't convert one-to-one, so size RU/s from measured request charges, and replace Application Auto Scaling policies with autoscale."
    link     = "https://learn.microsoft.com/azure/cosmos-db/provision-throughput-autoscale"
  }

  caveat "customer-managed-key" {
    when     = can(self.server_side_encryption[0].kms_key_arn) || can(self.SSESpecification.KMSMasterKeyId)
    severity = "info"
    message  = "A customer-managed KMS key becomes a Key Vault key on the whole Cosmos DB account (key_vault_key_id plus an identity with access to the vault), not on one container; every container in the account shares it."
    link     = "https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys"
  }

  caveat "deletion-protection" {
    when     = try(tostring(try(self.deletion_protection_enabled, self.DeletionProtectionEnabled)) == "true", false)
    severity = "info"
    message  = "Deletion protection has no container setting: put a CanNotDelete management lock (azurerm_management_lock) on the Cosmos DB account, which also blocks deleting its containers through the control plane."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources"
  }

  caveat "infrequent-access-class" {
    when     = try(upper(self.table_class), upper(self.TableClass), "STANDARD") == "STANDARD_INFREQUENT_ACCESS"
    severity = "info"
    message  = "The Standard-IA table class (cheaper storage, dearer requests) has no Cosmos DB counterpart: storage is billed at one rate, so move cold items to Blob Storage if storage cost drove this choice."
    link     = "https://learn.microsoft.com/azure/cosmos-db/plan-manage-costs"
  }
}

mapping "aws_dynamodb_global_table" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_account"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/how-to-multi-master"
  note    = "Global distribution is a property of the Cosmos DB account: list the regions as geo_location blocks and enable multiple write locations."

  caveat "multi-region-writes" {
    severity = "info"
    message  = "Writing in several regions needs multiple write locations on the account (multiple_write_locations_enabled), which rules out the strong consistency level; conflicting writes resolve last-writer-wins on _ts unless you set a custom conflict resolution policy on the container."
    link     = "https://learn.microsoft.com/azure/cosmos-db/conflict-resolution-policies"
  }
}

mapping "aws_dynamodb_table_item" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cosmos-db/nosql/"
  note    = "azurerm can't manage individual items: seed data with a script or a deployment job using the Cosmos DB SDK or data migration tool."
}

mapping "aws_dynamodb_kinesis_streaming_destination" {
  service = "Azure Cosmos DB change feed"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/cosmos-db/change-feed"
  note    = "Streaming changes to a data stream becomes a change-feed processor (for example a Cosmos DB-triggered function) that forwards changes to Event Hubs."
}

mapping "aws_dynamodb_contributor_insights" {
  service = "Azure Monitor"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/monitor"
  note    = "Hot partition and key analysis comes from Cosmos DB diagnostic logs (PartitionKeyStatistics, PartitionKeyRUConsumption) sent to Log Analytics."
}

mapping "aws_dynamodb_resource_policy" {
  service = "Azure Cosmos DB data plane role-based access control"
  status  = "partial"
  azurerm = ["azurerm_cosmosdb_sql_role_assignment"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/nosql/security/how-to-grant-data-plane-role-based-access"
  note    = "Cosmos DB has no resource policy document: each allowed principal becomes a data plane role assignment (built-in Data Reader or Data Contributor, or a custom role from azurerm_cosmosdb_sql_role_definition) scoped to the account, a database or a container. Deny statements and condition keys have no counterpart, and cross-account principals must be Microsoft Entra identities in the account's tenant."
}

data "aws_dynamodb_table" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "partial"
  azurerm = ["azurerm_cosmosdb_account", "azurerm_cosmosdb_sql_database"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/nosql/overview"
  note    = "There is no container data source: look up the account (endpoint, keys) and the database; the container's partition key and throughput come from the configuration that created it."
}

data "aws_dynamodb_tables" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "partial"
  azurerm = ["azurerm_cosmosdb_account"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/nosql/overview"
  note    = "azurerm cannot list the containers of a database: look up the account and keep container names in configuration."
}

data "aws_dynamodb_table_item" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cosmos-db/nosql/overview"
  note    = "azurerm cannot read Cosmos DB items: keep lookup values in configuration or App Configuration, or read them in the application."
}

data "aws_dynamodb_backups" {
  service = "Azure Cosmos DB backups"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cosmos-db/online-backup-and-restore"
  note    = "Backups are taken automatically (periodic or continuous) and cannot be listed as data; self-service restore (a new account with create_mode = Restore) needs continuous backup, periodic backups are restored through a support request."
}

mapping "aws_dynamodb_global_secondary_index" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_sql_container"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/index-policy"
  note    = "Every property is indexed by default, so queries on other attributes need no separate index: tune the container's indexing_policy (included paths, composite indexes). Queries that need another partition key for efficient cross-partition access call for a second container fed from the change feed, or Cosmos DB global secondary indexes where available."
}

mapping "aws_dynamodb_table_export" {
  service = "Azure Data Factory or Microsoft Fabric mirroring"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-factory/connector-azure-cosmos-db"
  note    = "There is no one-shot export resource: copy a container to Blob Storage or Data Lake Storage with a Data Factory copy activity (JSON or Parquet), or keep an analytical copy continuously with Cosmos DB mirroring in Microsoft Fabric. Point-in-time exports come from a continuous-backup restore into a new account first."
}

mapping "aws_dynamodb_table_replica" {
  service = "Azure Cosmos DB for NoSQL"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_account"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts"]
  link    = "https://learn.microsoft.com/azure/cosmos-db/distribute-data-globally"
  note    = "Replicas are regions of the whole Cosmos DB account (geo_location blocks), not of one table: every container is replicated to every account region. Enable multiple write locations for multi-region writes."
}

mapping "aws_dynamodb_tag" {
  service = "Azure Resource Manager tags"
  status  = "implicit"
  azurerm = ["azurerm_cosmosdb_account"]
  arm     = ["Microsoft.DocumentDB/databaseAccounts"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "Tags are set on the Cosmos DB account (tags argument); azurerm manages no tags on individual containers, so per-table cost tags become per-account tags or separate accounts."
}
