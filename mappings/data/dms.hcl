# AWS Database Migration Service → Azure Database Migration Service. Azure DMS moves
# databases into Azure (offline, or online until cutover); it is not a permanent
# replication or change-data-capture pipeline, and its targets are Azure databases only.

mapping "aws_dms_replication_instance" {
  cloudformation = ["AWS::DMS::ReplicationInstance"]
  service        = "Azure Database Migration Service"
  status         = "partial"
  azurerm        = ["azurerm_database_migration_service"]
  arm            = ["Microsoft.DataMigration/services"]
  link           = "https://learn.microsoft.com/azure/dms/dms-overview"
  note           = "The replication instance becomes a Database Migration Service instance in a subnet that can reach the source and the target. Online (minimal-downtime) migrations need the Premium tier. Some targets have their own migration tooling instead, such as the migration service of Azure Database for PostgreSQL flexible server."

  caveat "classic-service" {
    severity = "warning"
    message  = "azurerm_database_migration_service creates the classic service (Microsoft.DataMigration/services). SQL Server migrations now run on the newer Database Migration Service (Microsoft.DataMigration/sqlMigrationServices, driven from the portal, the Azure SQL migration extension, CLI or PowerShell), which azurerm does not manage: check which service supports your source and target before provisioning."
    link     = "https://learn.microsoft.com/azure/dms/dms-overview"
  }
}

mapping "aws_dms_replication_subnet_group" {
  cloudformation = ["AWS::DMS::ReplicationSubnetGroup"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_subnet"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/dms/dms-overview"
  note           = "The service is placed in one subnet (subnet_id on azurerm_database_migration_service); Azure subnets span availability zones, so a single subnet replaces the group. It needs network paths (VPN, ExpressRoute or peering) to the source."
}

mapping "aws_dms_endpoint" {
  cloudformation = ["AWS::DMS::Endpoint"]
  service        = "Azure Database Migration Service"
  status         = "partial"
  azurerm        = ["azurerm_database_migration_project"]
  arm            = ["Microsoft.DataMigration/services/projects"]
  link           = "https://learn.microsoft.com/azure/dms/resource-scenario-status"
  note           = "Endpoints are not standalone resources: the source and target platforms are set on the migration project (source_platform, target_platform) and the connection details are supplied to each migration task. Check that the source-target pair is supported; credentials belong in Key Vault."

  target "non-database-target" {
    when    = try(lower(self.endpoint_type), lower(self.EndpointType), "") == "target" && contains(["s3", "kinesis", "kafka", "dynamodb", "opensearch", "elasticsearch", "redshift", "neptune", "redis"], try(lower(self.engine_name), lower(self.EngineName), ""))
    service = "Azure Data Factory"
    status  = "partial"
    azurerm = ["azurerm_data_factory"]
    arm     = ["Microsoft.DataFactory/factories"]
    link    = "https://learn.microsoft.com/azure/data-factory/introduction"
    note    = "Azure DMS only writes to Azure databases. Landing data or changes in storage, streams, warehouses or search indexes becomes a Data Factory (or Fabric Data Factory) pipeline, or a Debezium/Kafka Connect change stream into Event Hubs."
  }

  caveat "heterogeneous-source" {
    when     = try(lower(self.endpoint_type), lower(self.EndpointType), "") == "source" && contains(["oracle", "db2", "db2-zos", "sybase"], try(lower(self.engine_name), lower(self.EngineName), ""))
    severity = "warning"
    message  = "This source engine has no generally available Azure DMS scenario (Oracle to Azure SQL is in preview, offline only, driven through SSMA): convert the schema first with SQL Server Migration Assistant (for Oracle, Db2 or SAP ASE to Azure SQL) and move the data with SSMA or Data Factory, or choose Oracle Database@Azure for Oracle."
    link     = "https://learn.microsoft.com/azure/dms/resource-scenario-status"
  }

  caveat "postgresql" {
    when     = contains(["postgres", "aurora-postgresql"], try(lower(self.engine_name), lower(self.EngineName), ""))
    severity = "info"
    message  = "Moves into Azure Database for PostgreSQL flexible server are best run with the server's built-in migration service (offline or online); Azure DMS itself offers PostgreSQL only as an online migration."
    link     = "https://learn.microsoft.com/azure/postgresql/migrate/migration-service/overview-migration-service-postgresql"
  }
}

mapping "aws_dms_replication_task" {
  cloudformation = ["AWS::DMS::ReplicationTask"]
  service        = "Azure Database Migration Service"
  status         = "partial"
  arm            = ["Microsoft.DataMigration/services/projects/tasks"]
  link           = "https://learn.microsoft.com/azure/dms/dms-overview"
  note           = "A replication task becomes a migration (a task in a project, or a database migration on the newer service) that is started and cut over from the portal, CLI or PowerShell rather than declared in azurerm. Full-load tasks map to offline migrations, CDC tasks to online migrations."

  caveat "ongoing-replication" {
    when     = contains(["cdc", "full-load-and-cdc"], try(lower(self.migration_type), lower(self.MigrationType), ""))
    severity = "warning"
    message  = "Online migrations replicate changes only until you cut over; Azure DMS is not meant to keep two databases in sync indefinitely. For a permanent change feed, use the engine's native replication (logical replication, transactional replication) or a CDC pipeline (Data Factory, Debezium)."
    link     = "https://learn.microsoft.com/azure/dms/faq"
  }

  caveat "transformations" {
    when     = can(regex("transformation", try(self.table_mappings, self.TableMappings, "")))
    severity = "warning"
    message  = "Table-mapping transformation rules (renames, added or dropped columns, filters) have no counterpart in Azure DMS, which copies schemas and data as they are: apply the changes in schema scripts before or after the migration."
    link     = "https://learn.microsoft.com/azure/dms/dms-overview"
  }
}

mapping "aws_dms_certificate" {
  cloudformation = ["AWS::DMS::Certificate"]
  service        = "Azure Database Migration Service"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/dms/dms-overview"
  note           = "Azure DMS has no certificate store: TLS options (encrypt the connection, trust the server certificate) are part of the connection details given to each migration, and a private CA must be trusted by the source and target themselves."
}

mapping "aws_dms_event_subscription" {
  cloudformation = ["AWS::DMS::EventSubscription"]
  service        = "Azure Monitor"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert"]
  arm            = ["Microsoft.Insights/activityLogAlerts"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts"
  note           = "Azure DMS publishes no event categories to subscribe to: alert on its control-plane operations with an activity log alert (action group for email, webhook or functions) and watch migration progress in the portal, CLI or PowerShell."
}

mapping "aws_dms_replication_config" {
  cloudformation = ["AWS::DMS::ReplicationConfig"]
  service        = "Azure Database Migration Service"
  status         = "partial"
  arm            = ["Microsoft.DataMigration/services/projects/tasks"]
  link           = "https://learn.microsoft.com/azure/dms/dms-overview"
  note           = "A serverless replication becomes a migration run on a Database Migration Service instance, started and cut over from the portal, CLI or PowerShell rather than declared in azurerm. Azure DMS does not scale capacity automatically; table-mapping transformations and permanent change replication have no counterpart (see aws_dms_replication_task)."
}

mapping "aws_dms_s3_endpoint" {
  service = "Azure Data Factory"
  status  = "partial"
  azurerm = ["azurerm_data_factory"]
  arm     = ["Microsoft.DataFactory/factories"]
  link    = "https://learn.microsoft.com/azure/data-factory/introduction"
  note    = "Azure DMS neither reads from nor writes to object storage: copying files between a database and Blob Storage or Data Lake Storage becomes a Data Factory (or Fabric Data Factory) pipeline with a copy activity."
}

mapping "AWS::DMS::MigrationProject" {
  service = "Azure Database Migration Service"
  status  = "partial"
  azurerm = ["azurerm_database_migration_project"]
  arm     = ["Microsoft.DataMigration/services/projects"]
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "A migration project becomes a project on a Database Migration Service instance with its source and target platforms. Schema conversion is not part of Azure DMS: convert heterogeneous schemas with SQL Server Migration Assistant (SSMA) first."
}

mapping "AWS::DMS::DataProvider" {
  service = "Azure Database Migration Service"
  status  = "implicit"
  azurerm = ["azurerm_database_migration_project"]
  arm     = ["Microsoft.DataMigration/services/projects"]
  link    = "https://learn.microsoft.com/azure/dms/resource-scenario-status"
  note    = "Data providers are not resources: the engine types are the project's source_platform and target_platform, and connection details are given to each migration (credentials in Key Vault)."
}

mapping "AWS::DMS::InstanceProfile" {
  service = "Azure Database Migration Service"
  status  = "implicit"
  azurerm = ["azurerm_database_migration_service"]
  arm     = ["Microsoft.DataMigration/services"]
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "Network placement and sizing are set on the Database Migration Service instance itself (subnet_id and sku_name)."
}

mapping "AWS::DMS::DataMigration" {
  service = "Azure Database Migration Service"
  status  = "partial"
  arm     = ["Microsoft.DataMigration/services/projects/tasks"]
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "A homogeneous data migration becomes a migration (full load, or online until cutover) started from the portal, CLI or PowerShell rather than declared in azurerm; some targets have their own native tools, such as the migration service of Azure Database for PostgreSQL flexible server."
}

data "aws_dms_certificate" {
  service = "Azure Database Migration Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "Azure DMS stores no certificates; keep CA certificates in Key Vault and read them from there."
}

data "aws_dms_endpoint" {
  service = "Azure Database Migration Service"
  status  = "partial"
  azurerm = ["azurerm_database_migration_project"]
  link    = "https://learn.microsoft.com/azure/dms/resource-scenario-status"
  note    = "Endpoints are not objects: the project gives the source and target platforms; connection details live in your own configuration or Key Vault."
}

data "aws_dms_replication_instance" {
  service = "Azure Database Migration Service"
  status  = "direct"
  azurerm = ["azurerm_database_migration_service"]
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "Looks up a Database Migration Service instance (subnet, SKU) by name and resource group."
}

data "aws_dms_replication_subnet_group" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_subnet"]
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "The service sits in one subnet: look up that subnet."
}

data "aws_dms_replication_task" {
  service = "Azure Database Migration Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dms/dms-overview"
  note    = "Migrations are not exposed as azurerm data sources: check their state with the Azure CLI, PowerShell or the REST API."
}
